/**
 * After a mouse click, focus is given back to the page so the global shortcuts
 * (Space, →) work at once; a keyboard user (a click with detail 0, or a select
 * changed with the arrow keys) keeps focus where it is.
 */
import type { MouseEvent } from 'react';

/** Blurs the clicked element when the click came from a pointer. */
export function releaseAfterMouse(e: MouseEvent<HTMLElement>): void {
  if (e.detail > 0) e.currentTarget.blur();
}
