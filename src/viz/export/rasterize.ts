/** An SVG text drawn onto a canvas at a scale (for PNG files and animation frames). */

/** Largest side of a picture made here, in pixels (browsers refuse far larger canvases). */
export const MAX_PICTURE_PX = 8192;

/** A canvas of `width × height` CSS pixels × `scale` showing `svg`; throws past MAX_PICTURE_PX or when the SVG does not draw. */
export async function rasterize(svg: string, width: number, height: number, scale: number, into?: HTMLCanvasElement): Promise<HTMLCanvasElement> {
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  if (!(w >= 1 && h >= 1 && w <= MAX_PICTURE_PX && h <= MAX_PICTURE_PX)) {
    throw new RangeError(`a picture of ${w} × ${h} pixels is past the limit of ${MAX_PICTURE_PX} pixels a side`);
  }
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = into ?? document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser gives no 2-D canvas');
  ctx.drawImage(img, 0, 0, w, h);
  return canvas;
}

/** The canvas as a PNG file. */
export function pngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))), 'image/png'));
}
