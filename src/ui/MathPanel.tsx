/**
 * The math panel: the seed's chain from h = Σᵢ wᵢxᵢ to Δwᵢ = η δ xᵢ, typeset with
 * KaTeX, with the numbers of the pending step in it. KaTeX (and its CSS and
 * fonts) is loaded after the first paint, so it costs the page nothing up front;
 * `katex.render` builds DOM nodes (no innerHTML, `trust` off), which a strict
 * Content-Security-Policy allows. While a run plays, the panel holds the step it
 * showed (and says so), so typesetting never costs the animation its frames.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type katexModule from 'katex';
import { useAppState, useAppStore } from '../store';
import { mathLines, type MathPart } from './math/tex';

type Katex = typeof katexModule;

const PART_TITLES: Record<MathPart, string> = {
  forward: '1. Forward pass',
  error: '2. Error',
  term: '3. Error term',
  gradient: '4. Gradient',
  update: '5. Step and update',
};

/** Loads KaTeX once, after the first paint. */
let katexPromise: Promise<Katex> | null = null;
function loadKatex(): Promise<Katex> {
  katexPromise ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(([m]) => (m as { default?: Katex }).default ?? (m as unknown as Katex));
  return katexPromise;
}

/** One formula, typeset into its own element. */
function Tex({ tex, katex }: { tex: string; katex: Katex | null }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !katex) return;
    katex.render(tex, el, { throwOnError: false, trust: false, displayMode: false, output: 'htmlAndMathml' });
  }, [tex, katex]);
  return <span ref={ref} className="tex" data-tex={tex} />;
}

/** The last value that was not null (`first` until there is one). */
function useFrozen<T>(value: T | null, first: () => T): T {
  const held = useRef<T | null>(value);
  if (value !== null) held.current = value;
  held.current ??= first();
  return held.current;
}

/** The derivation with live numbers. */
export function MathPanel() {
  const problem = useAppState((s) => s.problem);
  const activation = useAppState((s) => s.activation);
  const loss = useAppState((s) => s.loss);
  const eta = useAppState((s) => s.eta);
  const playing = useAppState((s) => s.playing);
  // While playing, the selector gives null and the panel does not even re-render (a frame's worth
  // of React work per frame otherwise, for a panel that shows nothing new).
  const live = useAppState((s) => (s.playing ? null : s.snapshot));
  // Typesetting eleven lines takes longer than a frame; while playing the panel holds the step it
  // showed and says so, and catches up on Pause or Step (bench:play: re-typesetting 4 times a
  // second put the contour view's p95 at 16 ms).
  const store = useAppStore();
  const snap = useFrozen(live, () => store.getState().snapshot);
  const [katex, setKatex] = useState<Katex | null>(null);
  const [unit, setUnit] = useState(0);
  const [chosen, setChosen] = useState<number | null>(null);

  useEffect(() => {
    let mounted = true;
    loadKatex().then(
      (k) => mounted && setKatex(() => k),
      () => undefined, // offline without the chunk: the panel keeps its plain-text lines
    );
    return () => {
      mounted = false;
    };
  }, []);

  const { N, k } = problem;
  const j = Math.min(unit, k - 1);
  // The record written out: the one chosen, else the first of the pending step's records.
  const record = Math.min(N - 1, chosen ?? snap.batch[0] ?? 0);
  const lines = useMemo(
    () =>
      mathLines({ problem, activation, loss, eta, w: snap.w, grad: snap.grad, dw: snap.dw, E: snap.E, batch: snap.batch, record, unit: j }),
    [problem, activation, loss, eta, snap, record, j],
  );

  return (
    <section className="panel math" aria-labelledby="math-title" data-testid="math-panel">
      <h2 id="math-title">The math of the next step</h2>
      {playing && (
        <p className="note" role="status">
          Held at step {snap.step.toLocaleString('en')} while playing: Pause or Step to see the numbers of the step to come.
        </p>
      )}
      <div className="math-options">
        <label>
          record μ{' '}
          <input
            type="number"
            min={1}
            max={N}
            step={1}
            value={record + 1}
            onChange={(e) => {
              const v = Math.round(Number(e.target.value));
              if (Number.isFinite(v) && v >= 1 && v <= N) setChosen(v - 1);
            }}
          />
        </label>
        {chosen !== null && (
          <button type="button" className="link" onClick={() => setChosen(null)}>
            follow the step
          </button>
        )}
        {k > 1 && (
          <label>
            output unit j{' '}
            <select value={j} onChange={(e) => setUnit(Number(e.target.value))}>
              {Array.from({ length: k }, (_, u) => (
                <option key={u} value={u}>
                  {u + 1}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {k > 1 && (
        <p className="note">
          The seed writes w<sub>ij</sub> = η δ<sub>j</sub> x<sub>i</sub>: that is the step Δw<sub>ij</sub>, added to w<sub>ij</sub>.
        </p>
      )}
      {(['forward', 'error', 'term', 'gradient', 'update'] as const).map((part) => (
        <div key={part} className="math-part" data-part={part}>
          <h3>{PART_TITLES[part]}</h3>
          {lines
            .filter((l) => l.part === part)
            .map((l) => (
              <div key={l.id} className="math-line" data-line={l.id}>
                <Tex tex={l.tex} katex={katex} />
              </div>
            ))}
        </div>
      ))}
    </section>
  );
}
