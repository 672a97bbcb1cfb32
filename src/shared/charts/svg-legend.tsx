import { estimateTextWidth, spacedLine, wrapText } from '../../lib/svg-text';
import { TEXT_COLOUR } from './palette';

export interface LegendItem {
  label: string;
  colour: string;
  /** How the item is drawn: a filled square (bars), or a line with a marker (lines). */
  shape?:
    'square' | 'hollow-circle' | 'filled-circle' | 'dashed-line' | 'hatched-square' | 'outline-square' | 'whisker' | 'diamond' | 'solid-line' | 'dotted-line';
}

const SWATCH = 12;
const GAP = 18;
const FONT = 12.5;
const LINE_HEIGHT = 20;
const WRAPPED_LINE_HEIGHT = 15;

/** Legend items placed left to right, wrapping at the width: the positions, each item's lines and the height. */
export function legendLayout(items: readonly LegendItem[], width: number): { height: number; positions: { x: number; y: number; lines: string[] }[] } {
  const positions: { x: number; y: number; lines: string[] }[] = [];
  // Text is measured generously: the reader's font may be wider than Arial.
  const measured = (text: string) => estimateTextWidth(text, FONT) * 1.15;
  const room = width - SWATCH - 6;
  let x = 0;
  let y = 0;
  let rowHeight = LINE_HEIGHT;
  for (const item of items) {
    // An item wider than the whole legend (a long label on a phone) wraps within it.
    const lines = measured(item.label) <= room ? [item.label] : wrapText(item.label, room / 1.15, FONT);
    const itemWidth = SWATCH + 6 + Math.max(...lines.map(measured)) + GAP;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      y += rowHeight;
      rowHeight = LINE_HEIGHT;
    }
    positions.push({ x, y, lines });
    rowHeight = Math.max(rowHeight, LINE_HEIGHT + (lines.length - 1) * WRAPPED_LINE_HEIGHT);
    x += itemWidth;
  }
  return { height: items.length === 0 ? 0 : y + rowHeight, positions };
}

/** A legend drawn as SVG, so it is part of every exported image, not only of the page. */
export function SvgLegend({ items, width }: { items: readonly LegendItem[]; width: number }) {
  const { height, positions } = legendLayout(items, width);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      {items.map((item, index) => {
        const { x, y, lines } = positions[index] ?? { x: 0, y: 0, lines: [item.label] };
        const middle = y + LINE_HEIGHT / 2;
        const textX = x + SWATCH + 6;
        return (
          <g key={item.label}>
            {swatch(item, x, middle)}
            <text x={textX} y={middle} dy={4} fontSize={FONT} fill={TEXT_COLOUR}>
              {lines.length === 1
                ? item.label
                : lines.map((line, lineIndex) => (
                    // A tspan's dy replaces the text's: the first line keeps the usual 4.
                    <tspan key={lineIndex} x={textX} dy={lineIndex === 0 ? 4 : WRAPPED_LINE_HEIGHT}>
                      {spacedLine(lines, lineIndex)}
                    </tspan>
                  ))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function swatch(item: LegendItem, x: number, middle: number) {
  switch (item.shape ?? 'square') {
    case 'square':
      return <rect x={x} y={middle - SWATCH / 2} width={SWATCH} height={SWATCH} fill={item.colour} />;
    case 'filled-circle':
      return <circle cx={x + SWATCH / 2} cy={middle} r={4} fill={item.colour} />;
    case 'hollow-circle':
      return <circle cx={x + SWATCH / 2} cy={middle} r={4} fill="#FFFFFF" stroke={item.colour} strokeWidth={2} />;
    case 'dashed-line':
      return <line x1={x} x2={x + SWATCH} y1={middle} y2={middle} stroke={item.colour} strokeWidth={2} strokeDasharray="4 2" />;
    case 'dotted-line':
      return <line x1={x} x2={x + SWATCH} y1={middle} y2={middle} stroke={item.colour} strokeWidth={2} strokeDasharray="2 3" />;
    case 'solid-line':
      return <line x1={x} x2={x + SWATCH} y1={middle} y2={middle} stroke={item.colour} strokeWidth={2} />;
    case 'outline-square':
      return (
        <rect
          x={x + 0.75}
          y={middle - SWATCH / 2 + 0.75}
          width={SWATCH - 1.5}
          height={SWATCH - 1.5}
          fill="#FFFFFF"
          stroke={item.colour}
          strokeWidth={1.5}
          strokeDasharray="3 1.5"
        />
      );
    case 'hatched-square': {
      // Drawn with lines rather than a pattern, so the legend needs no ids of its own.
      const top = middle - SWATCH / 2;
      return (
        <g>
          <rect x={x} y={top} width={SWATCH} height={SWATCH} fill="#FFFFFF" />
          {[3, 7.5, 12, 16.5, 21].map((offset) => (
            <line
              key={offset}
              x1={x + Math.max(0, offset - SWATCH)}
              y1={top + Math.min(SWATCH, offset)}
              x2={x + Math.min(SWATCH, offset)}
              y2={top + Math.max(0, offset - SWATCH)}
              stroke={item.colour}
              strokeWidth={1.5}
            />
          ))}
          <rect x={x + 0.75} y={top + 0.75} width={SWATCH - 1.5} height={SWATCH - 1.5} fill="none" stroke={item.colour} strokeWidth={1.5} />
        </g>
      );
    }
    case 'whisker':
      return (
        <g stroke={item.colour} strokeWidth={1.5}>
          <line x1={x} x2={x + SWATCH} y1={middle} y2={middle} />
          <line x1={x} x2={x} y1={middle - 4} y2={middle + 4} />
          <line x1={x + SWATCH} x2={x + SWATCH} y1={middle - 4} y2={middle + 4} />
        </g>
      );
    case 'diamond':
      return (
        <path
          d={`M ${x + SWATCH / 2} ${middle - 6} L ${x + SWATCH / 2 + 6} ${middle} L ${x + SWATCH / 2} ${middle + 6} L ${x + SWATCH / 2 - 6} ${middle} Z`}
          fill={item.colour}
        />
      );
  }
}
