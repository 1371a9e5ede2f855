/**
 * The first 30 seconds: a short guide on a first visit that names the four
 * things to look at (the point, the tangent, the arrow and Step), beside the
 * plot so it covers nothing. It is dismissed with "Got it" (or Escape) and
 * never shown again in this browser; App never shows it in embeds or lecture mode.
 */
import { useEffect, useRef } from 'react';

/** The guide card; `onDismiss` hides it for good; `touch` (a finger is the main pointer) makes it speak of taps. */
export function FirstGuide({ onDismiss, touch = false }: { onDismiss(): void; touch?: boolean }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // An Escape that closed the menu or a dialog was for them, not for the guide.
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open], .menu-panel:not([hidden])')) return;
      onDismiss();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onDismiss]);
  return (
    <section className="first-guide" aria-labelledby="first-guide-title" data-testid="first-guide">
      <h2 id="first-guide-title">New here? Look at four things</h2>
      <ol>
        <li>
          <strong>The point</strong> (●): the weight w now and its error E. {touch ? 'Drag it with a finger.' : 'Drag it with the mouse.'}
        </li>
        <li>
          <strong>The dashed tangent</strong>: the slope ∂E/∂w at the point.
        </li>
        <li>
          <strong>The arrow</strong> (→): the next step Δw = −η ∂E/∂w, downhill, η times the slope.
        </li>
        <li>
          <strong>Step</strong> takes it{touch ? '' : ' (or press →)'}; <strong>Play</strong> keeps stepping{touch ? '' : ' (Space)'}.
        </li>
      </ol>
      <button ref={button} type="button" onClick={onDismiss}>
        Got it
      </button>
    </section>
  );
}
