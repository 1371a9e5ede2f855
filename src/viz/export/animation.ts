/**
 * The next k steps as an animation: the figure captured before the first step and after
 * each, drawn at the chosen width, and encoded as an animated GIF (gifenc) or a WebM video
 * (mediabunny over the browser's WebCodecs) — each library loaded only when used. Frames are
 * made one at a time with the page drawn in between, so it never freezes; Cancel (the
 * signal) stops between two frames.
 */
import type { FigureSvg } from './figureSvg';
import { rasterize } from './rasterize';

/** What an animation is made of. */
export interface AnimationOptions {
  format: 'gif' | 'webm';
  /** Steps to take (frames: one more, the start). */
  steps: number;
  /** Width in pixels (the height follows the figure). */
  width: number;
  /** Frames per second. */
  fps: number;
}

/** The limits an animation is held to. */
export const ANIMATION_LIMITS = { minSteps: 1, maxSteps: 300, minWidth: 160, maxWidth: 1920, minFps: 1, maxFps: 30 } as const;

/** Why these options are refused, naming the limit (null when they are fine). */
export function animationProblem(o: AnimationOptions): string | null {
  const L = ANIMATION_LIMITS;
  const whole = (v: unknown, lo: number, hi: number) => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
  if (!whole(o.steps, L.minSteps, L.maxSteps)) return `the steps must be a whole number from ${L.minSteps} to ${L.maxSteps}`;
  if (!whole(o.width, L.minWidth, L.maxWidth)) return `the width must be a whole number of pixels from ${L.minWidth} to ${L.maxWidth}`;
  if (!whole(o.fps, L.minFps, L.maxFps)) return `the frame rate must be a whole number from ${L.minFps} to ${L.maxFps} frames a second`;
  return null;
}

/** What the recorder needs from the page. */
export interface AnimationPage {
  /** The figure as it is drawn now. */
  capture(): FigureSvg;
  /** Takes one step; false when the run cannot step (it diverged). */
  step(): boolean;
  /** Resolves once the page has drawn what the last step changed. */
  settle(): Promise<void>;
}

/** Whether this browser can make a WebM (WebCodecs' VideoEncoder is there). */
export function webmAvailable(): boolean {
  return typeof window !== 'undefined' && typeof (window as { VideoEncoder?: unknown }).VideoEncoder === 'function';
}

/** Records the animation; rejects (with an AbortError once cancelled) on failure. */
export async function recordAnimation(o: AnimationOptions, page: AnimationPage, progress: (done: number, total: number) => void, signal: AbortSignal): Promise<Blob> {
  const why = animationProblem(o);
  if (why) throw new RangeError(why);
  const total = o.steps + 1;
  const first = page.capture();
  const scale = o.width / first.width;
  // Video encoders want even sizes.
  const even = (v: number) => 2 * Math.round(v / 2);
  const w = o.format === 'webm' ? even(o.width) : o.width;
  const h = o.format === 'webm' ? even(first.height * scale) : Math.round(first.height * scale);
  const canvas = document.createElement('canvas');
  const frame = async (fig: FigureSvg) => {
    await rasterize(fig.svg, fig.width, fig.height, scale, canvas);
    if (canvas.width !== w || canvas.height !== h) {
      // A figure that changed size (a wrapped key) is drawn into the first frame's box.
      const c2 = document.createElement('canvas');
      c2.width = w;
      c2.height = h;
      c2.getContext('2d')?.drawImage(canvas, 0, 0, w, h);
      return c2;
    }
    return canvas;
  };
  const abort = () => {
    if (signal.aborted) throw new DOMException('the recording was cancelled', 'AbortError');
  };
  const frames = async (each: (c: HTMLCanvasElement, n: number) => Promise<void> | void) => {
    for (let n = 0; n < total; n++) {
      abort();
      if (n > 0) {
        if (!page.step()) break;
        await page.settle();
      }
      abort();
      await each(await frame(n === 0 ? first : page.capture()), n);
      progress(n + 1, total);
    }
  };
  if (o.format === 'gif') {
    const { GIFEncoder, quantize, applyPalette } = await import('gifenc');
    const gif = GIFEncoder();
    await frames((c) => {
      const rgba = c.getContext('2d')!.getImageData(0, 0, w, h).data;
      const palette = quantize(rgba, 256);
      gif.writeFrame(applyPalette(rgba, palette), w, h, { palette, delay: Math.round(1000 / o.fps) });
    });
    gif.finish();
    return new Blob([gif.bytes().slice()], { type: 'image/gif' });
  }
  if (!webmAvailable()) throw new Error('this browser cannot encode video (it has no WebCodecs); a GIF can be made instead');
  const mb = await import('mediabunny');
  const codec = await mb.getFirstEncodableVideoCodec(['vp9', 'vp8'], { width: w, height: h });
  if (!codec) throw new Error('this browser has no VP9 or VP8 encoder for WebM; a GIF can be made instead');
  const target = new mb.BufferTarget();
  const output = new mb.Output({ format: new mb.WebMOutputFormat(), target });
  const surface = document.createElement('canvas');
  surface.width = w;
  surface.height = h;
  const source = new mb.CanvasSource(surface, { codec, quality: mb.QUALITY_HIGH });
  output.addVideoTrack(source, { frameRate: o.fps });
  await output.start();
  try {
    await frames(async (c, n) => {
      surface.getContext('2d')!.drawImage(c, 0, 0, w, h);
      await source.add(n / o.fps, 1 / o.fps);
    });
    await output.finalize();
  } catch (e) {
    await output.cancel().catch(() => undefined);
    throw e;
  }
  if (!target.buffer) throw new Error('the video came out empty');
  return new Blob([target.buffer], { type: 'video/webm' });
}
