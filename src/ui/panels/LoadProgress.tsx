/**
 * The progress of the steps a link asked for (`steps=`), which are taken in short
 * slices after the plot is drawn: a bar, the percentage and a Stop button. Shows
 * nothing when no steps are being taken. Step, Play, Reset or a new problem also
 * stop them (the run is then the user's).
 */
import { useAppState, useAppStore } from '../../store';

/** "Taking the link's 100,000 steps… 42%", while the store's `loading` is set. */
export function LoadProgress() {
  const store = useAppStore();
  const loading = useAppState((s) => s.loading);
  if (!loading) return null;
  const { done, total } = loading;
  const percent = total > 0 ? Math.floor((100 * done) / total) : 0;
  const steps = `${total.toLocaleString('en')} step${total === 1 ? '' : 's'}`;
  return (
    <div className="load-progress" data-testid="load-progress" data-done={done} data-total={total}>
      {/* Announced once; the changing percentage is read from the bar on request, not on every slice. */}
      <span role="status">Taking the link’s {steps}…</span>{' '}
      <progress max={total} value={done} aria-label={`Steps of the link taken, of ${steps}`} />{' '}
      <span aria-hidden="true">{percent}%</span>{' '}
      <button type="button" onClick={() => store.getState().setLoading(null)}>
        Stop
      </button>
    </div>
  );
}
