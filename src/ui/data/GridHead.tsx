/**
 * The header of the records table: the seed's column names x₁…xₙ, y₁…yₖ, each
 * with its remove button; the data set's own names beneath when it has them; and,
 * while the inputs are standardized, the mean and sd each input is scaled by.
 */
import type { MouseEvent } from 'react';
import { type Scaling } from '../../engine';
import type { Part } from './edits';
import { clip } from './messages';
import { formatNumber, subscript as sub } from '../../notation';

/** The seed's name of a column: x₁…xₙ, then y (one target) or y₁…yₖ. */
export function columnName(column: number, n: number, k: number): string {
  if (column < n) return `x${sub(column + 1)}`;
  return k === 1 ? 'y' : `y${sub(column - n + 1)}`;
}

/** Accessible name of a cell: "x₁ of record 3". */
export function cellLabel(column: number, n: number, k: number, mu: number): string {
  return `${columnName(column, n, k)} of record ${mu + 1}`;
}

interface GridHeadProps {
  n: number;
  k: number;
  names: readonly string[] | null;
  scaling: Scaling | null;
  /** Removes input (or target) column `index`, 0-based within its part. */
  onRemove(part: Part, index: number, e: MouseEvent<HTMLButtonElement>): void;
}

/** The table's <thead>. */
export function GridHead({ n, k, names, scaling, onRemove }: GridHeadProps) {
  const heads = Array.from({ length: n + k }, (_, c) => c);
  return (
    <thead>
      <tr>
        <th scope="col">μ</th>
        {heads.map((c) => {
          const part: Part = c < n ? 'input' : 'target';
          const name = columnName(c, n, k);
          const last = part === 'input' ? n === 1 : k === 1;
          return (
            <th scope="col" key={c}>
              <span className="col-name">{name}</span>
              <button
                type="button"
                className="remove"
                aria-label={`Remove column ${name}`}
                title={last ? `at least one ${part} is needed` : `remove column ${name}`}
                disabled={last}
                onClick={(e) => onRemove(part, part === 'input' ? c : c - n, e)}
              >
                ×
              </button>
            </th>
          );
        })}
        <th scope="col">
          <span className="visually-hidden">delete</span>
        </th>
      </tr>
      {names && (
        <tr className="names">
          <th scope="col">
            <span className="visually-hidden">column names</span>
          </th>
          {heads.map((c) => (
            <th scope="col" key={c} title={names[c]}>
              {clip(names[c] ?? '')}
            </th>
          ))}
          <th />
        </tr>
      )}
      {scaling && (
        <tr className="scaling">
          <th scope="col">
            <span className="visually-hidden">standardized with</span>
          </th>
          {heads.map((c) => (
            <th scope="col" key={c}>
              {c < n && (
                <>
                  <span>mean {formatNumber(scaling.mean[c])},</span> <span>sd {formatNumber(scaling.sd[c])}</span>
                </>
              )}
            </th>
          ))}
          <th />
        </tr>
      )}
    </thead>
  );
}
