/**
 * A canvas's 2-D context, the canvas sized to `width` × `height` CSS pixels at
 * the device's pixel ratio and the context scaled to CSS pixels. Setting a
 * canvas's size reallocates it (even to the same size), so it is set only on a
 * change. Null where there is no canvas or no 2-D context (jsdom).
 */
export function sizedCanvas(canvas: HTMLCanvasElement | null, width: number, height: number): CanvasRenderingContext2D | null {
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx) return null;
  const ratio = window.devicePixelRatio || 1;
  const cw = Math.round(width * ratio);
  const ch = Math.round(height * ratio);
  if (canvas.width !== cw || canvas.height !== ch) {
    canvas.width = cw;
    canvas.height = ch;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  return ctx;
}
