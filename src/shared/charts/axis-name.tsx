import { TEXT_COLOUR } from './palette';

/** An area's name beside the category axis, right-aligned to it; the focus area's in bold. */
export function AxisName({ x, y, fontSize, bold, children }: { x: unknown; y: unknown; fontSize: number; bold: boolean | undefined; children: string }) {
  return (
    <text x={Number(x) - 4} y={Number(y)} dy={4} textAnchor="end" fill={TEXT_COLOUR} fontSize={fontSize} fontWeight={bold ? 700 : 400}>
      {children}
    </text>
  );
}
