import { spacedLine } from '../../lib/svg-text';
import { nameLines } from './category-axis';
import { TEXT_COLOUR } from './palette';

/**
 * An area's name beside the category axis, right-aligned to it; the focus area's in bold. A name
 * wider than the axis's `width` is wrapped and centred on its row, never cut off.
 */
export function AxisName(props: { x: unknown; y: unknown; fontSize: number; bold: boolean | undefined; width: number; children: string }) {
  const { x, y, fontSize, bold, width, children } = props;
  const lines = nameLines(children, fontSize, width);
  const lineHeight = Math.round(fontSize * 1.05);
  const right = Number(x) - 4;
  // A tspan's dy replaces the text's for its characters: the first line carries the usual 4 too.
  return (
    <text x={right} y={Number(y)} dy={4} textAnchor="end" fill={TEXT_COLOUR} fontSize={fontSize} fontWeight={bold ? 700 : 400}>
      {lines.length === 1
        ? children
        : lines.map((line, index) => (
            <tspan key={index} x={right} dy={index === 0 ? 4 - ((lines.length - 1) * lineHeight) / 2 : lineHeight}>
              {spacedLine(lines, index)}
            </tspan>
          ))}
    </text>
  );
}
