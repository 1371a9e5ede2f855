/** The shape of the one app store: four slices (data, model, run, view). */
import type { ActivationName, History, LossName, ModeName, OptimizerName, OptimizerParams, Problem, Runner, Scaling } from '../engine';
import type { Challenge } from './challenge';
import type { CheckpointLog } from './checkpoints';
import type { FrameChannel } from './frames';
import type { RunSnapshot } from './snapshot';
import type { RaceRun, Racer } from './race';

/** Views: of the error surface (curve, contour, surface), and of the data with the model's predictions beside the weights' view (data). */
export const VIEW_NAMES = ['curve', 'contour', 'surface', 'data'] as const;
/** The views of two weights (the others need one weight, or none). */
export const TWO_WEIGHT_VIEWS: readonly ViewName[] = ['contour', 'surface'];
/** A view of the error surface. */
export type ViewName = (typeof VIEW_NAMES)[number];
/** Colour themes; projector is high-contrast with large type. */
export type ThemeName = 'light' | 'dark' | 'projector';
/** A message shown to the user until dismissed. */
export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'warning' | 'error';
}

/** Records given by a person (URL, editor) before validation. */
export interface ProblemInput {
  x?: number[][];
  y?: number[][];
  /** Weight groups, one per output unit. */
  w?: number[][];
  bias?: boolean;
  /** Column names, n inputs then k targets (from a CSV header); kept from before when x and y keep their widths. */
  names?: string[] | null;
  /** An edit of the current data (a cell, a row): the credit of its source stays. */
  edit?: boolean;
}

/** Settings a new problem is checked and started with, together with it (a link's act, loss, mode …). */
export type ProblemSettings = Partial<Pick<AppData, 'standardize' | 'activation' | 'loss' | 'mode' | 'batchSize' | 'eta' | 'optimizer' | 'optimizerParams'>>;

/** Where a data set comes from and under what licence it is shared. */
export interface DataSource {
  readonly title: string;
  readonly url: string;
  readonly licence: string;
}

/** The records as given (before any standardizing), which the editor shows and export writes. */
export interface Dataset {
  readonly x: readonly (readonly number[])[];
  readonly y: readonly (readonly number[])[];
  /** Column names, n inputs then k targets; null when none were given. */
  readonly names: readonly string[] | null;
}

/** The records and the starting weights. */
export interface DataSlice {
  presetId: string | null;
  caption: string;
  /** The credit of a real data set (null for hand-made records). */
  source: DataSource | null;
  /** The records as given; `problem` holds them standardized when `standardize` is on. */
  data: Dataset;
  /** Whether the inputs are standardized, (xᵢ − mean) / sd per input, before descent. */
  standardize: boolean;
  /** The mean and sd used when standardizing (null when off). */
  scaling: Scaling | null;
  problem: Problem;
  /** Weights the run starts from and Reset returns to (flat, unit-major). */
  w0: number[];
  /** Loads a named preset; false (with a notice) when there is none. */
  loadPreset(id: string): boolean;
  /**
   * Replaces the problem; on any error keeps the previous one and posts a notice naming the error.
   * `settings` (a link's act, loss, std …) are checked with the new problem as one and applied with it.
   */
  loadProblem(input: ProblemInput, source?: string, settings?: ProblemSettings): boolean;
  /** Turns the bias input x₀ = 1 on or off, keeping the other weights (w₀ starts at 0). */
  setBias(on: boolean): boolean;
  /** Turns standardizing of the inputs on or off; the run starts again from the starting weights. */
  setStandardize(on: boolean): boolean;
}

/** The network's activation and error measure. */
export interface ModelSlice {
  activation: ActivationName;
  loss: LossName;
  setActivation(a: ActivationName): void;
  setLoss(l: LossName): void;
}

