/**
 * "Copy link", "Copy embed code" and "Copy as a challenge": the whole state as a link, a ready
 * <iframe> for a course page, and a link that challenges its reader to match the run. The clipboard is tried first; where it is refused
 * (an insecure page, a sandboxed frame, a denied permission) the text is shown
 * selected in a small dialog to copy by hand, so the button always gives it.
 */
import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useAppStore } from '../../store';

/** Makes the texts to copy (the codec lives in src/share; App passes it in). */
export interface ShareMakers {
  link(): string;
  embed(): string;
  /** A link to this problem with a challenge made from the current run (share/challengeLink.ts). */
  challenge(): string;
}

/** Writes `text` to the clipboard; false when the browser refuses. */
async function copy(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The three buttons and the fallback dialog; `onDone` runs after a button gave its
 * text (the page menu closes). The dialog lives on <body>, so it shows even when
 * the menu holding the buttons has closed.
 */
export function ShareButtons({ makers, onDone }: { makers: ShareMakers; onDone?: () => void }) {
  const store = useAppStore();
  const dialog = useRef<HTMLDialogElement>(null);
  const [shown, setShown] = useState<{ title: string; text: string } | null>(null);
  const give = async (title: string, text: string, done: string) => {
    const copied = await copy(text);
    onDone?.();
    if (copied) {
      store.getState().notify(done, 'info');
      return;
    }
    setShown({ title, text });
    const d = dialog.current;
    if (d && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
  };
  return (
    <>
      <button type="button" onClick={() => void give('Link to this state', makers.link(), 'Link copied: it opens this exact state.')}>
        Copy link
      </button>
      <button type="button" onClick={() => void give('Embed code', makers.embed(), 'Embed code copied: paste it into your course page’s HTML.')}>
        Copy embed code
      </button>
      <button
        type="button"
        title="A link to this problem from its start, challenging whoever opens it to reach the E this run reached in as many steps, with an η of their own"
        onClick={() => void give('Challenge link', makers.challenge(), 'Challenge link copied: it asks for the E this run reached, in as many steps.')}
      >
        Copy as a challenge
      </button>
      {createPortal(
      <dialog ref={dialog} className="help share" aria-labelledby="share-title" onClose={() => setShown(null)}>
        <h2 id="share-title">{shown?.title}</h2>
        <p>The clipboard is not available here: the text is selected, copy it with Ctrl+C (⌘C).</p>
        <textarea readOnly rows={5} value={shown?.text ?? ''} aria-labelledby="share-title" data-testid="share-text" onFocus={(e) => e.currentTarget.select()} autoFocus />
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>,
      document.body,
      )}
    </>
  );
}
