/** The caption of the current problem, and the credit of a real data set. */
import { useAppState } from '../../store';

/** The one-line caption of the current problem. */
export function Caption() {
  const caption = useAppState((s) => s.caption);
  const presetId = useAppState((s) => s.presetId);
  const text =
    presetId === null
      ? 'Your own problem: press Step (→) to take one step Δw = −η ∂E/∂w, or Play (Space) to watch the weights roll downhill.'
      : caption;
  return (
    <div className="caption">
      <p>{text}</p>
      <DataCredit />
    </div>
  );
}

/** The source and licence of a real data set, named wherever its records are in use. */
function DataCredit() {
  const source = useAppState((s) => s.source);
  const standardize = useAppState((s) => s.standardize);
  if (!source && !standardize) return null;
  return (
    <p className="credit">
      {source && (
        <>
          Data:{' '}
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>
          ; licence: {source.licence}.{' '}
        </>
      )}
      {standardize && <>Inputs are standardized: descent sees (xᵢ − mean)/sd.</>}
    </p>
  );
}
