import type { RowComparison } from '../../domain/chart-row';
import type { SpineChart, SpineLine } from '../../domain/figure';
import { spinePosition } from '../../domain/statistics/spine';
import { valueMark } from '../../domain/trust';
import { formatNumber } from '../../lib/format';
import { spacedLine, wrapText } from '../../lib/svg-text';
import type { FigureLayout, LayoutOptions } from './figure-layout';
import { FOCUS_COLOUR, REFERENCE_COLOUR, TEXT_COLOUR } from './palette';
import { valueLabel } from './row-text';
import { legendHeightFor } from './comparison-style';
import { SvgLegend, type LegendItem } from './svg-legend';

const FONT = 12.5;
const LINE_HEIGHT = 15;
const HEADER_HEIGHT = 38;
const BAR_HEIGHT = 12;
const OUTER_FILL = '#D9DADB';
const MIDDLE_FILL = '#8A9196';
const EDGE = '#505A5F';

type Result = RowComparison['result'];

/** Shape and word for each comparison: never colour alone (all markers are the same colour). */
const RESULT_TEXT: Record<Result, string> = { higher: 'Higher', similar: 'Similar', lower: 'Lower', 'not compared': 'Not compared' };

interface Column {
  key: 'measure' | 'period' | 'count' | 'value' | 'national' | 'lowest' | 'spine' | 'highest' | 'comparison';
  heading: string[];
  width: number;
  align: 'start' | 'end' | 'middle';
}

function columnsFor(width: number, compact: boolean): Column[] {
  if (compact) {
    const fixed: Column[] = [
      { key: 'value', heading: ['Value'], width: 64, align: 'end' },
      { key: 'national', heading: ['England', 'and Wales'], width: 70, align: 'end' },
      { key: 'spine', heading: ['Spread of', 'the areas'], width: 0, align: 'middle' },
      { key: 'comparison', heading: ['Compared', 'with E&W'], width: 78, align: 'start' },
    ];
    const used = fixed.reduce((sum, column) => sum + column.width, 0);
    return fixed.map((column) => (column.key === 'spine' ? { ...column, width: Math.max(80, width - used - 24) } : column));
  }
  const fixed: Column[] = [
    { key: 'measure', heading: ['Measure'], width: 0, align: 'start' },
    { key: 'period', heading: ['Period'], width: 92, align: 'start' },
    { key: 'count', heading: ['Local', 'count'], width: 62, align: 'end' },
    { key: 'value', heading: ['Local', 'value'], width: 66, align: 'end' },
    { key: 'national', heading: ['England', 'and Wales'], width: 74, align: 'end' },
    { key: 'lowest', heading: ['Lowest'], width: 60, align: 'end' },
    { key: 'spine', heading: ['Spread of the areas'], width: 0, align: 'middle' },
    { key: 'highest', heading: ['Highest'], width: 60, align: 'start' },
    { key: 'comparison', heading: ['Compared', 'with E&W'], width: 86, align: 'start' },
  ];
  const used = fixed.reduce((sum, column) => sum + column.width, 0);
  const free = Math.max(300, width - used - 16);
  // The measure names need about 40% of what is left; the spine takes the rest.
  const measure = Math.max(150, Math.round(free * 0.42));
  return fixed.map((column) =>
    column.key === 'measure' ? { ...column, width: measure } : column.key === 'spine' ? { ...column, width: Math.max(140, free - measure) } : column,
  );
}

function legendItems(chart: SpineChart): LegendItem[] {
  const items: LegendItem[] = [
    { label: 'all areas, lowest to highest', colour: OUTER_FILL, shape: 'square' },
    { label: 'middle half (25th to 75th percentile)', colour: MIDDLE_FILL, shape: 'square' },
    { label: 'England and Wales', colour: REFERENCE_COLOUR, shape: 'solid-line' },
    { label: `${chart.areaName}: ▲ higher, ● similar, ▼ lower than England and Wales`, colour: FOCUS_COLOUR, shape: 'filled-circle' },
  ];
  if (chart.lines.some((line) => line.row.status === 'illustrative'))
    items.push({ label: 'illustrative (hollow marker, value marked *)', colour: FOCUS_COLOUR, shape: 'hollow-circle' });
  return items;
}

interface RowShape {
  line: SpineLine;
  y: number;
  height: number;
  labelLines: string[];
}

