/**
 * A sweep over η and μ for momentum (or Nesterov): a heat map of E after k steps, η across
 * on a log scale and μ up, darker where E ends lower, ✗ on grey where the run diverged —
 * which pairs converge, how fast, which diverge. A click, or the arrow keys and Enter on
 * the focused map, sets η and μ to a cell's.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { interpolateViridis } from 'd3-scale-chromatic';
import type { SweepPoint } from '../../engine';
import { formatNumber } from '../../notation';
import { useRootFontSize } from '../shared/useFontSize';
import { useSize } from '../shared/useSize';

interface MomentumMapProps {
  /** The points, η fastest: etas.length × mus.length. */
  points: readonly SweepPoint[];
  etas: readonly number[];
  mus: readonly number[];
  steps: number;
  /** Today's η and μ (their cell is outlined). */
  eta: number;
  mu: number;
  onPick(point: SweepPoint): void;
}

/** The heat map. */
export function MomentumMap({ points, etas, mus, steps, eta, mu, onPick }: MomentumMapProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const { width } = useSize(wrapRef, { width: 640, height: 300 });
  const fontPx = useRootFontSize();
  const [focus, setFocus] = useState<number | null>(null);
  const left = 3.2 * fontPx;
  const bottom = 2.6 * fontPx;
  const cellW = Math.max(4, (width - left - 8) / etas.length);
  const cellH = Math.max(14, 1.3 * fontPx);
  const height = mus.length * cellH + bottom + 8;
  const logs = points.filter((p) => p.status !== 'diverged' && p.E > 0).map((p) => Math.log10(p.E));
  const lo = Math.min(...logs);
  const hi = Math.max(...logs);
  const colour = (E: number) => interpolateViridis(hi > lo ? (Math.log10(E) - lo) / (hi - lo) : 0.5);
  const nearestEta = etas.reduce((b, v, n) => (Math.abs(Math.log(v / eta)) < Math.abs(Math.log(etas[b] / eta)) ? n : b), 0);
  const nearestMu = mus.reduce((b, v, n) => (Math.abs(v - mu) < Math.abs(mus[b] - mu) ? n : b), 0);
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const at = focus ?? nearestMu * etas.length + nearestEta;
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowUp: etas.length, ArrowDown: -etas.length }[e.key];
    if (step !== undefined) {
      e.preventDefault();
      e.stopPropagation();
      const next = at + step;
      if (next >= 0 && next < points.length && (Math.abs(step) !== 1 || Math.floor(next / etas.length) === Math.floor(at / etas.length))) setFocus(next);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      onPick(points[at]);
    }
  };
  const say = (p: SweepPoint) => `η = ${formatNumber(p.eta)}, μ = ${p.mu}: ${p.status === 'diverged' ? `diverged at step ${p.step + 1}` : `E = ${formatNumber(p.E)} after ${p.step} steps`}`;
  const shown = focus !== null ? points[focus] : null;
  const tickEvery = Math.ceil(etas.length / 6);
  return (
    <div className="momentum-map" ref={wrapRef}>
      <svg
        width={width}
        height={height}
        tabIndex={0}
        role="img"
        aria-label={`E after ${steps} steps for ${etas.length} values of η (across, log scale) and ${mus.length} of μ (up); darker is lower E, ✗ diverged. Click a cell, or use the arrow keys and Enter, to set η and μ.`}
        onKeyDown={onKey}
        onBlur={() => setFocus(null)}
        data-testid="momentum-map"
      >
        {points.map((p, n) => {
          const c = n % etas.length;
          const r = Math.floor(n / etas.length);
          const x = left + c * cellW;
          const y = (mus.length - 1 - r) * cellH;
          const now = c === nearestEta && r === nearestMu;
          return (
            <g key={n} onClick={() => onPick(p)} className="momentum-cell" data-testid="momentum-cell" data-status={p.status}>
              <rect x={x} y={y} width={cellW} height={cellH} fill={p.status === 'diverged' ? 'var(--panel)' : colour(p.E)} className={now || focus === n ? 'now' : undefined} />
              {p.status === 'diverged' && cellW >= 8 && (
                <text x={x + cellW / 2} y={y + cellH * 0.72} textAnchor="middle" className="sweep-diverged" fontSize={Math.min(cellH, cellW) * 0.8}>
                  ✗
                </text>
              )}
              <title>{say(p)}</title>
            </g>
          );
        })}
        {mus.map((m, r) => (
          <text key={m} x={left - 4} y={(mus.length - 1 - r) * cellH + cellH * 0.7} textAnchor="end" className="tick-label">
            {m}
          </text>
        ))}
        {etas.map((v, c) =>
          c % tickEvery === 0 ? (
            <text key={v} x={left + (c + 0.5) * cellW} y={mus.length * cellH + fontPx} textAnchor="middle" className="tick-label">
              {formatNumber(v, 2)}
            </text>
          ) : null,
        )}
        <text x={left} y={mus.length * cellH + 2.2 * fontPx} className="axis-label">
          learning rate η (log scale) →, momentum μ ↑
        </text>
      </svg>
      <p className="note" aria-hidden="true">
        Darker: lower E after {steps} steps ({Number.isFinite(lo) ? `from ${formatNumber(10 ** lo)} to ${formatNumber(10 ** hi)}` : 'none converged'}); ✗: diverged; outlined: η and μ now.
      </p>
      <p className="sweep-focus" aria-live="polite">
        {shown ? `${say(shown)}. Enter sets this η and μ.` : ''}
      </p>
    </div>
  );
}
