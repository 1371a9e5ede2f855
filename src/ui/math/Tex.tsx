/**
 * KaTeX, loaded after the first paint so it costs the page nothing up front, and
 * one formula typeset into its own element. `katex.render` builds DOM nodes (no
 * innerHTML, `trust` off), which a strict Content-Security-Policy allows. Until
 * KaTeX arrives (or if its chunk cannot load) the TeX source is shown as text.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type katexModule from 'katex';

/** The KaTeX module. */
export type Katex = typeof katexModule;

let katexPromise: Promise<Katex> | null = null;
/** Loads KaTeX and its CSS once. */
function loadKatex(): Promise<Katex> {
  katexPromise ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(([m]) => (m as { default?: Katex }).default ?? (m as unknown as Katex));
  return katexPromise;
}

/** KaTeX once it has loaded, null before. */
export function useKatex(enabled = true): Katex | null {
  const [katex, setKatex] = useState<Katex | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let mounted = true;
    loadKatex().then(
      (k) => mounted && setKatex(() => k),
      () => undefined, // offline without the chunk: the lines stay plain text
    );
    return () => {
      mounted = false;
    };
  }, [enabled]);
  return katex;
}

/** One formula, typeset into its own element (re-typeset only when its TeX changes). */
export function Tex({ tex, katex }: { tex: string; katex: Katex | null }) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !katex) return;
    katex.render(tex, el, { throwOnError: false, trust: false, displayMode: false, output: 'htmlAndMathml' });
  }, [tex, katex]);
  return <span ref={ref} className="tex" data-tex={tex} />;
}
