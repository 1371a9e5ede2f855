/** A run's look in a legend: a stretch of its line (colour, dash) with its marker shape on it. */
import { runStyle, runSymbolPath } from './runStyles';

interface RunSwatchProps {
  /** The run, 0-based (the page's own run 0). */
  run: number;
  /** Height in pixels (the swatch is twice as wide). */
  px?: number;
}

/** The swatch (hidden from screen readers: the row says the run's shape in words). */
export function RunSwatch({ run, px = 16 }: RunSwatchProps) {
  const style = runStyle(run);
  const w = 2.4 * px;
  return (
    <svg className="run-swatch" width={w} height={px} viewBox={`0 0 ${w} ${px}`} aria-hidden="true">
      <line x1={1} x2={w - 1} y1={px / 2} y2={px / 2} stroke={style.colour} strokeWidth={2.5} strokeDasharray={style.dash ?? undefined} />
      <path d={runSymbolPath(run, 0.75 * px)} transform={`translate(${w / 2},${px / 2})`} fill={style.colour} className="run-swatch-mark" />
    </svg>
  );
}
