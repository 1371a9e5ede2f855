/** Messages about input that was refused or parameters that were ignored, each dismissible. */
import { useAppState, useAppStore } from '../../store';

/** The notice list. */
export function Notices() {
  const store = useAppStore();
  const notices = useAppState((s) => s.notices);
  return (
    <div className="notices" role="status" aria-live="polite" aria-label="Notices">
      {notices.length > 1 && (
        <button type="button" className="dismiss-all" onClick={() => notices.forEach((n) => store.getState().dismissNotice(n.id))}>
          Dismiss all notices
        </button>
      )}
      {notices.map((n) => (
        <p key={n.id} className={`notice notice-${n.tone}`} data-testid="notice">
          <span className="notice-tone">{n.tone === 'error' ? 'Not loaded:' : n.tone === 'warning' ? 'Note:' : 'Info:'}</span> {n.text}
          <button type="button" className="dismiss" aria-label="Dismiss notice" onClick={() => store.getState().dismissNotice(n.id)}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
