/**
 * d3-drag on an element, set up once in an effect and torn down on cleanup (the
 * React Flow pattern): the handlers are read through a ref, so they always see
 * the latest scales without re-binding the gesture.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { drag } from 'd3-drag';
import { select } from 'd3-selection';

/** What a drag reports: the pointer in the element's parent coordinates, and the move since the last event. */
export interface DragEvent {
  x: number;
  y: number;
  dx: number;
  dy: number;
}

interface DragHandlers {
  start?(): void;
  move(e: DragEvent): void;
  end?(): void;
}

/**
 * Makes the element in `ref` draggable with `handlers`. With `touch: false` a finger
 * does not drag it (d3 then sets no touch-action: none): over a large element,
 * such as the 3-D bowl, one finger scrolls the page instead of being trapped.
 */
export function useDrag<E extends Element>(ref: RefObject<E | null>, handlers: DragHandlers, { touch = true }: { touch?: boolean } = {}): void {
  const live = useRef(handlers);
  live.current = handlers;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const sel = select(el);
    sel.call(
      (touch ? drag<E, unknown>() : drag<E, unknown>().touchable(() => false))
        .on('start', () => live.current.start?.())
        .on('drag', (e: DragEvent) => live.current.move(e))
        .on('end', () => live.current.end?.()),
    );
    return () => {
      sel.on('.drag', null);
    };
  }, [ref, touch]);
}
