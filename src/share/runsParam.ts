/**
 * A race's URL parameter, `runs=<opt>:<η>,…` (DESIGN §3): e.g. `runs=gd:0.1,momentum:0.05,adam:0.01`,
 * one to six runs on one problem from the same start. The first is the page's own run (its optimizer
 * and η win over opt= and eta=); the others race it.
 */
import { isOptimizerName } from '../engine';
import { ETA_MAX, ETA_MIN, MAX_RUNS, type RaceRun } from '../store';
import { parseNumber } from '../notation';

/** The runs read from `text`, or why they are refused (naming the first bad run). */
export function parseRuns(text: string): { ok: true; runs: RaceRun[] } | { ok: false; why: string } {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length === 0 || parts[0] === '') return { ok: false, why: 'give runs like gd:0.1,momentum:0.05' };
  if (parts.length > MAX_RUNS) return { ok: false, why: `a race has at most ${MAX_RUNS} runs (${parts.length} were given)` };
  const runs: RaceRun[] = [];
  for (const [n, part] of parts.entries()) {
    const [name, etaText, ...rest] = part.split(':');
    if (!isOptimizerName(name) || etaText === undefined || rest.length > 0) {
      return { ok: false, why: `run ${n + 1} (“${part.slice(0, 24)}”) is not <optimizer>:<η> with an optimizer of gd, momentum, nesterov, adagrad, rmsprop or adam` };
    }
    const eta = parseNumber(etaText);
    if (eta === null || eta < ETA_MIN || eta > ETA_MAX) return { ok: false, why: `run ${n + 1}'s η (“${etaText.slice(0, 24)}”) must be a number from ${ETA_MIN} to ${ETA_MAX}` };
    runs.push({ optimizer: name, eta });
  }
  return { ok: true, runs };
}

/** `runs` as the parameter's value (η as JavaScript prints it, which reads back to the same number). */
export function formatRuns(runs: readonly RaceRun[]): string {
  return runs.map((r) => `${r.optimizer}:${r.eta}`).join(',');
}
