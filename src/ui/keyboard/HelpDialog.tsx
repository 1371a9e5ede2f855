/** The keyboard-shortcut help, a native <dialog> opened with ? or the Shortcuts button. */
import { useEffect, useRef } from 'react';
import { useAppState, useAppStore } from '../../store';
import { SHORTCUTS } from './shortcuts';

/** Lists the shortcuts; Escape or Close shuts it. */
export function HelpDialog() {
  const store = useAppStore();
  const open = useAppState((s) => s.helpOpen);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    } else if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="help"
      aria-labelledby="help-title"
      // 'close' is queued a task after the dialog closes; if the help was opened again meanwhile,
      // that late event must not mark it closed.
      onClose={(e) => {
        if (!e.currentTarget.open) store.getState().setHelpOpen(false);
      }}
      onKeyDown={(e) => {
        // Escape and ? close it through the store, at once: the native 'close' event comes a
        // task later (and Chromium may skip 'cancel'), and a quick ? in between would find the
        // store still open and toggle it shut instead of opening the help again.
        // Only while open: focus can linger on the Close button of the closed dialog, and a ? then
        // belongs to the page's shortcut, which opens the help again.
        if (e.currentTarget.open && (e.key === 'Escape' || e.key === '?')) {
          e.preventDefault();
          store.getState().setHelpOpen(false);
        }
      }}
    >
      <h2 id="help-title">Keyboard shortcuts</h2>
      <p>They work whenever focus is not in a text field or on a slider.</p>
      <table>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.shown}>
              <th scope="row">
                <kbd>{s.shown}</kbd>
              </th>
              <td>{s.does}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">
              <kbd>←</kbd> <kbd>→</kbd>
            </th>
            <td>on the plot’s marker: move the weight (Shift: faster)</td>
          </tr>
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" autoFocus onClick={() => store.getState().setHelpOpen(false)}>
          Close
        </button>
      </form>
    </dialog>
  );
}
