/**
 * What the Export menu does, put together where the store, the figure and the file formats
 * meet (beside App, the composition root): pictures of the figure (viz/export), the data
 * (share), and recordings of the next steps that put the run back where it was if they fail
 * or are cancelled.
 */
import { findPreset, type AppStore } from './store';
import { OPTIMIZER_TITLES, formatNumber } from './notation';
import { figureSvg } from './viz/export/figureSvg';
import { pngBlob, rasterize } from './viz/export/rasterize';
import { animationProblem, recordAnimation, webmAvailable } from './viz/export/animation';
import { runJson } from './share/runJson';
import { trajectoryCsv } from './share/trajectoryCsv';
import type { ExportFile, ExportMakers } from './ui/controls/ExportMenu';

/** The figure's title line: problem, activation, optimizer, η and step. */
function titleLine(store: AppStore): string {
  const s = store.getState();
  const problem = s.presetId ? (findPreset(s.presetId)?.title ?? s.presetId) : 'your data';
  const opt = s.optimizer === 'gd' ? '' : ` · ${OPTIMIZER_TITLES[s.optimizer]}`;
  return `Error Bowl — ${problem} · f = ${s.activation}${opt} · η = ${formatNumber(s.eta)} · step ${s.frames.current.step.toLocaleString('en')}`;
}

/** A file name for this state: the preset (or "data"), the step, the extension. */
function fileName(store: AppStore, ext: string): string {
  const s = store.getState();
  return `error-bowl-${s.presetId ?? 'data'}-step${s.frames.current.step}.${ext}`;
}

/** The Export menu's actions on `store`'s figure in the element `slot()` gives (the plot slot). */
export function createExportMakers(store: AppStore, slot: () => HTMLElement | null): ExportMakers {
  const figure = () => {
    const el = slot();
    if (!el) throw new Error('there is no figure on the page');
    return figureSvg(el, titleLine(store));
  };
  return {
    async picture(kind): Promise<ExportFile> {
      const fig = figure();
      if (kind === 'svg') return { blob: new Blob([fig.svg], { type: 'image/svg+xml' }), name: fileName(store, 'svg') };
      const canvas = await rasterize(fig.svg, fig.width, fig.height, kind === 'png4' ? 4 : 2);
      return { blob: await pngBlob(canvas), name: fileName(store, kind === 'png4' ? '4x.png' : '2x.png') };
    },
    trajectory: () => ({ blob: new Blob([trajectoryCsv(store.getState().history, store.getState().problem)], { type: 'text/csv' }), name: fileName(store, 'trajectory.csv') }),
    run: () => ({ blob: new Blob([runJson(store.getState())], { type: 'application/json' }), name: fileName(store, 'run.json') }),
    async animation(choice, progress, signal): Promise<ExportFile> {
      const s = store.getState();
      // A recording steps the run on; failing or cancelled, it rewinds it to here — which needs a run that can be replayed.
      if (!s.replayable) throw new Error('η changed during this run, so it could not be put back afterwards: press Reset (r) first');
      s.pause();
      const start = s.runner.step;
      // A stretch of the run already taken: back to its first step (the engine replays it exactly), recorded, then forward again.
      if (choice.from !== null && choice.from !== start && !s.rewindTo(choice.from)) throw new Error(`the run could not be rewound to step ${choice.from}`);
      const name = fileName(store, choice.format);
      try {
        const blob = await recordAnimation(
          choice,
          {
            capture: figure,
            step: () => store.getState().step(1) > 0,
            settle: () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
          },
          progress,
          signal,
        );
        if (store.getState().runner.step < start) store.getState().rewindTo(start);
        return { blob, name };
      } catch (e) {
        store.getState().rewindTo(start);
        throw e;
      }
    },
    animationProblem,
    webm: webmAvailable(),
  };
}
