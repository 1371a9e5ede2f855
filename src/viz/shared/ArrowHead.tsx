/** An SVG arrowhead marker, sized in pixels (not by the line's stroke width, which would make it huge). */

interface ArrowHeadProps {
  id: string;
  /** Width and height in pixels. */
  size: number;
  className: string;
  /** 'auto-start-reverse' lets one marker serve arrows in both directions. */
  orient?: 'auto' | 'auto-start-reverse';
}

/** Put inside <defs>; reference with markerEnd={`url(#${id})`}. */
export function ArrowHead({ id, size, className, orient = 'auto' }: ArrowHeadProps) {
  return (
    <marker id={id} viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth={size} markerHeight={size} orient={orient}>
      <path d="M0,0 L10,5 L0,10 z" className={className} />
    </marker>
  );
}
