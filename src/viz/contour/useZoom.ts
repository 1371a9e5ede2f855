/**
 * Zoom and pan of the contour map: d3-zoom owns the gesture (scroll to zoom,
 * drag to pan; a double click does not zoom), React owns the transform. On a touch
 * screen one finger over the map scrolls the page (a map in a course page never traps
 * it) and two fingers pinch to zoom and pan the map; the + and − buttons zoom too (`zoomBy`).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

/** Smallest and largest zoom factors. */
const SCALE_EXTENT: [number, number] = [0.05, 200];

/** The zoom transform of `svgRef`'s element, and a reset to zoom 1 (back to the base window). */
export function useZoom(svgRef: RefObject<SVGSVGElement | null>): { transform: ZoomTransform; reset(): void; zoomBy(factor: number): void } {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent(SCALE_EXTENT)
      // Touch: only a gesture of two fingers or more is the map's; one finger is the page's (it scrolls).
      .filter((e: MouseEvent | TouchEvent | WheelEvent) => ('touches' in e ? e.touches.length >= 2 : (!e.ctrlKey || e.type === 'wheel') && !('button' in e && e.button)))
      .on('zoom', (e: { transform: ZoomTransform }) => setTransform(e.transform));
    behaviour.current = z;
    select(svg).call(z).on('dblclick.zoom', null);
    // d3 asks the browser to leave every touch to it (touch-action: none); give one-finger panning back to the page.
    svg.style.touchAction = 'pan-x pan-y';
    return () => {
      select(svg).on('.zoom', null);
    };
  }, [svgRef]);
  const reset = () => {
    const svg = svgRef.current;
    // d3 keeps its own copy of the transform: bring it back too (only when there is something to undo).
    if (svg && behaviour.current && zoomKey(transform) !== '') select(svg).call(behaviour.current.transform, zoomIdentity);
    setTransform(zoomIdentity);
  };
  /** Zooms about the map's centre by `factor` (the + and − buttons). */
  const zoomBy = (factor: number) => {
    const svg = svgRef.current;
    if (svg && behaviour.current) select(svg).call(behaviour.current.scaleBy, factor);
  };
  return { transform, reset, zoomBy };
}

/** A key that changes with the transform; '' at zoom 1 with no pan. */
export function zoomKey(t: ZoomTransform): string {
  return t.k === 1 && t.x === 0 && t.y === 0 ? '' : `${t.k},${t.x},${t.y}`;
}