function rowShapes(chart: SpineChart, columns: readonly Column[], width: number, compact: boolean): { rows: RowShape[]; height: number } {
  const measureWidth = columns.find((column) => column.key === 'measure')?.width ?? 0;
  let y = HEADER_HEIGHT;
  const rows = chart.lines.map((line) => {
    // Compact: the measure and period take lines of their own above the figures, wrapped to the width.
    const labelLines = compact ? wrapText(`${line.measureLabel} (${line.period})`, width - 4, FONT, true) : wrapText(line.measureLabel, measureWidth - 8, FONT);
    const height = compact ? (labelLines.length + 1) * LINE_HEIGHT + 16 : Math.max(32, labelLines.length * LINE_HEIGHT + 12);
    const shape = { line, y, height, labelLines };
    y += height;
    return shape;
  });
  return { rows, height: y + 4 };
}

export function spineLayout(chart: SpineChart, width: number, { compact }: LayoutOptions): FigureLayout {
  const items = legendItems(chart);
  const top = legendHeightFor(items, width) + 8;
  const columns = columnsFor(width, compact);
  const { rows, height } = rowShapes(chart, columns, width, compact);
  return {
    width,
    height: top + height,
    parts: [
      { key: 'legend', x: 0, y: 0, node: <SvgLegend items={items} width={width} /> },
      { key: 'spine', x: 0, y: top, node: <Spine columns={columns} rows={rows} width={width} height={height} compact={compact} /> },
    ],
  };
}

function Marker({ x, y, result, hollow }: { x: number; y: number; result: Result; hollow: boolean }) {
  const fill = hollow ? '#FFFFFF' : FOCUS_COLOUR;
  const common = { fill, stroke: FOCUS_COLOUR, strokeWidth: 2, className: `spine-marker spine-${result.replace(' ', '-')}` };
  switch (result) {
    case 'higher':
      return <path d={`M ${x} ${y - 8} L ${x + 7.5} ${y + 5} L ${x - 7.5} ${y + 5} Z`} {...common} />;
    case 'lower':
      return <path d={`M ${x} ${y + 8} L ${x + 7.5} ${y - 5} L ${x - 7.5} ${y - 5} Z`} {...common} />;
    case 'similar':
      return <circle cx={x} cy={y} r={6} {...common} />;
    case 'not compared':
      return <rect x={x - 5} y={y - 5} width={10} height={10} {...common} fill="#FFFFFF" />;
  }
}

/** "4,321", "4,321*" (illustrative): a count with the mark its own status needs. */
function countLabel(line: SpineLine): string {
  const basis = line.row.basis;
  if (!basis || basis.count === undefined) return '–';
  return `${formatNumber(basis.count)}${valueMark(basis.countStatus)}`;
}

function spreadLabel(line: SpineLine, which: 'lowest' | 'highest'): string {
  if (!line.spread) return '–';
  return `${formatNumber(Math.round(line.spread[which] * 10) / 10)}${line.spread.trust === 'illustrative' ? '*' : ''}`;
}

/**
 * A table drawn as SVG, one row per measure, so it exports like any chart: the figures in
 * columns and, in the middle, the spine: the areas' range with its middle half darker, England and
 * Wales as a black line, and the focus area as a marker whose shape says how it compares.
 */
