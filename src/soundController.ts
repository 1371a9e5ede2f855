/**
 * Sound, put together beside App (the composition root): the trace of the curve E(wᵢ) as it is
 * drawn — across the window the plot shows (its data-window), up to the top of its E axis
 * (data-e-top), with a buzz above it — and a tone for each step of a run. Off until asked for.
 */
import { ACTIVATIONS, errorAlongWeight } from './engine';
import type { AppStore } from './store';
import { soundAvailable, stepTone, stopSounds, traceCurve } from './viz/sound/soundPlayer';
import type { SoundController } from './ui/controls/SoundControls';

/** Points of the trace. */
const TRACE_POINTS = 120;
/** Most step tones a second (faster runs sound their steps in this rhythm). */
const MAX_TONES_PER_S = 12;

/** The window of the plot in `slot` across (w from, w to), and the top of its E axis when it says. */
function shownWindow(slot: HTMLElement | null, w: number): { x0: number; x1: number; top: number } {
  const plot = slot?.querySelector<HTMLElement>('[data-window]');
  const [x0, x1] = (plot?.dataset.window ?? '').split(',').map(Number);
  const top = Number(slot?.querySelector<HTMLElement>('[data-e-top]')?.dataset.eTop);
  const ok = Number.isFinite(x0) && Number.isFinite(x1) && x1 > x0;
  return { x0: ok ? x0 : w - 3, x1: ok ? x1 : w + 3, top: Number.isFinite(top) ? top : Infinity };
}

/** The sound controls' actions on `store`, for the plot in `slot()`. */
export function createSoundController(store: AppStore, slot: () => HTMLElement | null): SoundController {
  let unsubscribe: (() => void) | null = null;
  return {
    available: soundAvailable(),
    async traceCurve(seconds, volume) {
      const s = store.getState();
      const w = Array.from(s.frames.current.w);
      const { x0, x1, top } = shownWindow(slot(), w[s.axis]);
      const xs = new Float64Array(TRACE_POINTS).map((_, n) => x0 + ((x1 - x0) * n) / (TRACE_POINTS - 1));
      const es = new Float64Array(TRACE_POINTS);
      errorAlongWeight(s.problem, w, s.axis, ACTIVATIONS[s.activation], s.loss, xs, es, new Float64Array(s.problem.N));
      const finite = Array.from(es).filter(Number.isFinite);
      const lo = Math.min(...finite);
      const hi = Math.min(Math.max(...finite), top);
      await traceCurve(Array.from(xs, (x, n) => ({ w: x, E: es[n] })), { lo, hi, top, x0, x1 }, seconds, volume);
    },
    stop: stopSounds,
    stepTones(on, volume) {
      unsubscribe?.();
      unsubscribe = null;
      if (!on) return;
      let lastStep = store.getState().frames.current.step;
      let lastTone = -Infinity;
      let lo = Infinity;
      unsubscribe = store.getState().frames.subscribe((snap) => {
        if (snap.step === lastStep && snap.status !== 'diverged') return;
        lastStep = snap.step;
        const now = performance.now();
        if (now - lastTone < 1000 / MAX_TONES_PER_S && snap.status !== 'diverged') return;
        lastTone = now;
        lo = Math.min(lo, snap.E);
        // Pitch runs from the lowest E heard so far up to E at the run's start.
        stepTone(snap.E, lo, Math.max(store.getState().runner.startE, lo * 1.001), volume(), snap.status === 'diverged');
      });
    },
  };
}
