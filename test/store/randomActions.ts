/**
 * Seeded random sequences of store actions, the kind a user, a link or a host
 * page may send in any order, with valid and invalid arguments alike. Shared by
 * the store's rule test and the rendered-app test.
 */
import { createRandom, type Random } from '../../src/engine';
import { obeyCommand } from '../../src/share/embed';
import { PRESETS, type AppStore, type ViewName } from '../../src/store';

/** One action: a name for the failure message and what it does. */
export interface RandomAction {
  name: string;
  run(store: AppStore): void;
}

const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Random, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

/** Numbers a person or a page might send: ordinary, edge and nonsense. */
function wildNumber(r: Random): number {
  return pick(r, [r() * 4 - 2, int(r, -3, 5), 0, 1e-9, 1e6, 1e300, -1e300, NaN, Infinity, -Infinity, 0.5, 1.5]);
}

/** A small problem of n inputs and k outputs, maybe with huge values. */
function randomProblem(r: Random): { x: number[][]; y: number[][]; bias: boolean } {
  const n = int(r, 1, 3);
  const k = int(r, 1, 2);
  const N = int(r, 1, 6);
  const big = r() < 0.1 ? 1e200 : 1;
  const x = Array.from({ length: N }, () => Array.from({ length: n }, () => (r() * 4 - 2) * big));
  const y = Array.from({ length: N }, () => Array.from({ length: k }, () => r() * 2 - 1));
  return { x, y, bias: r() < 0.3 };
}

const VIEWS: readonly string[] = ['curve', 'contour', 'surface', 'data', 'bogus'];

/** Makes one random action. */
export function randomAction(r: Random): RandomAction {
  const kinds: (() => RandomAction)[] = [
    () => {
      const id = pick(r, [...PRESETS.map((p) => p.id), 'no-such-preset']);
      return { name: `loadPreset(${id})`, run: (s) => s.getState().loadPreset(id) };
    },
    () => {
      const v = pick(r, VIEWS) as ViewName;
      return { name: `setView(${v})`, run: (s) => s.getState().setView(v) };
    },
    () => {
      const q = int(r, -2, 7);
      return { name: `setAxis(${q})`, run: (s) => s.getState().setAxis(q) };
    },
    () => {
      const [i, j] = [int(r, -1, 6), int(r, -1, 6)];
      return { name: `setAxes(${i},${j})`, run: (s) => s.getState().setAxes(i, j) };
    },
    () => {
      const p = randomProblem(r);
      return { name: `loadProblem(${JSON.stringify(p).slice(0, 80)})`, run: (s) => s.getState().loadProblem(p, 'test data') };
    },
    () => {
      const [q, v] = [int(r, -1, 6), wildNumber(r)];
      return { name: `setWeight(${q},${v})`, run: (s) => s.getState().setWeight(q, v) };
    },
    () => {
      const v = wildNumber(r);
      return { name: `setEta(${v})`, run: (s) => s.getState().setEta(v) };
    },
    () => {
      const a = pick(r, ['sigmoid', 'tanh', 'linear', 'relu', 'leaky-relu', 'softplus'] as const);
      return { name: `setActivation(${a})`, run: (s) => s.getState().setActivation(a) };
    },
    () => {
      const m = pick(r, ['batch', 'stochastic', 'minibatch'] as const);
      return { name: `setMode(${m})`, run: (s) => s.getState().setMode(m) };
    },
    () => {
      const o = pick(r, ['gd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'] as const);
      return { name: `setOptimizer(${o})`, run: (s) => s.getState().setOptimizer(o) };
    },
    () => {
      // A race of 0 to 7 runs (7 is refused), some with a wild η.
      const runs = Array.from({ length: int(r, 0, 7) }, () => ({ optimizer: pick(r, ['gd', 'momentum', 'adam', 'rmsprop'] as const), eta: r() < 0.8 ? pick(r, [0.01, 0.1, 0.5, 3]) : wildNumber(r) }));
      return { name: `setRace(${JSON.stringify(runs)})`, run: (s) => void s.getState().setRace(runs.length ? runs : null) };
    },
    () => {
      const b = pick(r, [1, 2, 3, 50, 0, -1, 1.5]);
      return { name: `setBatchSize(${b})`, run: (s) => s.getState().setBatchSize(b) };
    },
    () => {
      const n = pick(r, [1, 1, 5, 200]);
      return { name: `step(${n})`, run: (s) => void s.getState().step(n) };
    },
    () => ({ name: 'reset()', run: (s) => s.getState().reset() }),
    () => ({ name: 'togglePlay()', run: (s) => s.getState().togglePlay() }),
    () => {
      const on = r() < 0.5;
      return { name: `setStepThrough(${on})`, run: (s) => s.getState().setStepThrough(on) };
    },
    () => ({ name: 'next()', run: (s) => s.getState().next() }),
    () => ({ name: 'previous()', run: (s) => s.getState().previous() }),
    () => {
      const m = pick(r, [null, 0, 3, 30, -1]);
      return { name: `setMathRecord(${m})`, run: (s) => s.getState().setMathRecord(m) };
    },
    () => {
      const u = int(r, -1, 2);
      return { name: `setMathUnit(${u})`, run: (s) => s.getState().setMathUnit(u) };
    },
    () => {
      const params = pick(r, [
        { view: 'contour' },
        { view: 'surface', axes: '1,2' },
        { preset: pick(r, PRESETS.map((p) => p.id)) },
        { eta: wildNumber(r) },
        { act: 'tanh', x: '1e300', y: '0', w: '1' },
        { axes: '0,0' },
        { eta: true },
        { steps: 3 },
      ] as Record<string, unknown>[]);
      const data = { type: 'error-bowl:command', command: 'set', params };
      return { name: `embed set ${JSON.stringify(params)}`, run: (s) => void obeyCommand(s, data) };
    },
  ];
  return pick(r, kinds)();
}

/** `count` random actions from seed `seed`. */
export function randomActions(seed: number, count: number): RandomAction[] {
  const r = createRandom(seed);
  return Array.from({ length: count }, () => randomAction(r));
}