/** The descent run and its controls. */
export interface RunSlice {
  eta: number;
  mode: ModeName;
  /** The optimizer that turns the step's gradient into Δw (PyTorch's rules), and its hyper-parameters (defaults when absent). */
  optimizer: OptimizerName;
  optimizerParams: Partial<OptimizerParams>;
  batchSize: number;
  /** Steps per second while playing. */
  speed: number;
  playing: boolean;
  runner: Runner;
  history: History;
  /** What React shows of the run: set on every step while paused, a few times a second while playing. */
  snapshot: RunSnapshot;
  /** Every frame's snapshot, for the moving marks and live numbers (see frames.ts). */
  frames: FrameChannel;
  /**
   * Takes up to n steps (stops at divergence, or once `budgetMs` milliseconds of
   * stepping have passed, or — while playing, which it then pauses — at the step that decides a
   * challenge); returns how many were taken. One snapshot per call.
   */
  step(n?: number, budgetMs?: number): number;
  /** The weights the current run started from (a link replays the run from them). */
  runStart: number[];
  /** False once η changed mid-run: replaying from runStart with today's η would not reach these weights. */
  replayable: boolean;
  /** Copies of the run every so many steps, so a rewind replays few steps. */
  checkpoints: CheckpointLog;
  /** The furthest step this run has reached (a rewind keeps it: the run may be replayed up to it). */
  stepsTaken: number;
  /**
   * Rebuilds the run exactly at step `k` (0 ≤ k ≤ stepsTaken) by replaying it, cuts the history at k and
   * pauses; false for a step out of range, or with a notice when η changed mid-run (not replayable).
   */
  rewindTo(k: number): boolean;
  /** Step-through mode: Step and → move through the five parts of one update before taking it. */
  stepThrough: boolean;
  /** The part of the pending update shown in step-through mode (index into STAGES). */
  stage: number;
  setStepThrough(on: boolean): void;
  /** What Step does: one step, or in step-through mode the next part (taking the step after the last). */
  next(): void;
  /** Step-through mode: back one part (nothing at the first). */
  previous(): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  /** Back to the starting weights of the current problem, step 0. */
  reset(): void;
  setEta(eta: number): boolean;
  /** Starts a new run from these weights (flat, unit-major). */
  setWeights(w: number[]): boolean;
  /** Sets one weight (flat index) and starts a new run from there. */
  setWeight(index: number, value: number): boolean;
  setMode(m: ModeName): void;
  /** A new run from the current weights with optimizer `name` (and hyper-parameters `params`, else PyTorch's defaults). */
  setOptimizer(name: OptimizerName, params?: Partial<OptimizerParams>): void;
  setBatchSize(b: number): boolean;
  setSpeed(s: number): boolean;
}

/** What is shown and how. */
export interface ViewSlice {
  view: ViewName;
  /** Flat index of the weight on the curve's horizontal axis. */
  axis: number;
  /** Flat index of the weight on the vertical axis of the contour and surface views (−1 with one weight). */
  axisJ: number;
  theme: ThemeName;
  /** The record μ (0-based) whose terms the math panel writes out; null follows the pending step. */
  mathRecord: number | null;
  /** The output unit (0-based) whose terms the math panel writes out. */
  mathUnit: number;
  setMathRecord(record: number | null): void;
  setMathUnit(unit: number): void;
  notices: Notice[];
  helpOpen: boolean;
  /** Shows view `v`; false (with a notice) for a view this problem cannot show. */
  setView(v: ViewName): boolean;
  setAxis(index: number): void;
  /** Sets both axes of the 2-D views (flat indices, different); false when they do not fit the problem. */
  setAxes(i: number, j: number): boolean;
  setTheme(t: ThemeName): void;
  notify(text: string, tone?: Notice['tone']): void;
  dismissNotice(id: number): void;
  setHelpOpen(open: boolean): void;
  // --- Plot window (window=: axes fixed by a link, shared by copies of a problem) ---
  /** The window fixed by a link or by `set` (null: the plots follow the run); it holds for `problem` only. */
  plotWindow: PlotWindow | null;
  /**
   * Fixes the plotted window to `values` (2 or 4 numbers, from < to in each pair, already checked by the URL
   * codec) for the current problem; null releases it (Fit). False when the values are not such numbers.
   */
  setPlotWindow(values: readonly number[] | null): boolean;
  // --- end plot window ---
}

