/**
 * Steps a link or a host page asks for, taken so that the page never freezes:
 * first checked against a cost limit (records × weights × steps, since every
 * step is a forward pass over all records for E), then — unless they are cheap —
 * taken in slices of at most SLICE_MS milliseconds of stepping, the browser
 * getting the main thread back between slices to draw the plot and the progress.
 * The store's `loading` holds the progress; any change of the run not made here
 * (Step, Play, Reset, a new preset, η, the weights) or a cleared `loading` ends
 * the slicing where it is.
 */
import type { AppStore } from '../store';

/** Most work one link (or one command) may ask for: records × weights × steps. */
export const MAX_STEP_COST = 100_000_000;
/** Up to this cost (records × weights × steps) steps are taken at once, without slicing (a few milliseconds). */
export const SYNC_STEP_COST = 200_000;
/** Least milliseconds between two updates of the shown progress. */
export const PROGRESS_INTERVAL_MS = 250;
/** Milliseconds of stepping per slice; the rest of each frame is the browser's. */
export const SLICE_MS = 10;
/**
 * Most work (records × weights × steps) asked of one `step` call. The store checks its time budget every 8 steps,
 * so on a problem where 8 steps cost more than this, a slice asks for fewer at a time; otherwise one call (one
 * snapshot, one render) per slice.
 */
const CHUNK_COST = 2_000_000;

/** The work of `steps` steps on a problem of `records` records and `weights` weights. */
export function stepCost(records: number, weights: number, steps: number): number {
  return records * weights * steps;
}

/** Why `steps` steps are refused on `store`'s problem (null when they are within the limit). */
export function stepCostProblem(store: AppStore, steps: number): string | null {
  const { problem, runner, racers } = store.getState();
  // A race steps every run: its weights count once per run.
  const runs = 1 + racers.length;
  const weights = runner.w.length * runs;
  const cost = stepCost(problem.N, weights, steps);
  if (cost <= MAX_STEP_COST) return null;
  const n = (v: number) => v.toLocaleString('en');
  return (
    `${n(problem.N)} records × ${n(weights)} weight${weights === 1 ? '' : 's'}${runs > 1 ? ` (${runs} runs)` : ''} × ${n(steps)} steps is ` +
    `${n(cost)}, past the limit of ${n(MAX_STEP_COST)} (records × weights × steps) that a link or command may ask for; ` +
    `no steps were taken`
  );
}

/** Runs `fn` in a later task (not a microtask), so the browser may draw in between. */
export type Schedule = (fn: () => void) => void;

/** The next macrotask: a MessageChannel message (no 4 ms clamp), else setTimeout. */
export const nextTask: Schedule = (() => {
  if (typeof MessageChannel !== 'function') return (fn: () => void) => void setTimeout(fn, 0);
  const queue: (() => void)[] = [];
  let channel: MessageChannel | null = null;
  return (fn: () => void) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => queue.shift()?.();
      // Node keeps a process alive for an open port; a browser page does not care.
      (channel.port1 as unknown as { unref?: () => void }).unref?.();
    }
    queue.push(fn);
    channel.port2.postMessage(null);
  };
})();

export interface SliceOptions {
  /** Milliseconds of stepping per slice (SLICE_MS by default). */
  sliceMs?: number;
  /** How the next slice is scheduled (the next task by default). */
  schedule?: Schedule;
  /** Called once when the slicing ends: all steps taken, the run stopped, or cancelled. */
  onEnd?: (end: { done: number; total: number; cancelled: boolean }) => void;
}

/**
 * Takes `total` steps on `store` in slices, the first one scheduled (not run now),
 * with progress in `loading`. Stops early where the run converges (when it was
 * running) or diverges, as one `step(total)` would. Returns a function that cancels.
 */
export function takeStepsInSlices(store: AppStore, total: number, options: SliceOptions = {}): () => void {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const schedule = options.schedule ?? nextTask;
  let done = 0;
  let ended = false;
  let own = false;
  let progress = { done: 0, total };
  let shownAt = -Infinity;
  const stopAtConvergence = store.getState().runner.status === 'running';

  const end = (cancelled: boolean) => {
    if (ended) return;
    ended = true;
    unsubscribe();
    unsubscribeFrames();
    own = true;
    if (store.getState().loading === progress) store.getState().setLoading(null);
    own = false;
    options.onEnd?.({ done, total, cancelled });
  };

  const slice = () => {
    if (ended) return;
    const t0 = performance.now();
    const s = store.getState();
    const perStep = Math.max(1, s.problem.N * s.runner.w.length * (1 + s.racers.length));
    const chunk = 8 * perStep <= CHUNK_COST ? total : Math.max(1, Math.floor(CHUNK_COST / perStep));
    own = true;
    try {
      while (done < total) {
        const left = sliceMs - (performance.now() - t0);
        if (left <= 0) break;
        const want = Math.min(total - done, chunk);
        const taken = store.getState().step(want, left);
        done += taken;
        const status = store.getState().runner.status;
        // A race goes on while any of its runs moves (step() then takes none once all have stopped).
        const race = store.getState().racers.length > 0;
        if (taken === 0 || (!race && (status === 'diverged' || (stopAtConvergence && status !== 'running')))) {
          done = Math.min(done, total);
          own = false;
          end(false);
          return;
        }
      }
      if (done >= total) {
        own = false;
        end(false);
        return;
      }
      // The progress bar is a React panel: a few updates a second, not one per slice.
      const now = performance.now();
      if (now - shownAt >= PROGRESS_INTERVAL_MS) {
        shownAt = now;
        progress = { done, total };
        store.getState().setLoading(progress);
      }
    } finally {
      own = false;
    }
    schedule(slice);
  };

  // Anything else that changes the run, or clears the progress, takes over from the link.
  const unsubscribe = store.subscribe((state, prev) => {
    if (own || ended) return;
    if (state.snapshot !== prev.snapshot || (state.playing && !prev.playing) || state.loading !== progress) end(true);
  });
  // While slicing, React's snapshot changes only a few times a second (as while playing), so a
  // step of the user's own shows first on the per-frame channel.
  const unsubscribeFrames = store.getState().frames.subscribe(() => {
    if (!own && !ended) end(true);
  });
  own = true;
  store.getState().setLoading(progress);
  own = false;
  schedule(slice);
  return () => end(true);
}

/**
 * Takes `n` steps on `store`: refused with a notice past MAX_STEP_COST, at once
 * when cheap (SYNC_STEP_COST), else in slices. Returns a function that cancels
 * the slices (a no-op otherwise).
 */
export function takeSteps(store: AppStore, n: number, options: SliceOptions = {}): () => void {
  const s = store.getState();
  const refused = stepCostProblem(store, n);
  if (refused) {
    s.notify(`${n.toLocaleString('en')} steps were not taken: ${refused.replace(/; no steps were taken$/, '')}.`, 'warning');
    return () => {};
  }
  if (stepCost(s.problem.N, s.runner.w.length * (1 + s.racers.length), n) <= SYNC_STEP_COST) {
    s.step(n);
    return () => {};
  }
  return takeStepsInSlices(store, n, options);
}
