/**
 * A data editor message in two live regions that are always in the page (a
 * region added together with its text is often not announced): errors in an
 * alert, results in a polite status. A message belongs to the records it was
 * said about, so it disappears once they are replaced (a preset, another panel).
 */
import { useCallback, useState } from 'react';
import { useAppState, useAppStore, type Dataset } from '../../store';
import type { EditorMessage } from './messages';

/**
 * The message to show and a setter. The setter ties the message to the records
 * in the store at that moment; the message is shown while they are current.
 */
export function useDataMessage(): [EditorMessage | null, (message: EditorMessage | null) => void] {
  const store = useAppStore();
  const data = useAppState((s) => s.data);
  const [said, setSaid] = useState<{ message: EditorMessage; about: Dataset } | null>(null);
  const say = useCallback(
    (message: EditorMessage | null) => setSaid(message && { message, about: store.getState().data }),
    [store],
  );
  return [said && said.about === data ? said.message : null, say];
}

/** Shows `message` in the region its tone calls for; the other stays empty. */
export function MessageLine({ message, testId }: { message: EditorMessage | null; testId?: string }) {
  return (
    <div className="data-message" data-testid={testId}>
      <p className="message error" role="alert">
        {message?.tone === 'error' ? message.text : ''}
      </p>
      <p className="message ok" role="status">
        {message?.tone === 'ok' ? message.text : ''}
      </p>
    </div>
  );
}