function Spine({ columns, rows, width, height, compact }: { columns: Column[]; rows: RowShape[]; width: number; height: number; compact: boolean }) {
  const starts: number[] = [];
  let x = 0;
  for (const column of columns) {
    starts.push(x);
    x += column.width + 4;
  }
  const columnX = (key: Column['key']) => {
    const index = columns.findIndex((column) => column.key === key);
    const column = columns[index];
    const start = starts[index] ?? 0;
    if (!column) return { start, end: start, anchor: start, align: 'start' as const };
    return {
      start,
      end: start + column.width,
      anchor: column.align === 'end' ? start + column.width : column.align === 'middle' ? start + column.width / 2 : start,
      align: column.align,
    };
  };
  const text = (key: Column['key'], y: number, content: string, bold = false) => {
    const place = columnX(key);
    return (
      <text x={place.anchor} y={y} textAnchor={place.align} fontSize={FONT} fontWeight={bold ? 700 : 400} fill={TEXT_COLOUR}>
        {content}
      </text>
    );
  };
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="spine-chart">
      <g className="spine-header">
        {columns.map((column, index) => (
          <text
            key={column.key}
            x={
              column.align === 'end'
                ? (starts[index] ?? 0) + column.width
                : column.align === 'middle'
                  ? (starts[index] ?? 0) + column.width / 2
                  : (starts[index] ?? 0)
            }
            y={HEADER_HEIGHT - 8 - (column.heading.length - 1) * 14}
            textAnchor={column.align}
            fontSize={12}
            fontWeight={700}
            fill={TEXT_COLOUR}
          >
            {column.heading.map((part, line) => (
              <tspan
                key={part}
                x={
                  column.align === 'end'
                    ? (starts[index] ?? 0) + column.width
                    : column.align === 'middle'
                      ? (starts[index] ?? 0) + column.width / 2
                      : (starts[index] ?? 0)
                }
                dy={line === 0 ? 0 : 14}
              >
                {part}
              </tspan>
            ))}
          </text>
        ))}
        <line x1={0} x2={width} y1={HEADER_HEIGHT - 2} y2={HEADER_HEIGHT - 2} stroke={TEXT_COLOUR} strokeWidth={1} />
      </g>
      {rows.map(({ line, y, height: rowHeight, labelLines }) => {
        const middle = compact ? y + labelLines.length * LINE_HEIGHT + 14 : y + rowHeight / 2;
        const baseline = middle + 4;
        const spine = columnX('spine');
        const inner = { start: spine.start + 8, end: spine.end - 8 };
        const at = (value: number) => (line.spread ? inner.start + spinePosition(value, line.spread) * (inner.end - inner.start) : inner.start);
        const result = line.row.comparison?.result ?? 'not compared';
        return (
          <g key={line.row.measureId} className="spine-row" data-measure={line.row.measureId}>
            {compact ? (
              <text x={0} y={y + LINE_HEIGHT} fontSize={FONT} fontWeight={700} fill={TEXT_COLOUR}>
                {labelLines.map((part, index) => (
                  <tspan key={part} x={0} dy={index === 0 ? 0 : LINE_HEIGHT}>
                    {spacedLine(labelLines, index)}
                  </tspan>
                ))}
              </text>
            ) : (
              <text x={0} y={y + 6 + LINE_HEIGHT - 3} fontSize={FONT} fill={TEXT_COLOUR}>
                {labelLines.map((part, index) => (
                  <tspan key={part} x={0} dy={index === 0 ? 0 : LINE_HEIGHT}>
                    {part}
                  </tspan>
                ))}
              </text>
            )}
            {!compact && text('period', baseline, line.period)}
            {!compact && text('count', baseline, countLabel(line))}
            {text('value', baseline, valueLabel(line.row), true)}
            {text('national', baseline, line.national ? valueLabel(line.national) : '–')}
            {!compact && text('lowest', baseline, spreadLabel(line, 'lowest'))}
            {line.spread ? (
              <g className="spine-bar">
                <rect
                  x={inner.start}
                  y={middle - BAR_HEIGHT / 2}
                  width={inner.end - inner.start}
                  height={BAR_HEIGHT}
                  fill={OUTER_FILL}
                  stroke={EDGE}
                  strokeWidth={1}
                />
                <rect
                  x={at(line.spread.q25)}
                  y={middle - BAR_HEIGHT / 2}
                  width={Math.max(1, at(line.spread.q75) - at(line.spread.q25))}
                  height={BAR_HEIGHT}
                  fill={MIDDLE_FILL}
                />
                {line.national?.value !== undefined && (
                  <line
                    x1={at(line.national.value)}
                    x2={at(line.national.value)}
                    y1={middle - BAR_HEIGHT}
                    y2={middle + BAR_HEIGHT}
                    stroke={REFERENCE_COLOUR}
                    strokeWidth={2.5}
                  />
                )}
                {line.row.value !== undefined && <Marker x={at(line.row.value)} y={middle} result={result} hollow={line.row.status === 'illustrative'} />}
              </g>
            ) : (
              text('spine', baseline, 'too few areas with a figure')
            )}
            {!compact && text('highest', baseline, spreadLabel(line, 'highest'))}
            {text('comparison', baseline, `${RESULT_TEXT[result]}${line.row.comparison?.trust === 'illustrative' ? '*' : ''}`)}
            <line x1={0} x2={width} y1={y + rowHeight} y2={y + rowHeight} stroke="#B1B4B6" strokeWidth={0.75} />
          </g>
        );
      })}
    </svg>
  );
}