/**
 * A fixed window: `values` are w from, w to across (the curve's weight, wᵢ in the 2-D views), then optionally
 * from, to up (wⱼ). It belongs to the problem it was set for: a new problem drops it.
 */
export interface PlotWindow {
  readonly values: readonly number[];
  readonly problem: Problem;
}

/** Steps taken so far of those asked for. */
export interface LoadProgress {
  done: number;
  total: number;
}

/** Steps a link or a host page asked for, taken in slices after the page is drawn. */
export interface LoadingSlice {
  /** Steps being taken in slices; null when none are. */
  loading: LoadProgress | null;
  /** Sets the progress; null ends it (the slices still to come are dropped). */
  setLoading(loading: LoadProgress | null): void;
}

// --- Scenes (a lecture: links strung together; see share/scenes/) ---
/** One scene of a lecture: a link's parameters and the caption shown above the plot. */
export interface SceneCard {
  /** Plain text, at most 300 characters. */
  readonly caption: string;
  /** The scene's link parameters (`preset=bowl&eta=0.25`), already checked to load without a notice. */
  readonly params: string;
  /** Page Down moves on to the next scene once the run reaches this step (null: once it converges or diverges). */
  readonly until: number | null;
  /** The step the scene opens at (its `steps=`, else 0): Page Up there goes to the previous scene. */
  readonly startStep: number;
}

/** A lecture's scenes, and how one is opened (the share layer applies its parameters as a link's). */
export interface SceneDeck {
  readonly title: string | null;
  readonly scenes: readonly SceneCard[];
  /** Applies scene `index`'s parameters to a store just made fresh (its run, settings and view at their defaults). */
  open(index: number): void;
}

/** The scenes of a lecture, when one is loaded. */
export interface ScenesSlice {
  deck: SceneDeck | null;
  /** The scene shown (index into deck.scenes; 0 without a deck). */
  scene: number;
  /** Loads a deck and opens its first scene; null closes the scenes and keeps the page as it is. */
  setDeck(deck: SceneDeck | null): void;
  /**
   * Opens scene `index` as its link would open a fresh page (the theme, step-through and notices kept);
   * false when there is no such scene.
   */
  goToScene(index: number): boolean;
}
// --- end scenes ---

// --- Challenge (goal=, within=: bring E below a goal within a step budget; see challenge.ts) ---
/** A link's challenge. It belongs to the link's problem: a new preset or new data drop it; every new run re-arms it. */
export interface ChallengeSlice {
  challenge: Challenge | null;
  /**
   * Sets a challenge on the current problem (decided at once if the run already met or passed it);
   * null drops it. False, changing nothing, for a goal or budget out of range (challenge.ts).
   */
  setChallenge(goal: number | null, within?: number | null): boolean;
}
// --- end challenge ---

// --- Race (runs=: several runs on one problem from the same start; see race.ts) ---
/** The runs racing the store's own. Every new run of the store starts them again from its start. */
export interface RaceSlice {
  /** The runs racing the store's own (at most MAX_RUNS − 1, mutated in place by each step); empty: no race. */
  racers: Racer[];
  /**
   * Per run of the race, the store's own first: the step at which it reached the finish (E at or below
   * the challenge's goal, or without one, convergence), null before. Replaced, not mutated.
   */
  finishedAt: (number | null)[];
  /**
   * Sets the race: `runs[0]` becomes the store's own run (its optimizer and η), the others race it from
   * the same start. One run, or null, ends the race. False, with a notice and nothing changed, for runs
   * that cannot race (race.ts: raceProblem).
   */
  setRace(runs: readonly RaceRun[] | null): boolean;
}
// --- end race ---

/** The whole store. */
export type AppState = DataSlice & ModelSlice & RunSlice & ViewSlice & LoadingSlice & ScenesSlice & ChallengeSlice & RaceSlice;

/** Keys of `T` whose values are functions: the actions. */
type ActionKeys<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];
/** The actions of `T`. */
export type Actions<T> = Pick<T, ActionKeys<T>>;
/** The state of `T` without its actions. */
export type Data<T> = Omit<T, ActionKeys<T>>;
/** The whole store's data, without actions: what initialState.ts makes. */
export type AppData = Data<AppState>;
