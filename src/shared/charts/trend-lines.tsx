import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartRow } from '../../domain/chart-row';
import type { TrendLine, TrendLinesChart } from '../../domain/figure';
import { formatNumber } from '../../lib/format';
import type { FigureLayout, LayoutOptions } from './figure-layout';
import { spreadLabels } from './label-placement';
import { FOCUS_COLOUR, PALETTE, REFERENCE_COLOUR, TEXT_COLOUR } from './palette';
import { RowTooltip } from './row-tooltip';
import { valueLabel } from './row-text';
import { niceTicks } from './scale';
import { SvgLegend, type LegendItem } from './svg-legend';
import { useEscapeToDismiss } from './use-escape-to-dismiss';
import { END_LABEL_OFFSET, planEndLabels } from './end-labels';

const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'] as const;
type Marker = (typeof MARKERS)[number];
const COMPARATOR_COLOURS = PALETTE.slice(1);
const LABEL_GAP = 15;

interface LineStyle extends TrendLine {
  colour: string;
  width: number;
  dash: string | undefined;
  marker: Marker | undefined;
}

// A line near the top of the plot may pass under a break's label: a white halo keeps it readable.
const BREAK_LABEL = { fill: TEXT_COLOUR, fontSize: 11, stroke: '#FFFFFF', strokeWidth: 4, paintOrder: 'stroke' } as const;

/**
 * Areas are solid lines, each with its own colour and marker shape; England and Wales is the
 * only dashed line and has no markers, so no area can be mistaken for the reference.
 */
export function lineStyles(lines: readonly TrendLine[]): LineStyle[] {
  let comparator = 0;
  return lines.map((line) => {
    if (line.isReference) return { ...line, colour: REFERENCE_COLOUR, width: 2, dash: '6 4', marker: undefined };
    if (line.isFocus) return { ...line, colour: FOCUS_COLOUR, width: 4, dash: undefined, marker: 'circle' };
    const index = comparator++;
    return {
      ...line,
      colour: COMPARATOR_COLOURS[index % COMPARATOR_COLOURS.length] ?? REFERENCE_COLOUR,
      width: 2,
      dash: undefined,
      marker: MARKERS[(index + 1) % MARKERS.length],
    };
  });
}

function legendItems(chart: TrendLinesChart): LegendItem[] {
  const items: LegendItem[] = [{ label: 'published, imported or disputed value', colour: TEXT_COLOUR, shape: 'filled-circle' }];
  if (chart.rows.some((row) => row.status === 'illustrative'))
    items.push({ label: 'illustrative value (hollow)', colour: TEXT_COLOUR, shape: 'hollow-circle' });
  if (chart.lines.some((line) => line.isReference)) items.push({ label: 'England and Wales (dashed)', colour: REFERENCE_COLOUR, shape: 'dashed-line' });
  return items;
}

export function trendLinesLayout(chart: TrendLinesChart, width: number, options: LayoutOptions): FigureLayout {
  const items = legendItems(chart);
  const legendHeight = items.length > 0 ? Math.ceil(items.length / (options.compact ? 1 : 3)) * 20 : 0;
  const legend = { key: 'legend', x: 0, y: 0, node: <SvgLegend items={items} width={width} /> };
  const top = legendHeight + 6;
  if (chart.layout === 'panels') return panelsLayout(chart, width, options, legend, top);
  const height = options.compact ? 340 : 420;
  return {
    width,
    height: top + height,
    parts: [legend, { key: 'lines', x: 0, y: top, node: <Lines chart={chart} width={width} height={height} compact={options.compact} /> }],
  };
}

function panelsLayout(chart: TrendLinesChart, width: number, { compact }: LayoutOptions, legend: FigureLayout['parts'][number], top: number): FigureLayout {
  const areas = chart.lines.filter((line) => !line.isReference);
  const reference = chart.lines.find((line) => line.isReference);
  const columns = compact ? 1 : Math.min(3, Math.max(1, areas.length));
  const gap = 16;
  const panelWidth = Math.floor((width - gap * (columns - 1)) / columns);
  const panelHeight = 230;
  const max = Math.max(0, ...chart.rows.map((row) => row.value ?? 0));
  const styles = lineStyles(chart.lines);
  const parts = areas.map((line, index) => {
    const column = index % columns;
    const row = Math.floor(index / columns);
    const shown = styles.filter((style) => style.areaId === line.areaId || style.isReference);
    return {
      key: `panel-${line.areaId}`,
      x: column * (panelWidth + gap),
      y: top + row * (panelHeight + gap),
      node: (
        <Lines
          chart={{ ...chart, lines: reference ? [line, reference] : [line] }}
          styleOverride={shown}
          width={panelWidth}
          height={panelHeight}
          compact
          sharedMax={max}
          title={line.areaName}
        />
      ),
    };
  });
  const rows = Math.ceil(areas.length / columns);
  return { width, height: top + rows * panelHeight + (rows - 1) * gap, parts: [legend, ...parts] };
}

interface LinesProps {
  chart: TrendLinesChart;
  width: number;
  height: number;
  compact: boolean;
  /** Panels share one scale. */
  sharedMax?: number;
  styleOverride?: LineStyle[];
  title?: string;
}

/** Lines by year with gaps where a year has no figure (never a drop to zero) and end labels that never overlap. */
function Lines({ chart, width, height, compact, sharedMax, styleOverride, title }: LinesProps) {
  const tooltip = useEscapeToDismiss();
  const styles = styleOverride ?? lineStyles(chart.lines);
  const rowFor = (areaId: string, year: string) => chart.rows.find((row) => row.areaId === areaId && row.year === year);
  const points = chart.years.map((year) => {
    const point: Record<string, string | number | null> = { year };
    for (const line of chart.lines) point[line.areaId] = rowFor(line.areaId, year)?.value ?? null;
    return point;
  });
  const max = sharedMax ?? Math.max(0, ...chart.rows.filter((row) => chart.lines.some((l) => l.areaId === row.areaId)).map((row) => row.value ?? 0));
  const ticks = niceTicks(max, compact ? 4 : 5);
  const domainMax = ticks.at(-1) ?? 1;
  const inPanel = title !== undefined;
  const fontSize = compact ? 10 : 12;

  // End labels: each line's last value, spread apart so no two overlap, and never cut short.
  const ends = styles.map((style) => {
    for (let i = points.length - 1; i >= 0; i -= 1) {
      const value = points[i]?.[style.areaId];
      if (typeof value === 'number') return { style, index: i, value, row: rowFor(style.areaId, chart.years[i] ?? '') };
    }
    return undefined;
  });
  const valueText = (end: NonNullable<(typeof ends)[number]>) => (end.row ? valueLabel(end.row) : formatNumber(end.value));
  const plan = inPanel
    ? { room: 64, lines: ends.map((end) => (end ? [end.style.isReference ? `E&W ${valueText(end)}` : valueText(end)] : [])) }
    : planEndLabels(
        ends.map((end) => ({ name: end?.style.areaName ?? '', value: end ? valueText(end) : '', bold: end?.style.isFocus ?? false })),
        fontSize,
        compact ? 118 : 176,
        Math.floor(width * 0.4),
      );
  const lineHeight = fontSize + 2;
  const mostLines = Math.max(1, ...plan.lines.map((lines) => lines.length));
  const labelGap = mostLines === 1 ? LABEL_GAP : lineHeight * mostLines + 3;
  const margin = { top: inPanel ? 30 : 24, right: plan.room, bottom: 8, left: 0 };
  const xAxisHeight = compact && !inPanel ? 48 : 30;
  const plotTop = margin.top;
  const plotBottom = height - margin.bottom - xAxisHeight;
  const pixelOf = (value: number) => plotBottom - (value / domainMax) * (plotBottom - plotTop);

  const wanted = ends.map((end) => (end ? pixelOf(end.value) : 0));
  const placed = spreadLabels(wanted, labelGap, plotTop - 10, plotBottom + 4);
  const offsets = new Map(ends.flatMap((end, i) => (end ? [[end.style.areaId, (placed[i] ?? 0) - (wanted[i] ?? 0)] as const] : [])));
  return (
    <LineChart width={width} height={height} data={points} margin={margin} accessibilityLayer={false} onMouseMove={tooltip.reset}>
      {title && (
        <text x={4} y={16} fontSize={13} fontWeight={700} fill={TEXT_COLOUR}>
          {title}
        </text>
      )}
      <CartesianGrid stroke="#DDDDDD" vertical={false} />
      <XAxis
        dataKey="year"
        tick={{ fill: TEXT_COLOUR, fontSize: compact ? 10 : 12 }}
        interval={inPanel ? 'preserveStartEnd' : 0}
        angle={compact && !inPanel ? -45 : 0}
        textAnchor={compact && !inPanel ? 'end' : 'middle'}
        height={xAxisHeight}
      />
      <YAxis
        domain={[0, domainMax]}
        ticks={ticks}
        interval={0}
        tick={{ fill: TEXT_COLOUR, fontSize: 12 }}
        tickFormatter={(v: number) => formatNumber(v)}
        width={compact ? 44 : 60}
      />
      {chart.seriesBreakYear && chart.years.includes(chart.seriesBreakYear) && (
        <ReferenceLine
          x={chart.seriesBreakYear}
          stroke={TEXT_COLOUR}
          strokeDasharray="2 2"
          label={{ value: compact ? 'Series break' : 'Series break: 2021 census population', position: 'insideTopLeft', ...BREAK_LABEL }}
        />
      )}
      {chart.reportingBreakYear && chart.years.includes(chart.reportingBreakYear) && (
        // At the foot of the plot, ending at the line: the last years are at the right edge, and the
        // lines of a zero-based chart run mostly in its upper part, where the census break's label is.
        <ReferenceLine
          x={chart.reportingBreakYear}
          stroke={TEXT_COLOUR}
          strokeDasharray="6 3"
          label={{
            value: compact ? 'Regional reports' : `Regional reports from ${chart.reportingBreakYear}`,
            position: 'insideBottomRight',
            offset: 6,
            ...BREAK_LABEL,
          }}
        />
      )}
      <Tooltip
        isAnimationActive={false}
        {...(tooltip.dismissed ? { active: false } : {})}
        content={({ payload, label }) => {
          const focusLine = styles.find((style) => !style.isReference);
          const row = focusLine ? rowFor(focusLine.areaId, String(label)) : undefined;
          return payload.length > 0 ? <RowTooltip row={row} /> : null;
        }}
      />
      {styles.map((style) => (
        <Line
          key={style.areaId}
          dataKey={style.areaId}
          name={style.areaName}
          stroke={style.colour}
          strokeWidth={style.width}
          strokeDasharray={style.dash}
          connectNulls={false}
          isAnimationActive={false}
          dot={(props: { cx?: number; cy?: number; index?: number }) => (
            <PointMarker
              key={`${style.areaId}-${props.index ?? 0}`}
              style={style}
              cx={props.cx}
              cy={props.cy}
              row={rowFor(style.areaId, chart.years[props.index ?? 0] ?? '')}
            />
          )}
          activeDot={false}
          label={({ x, y, index, value }: { x?: number | string; y?: number | string; index?: number; value?: unknown }) => {
            const end = ends.find((e) => e?.style.areaId === style.areaId);
            if (!end || index !== end.index || typeof value !== 'number') return <g key={`${style.areaId}-label-${index ?? 0}`} />;
            const offset = offsets.get(style.areaId) ?? 0;
            const labelY = Number(y) + offset;
            return (
              <g key={`${style.areaId}-label`}>
                {Math.abs(offset) > 2 && <line x1={Number(x) + 3} y1={Number(y)} x2={Number(x) + 8} y2={labelY} stroke={style.colour} strokeWidth={1} />}
                <text x={Number(x) + END_LABEL_OFFSET} y={labelY} dy={4} fill={TEXT_COLOUR} fontSize={fontSize} fontWeight={style.isFocus ? 700 : 400}>
                  {labelLines(plan.lines[styles.indexOf(style)] ?? [], Number(x) + END_LABEL_OFFSET, lineHeight)}
                </text>
              </g>
            );
          }}
        />
      ))}
    </LineChart>
  );
}

/** A label's lines as tspans, the block centred on the line's end (the first line's dy replaces the text's own 4). */
function labelLines(lines: readonly string[], x: number, lineHeight: number) {
  if (lines.length <= 1) return lines[0] ?? '';
  return lines.map((line, index) => (
    <tspan key={index} x={x} dy={index === 0 ? 4 - ((lines.length - 1) * lineHeight) / 2 : lineHeight}>
      {line}
    </tspan>
  ));
}

/** A point: the line's own marker shape, hollow where the value is illustrative (as labels carry *). */
function PointMarker({ style, cx, cy, row }: { style: LineStyle; cx: number | undefined; cy: number | undefined; row: ChartRow | undefined }) {
  if (cx === undefined || cy === undefined || !style.marker || row?.value === undefined) return <g />;
  const hollow = row.status === 'illustrative';
  const fill = hollow ? '#FFFFFF' : style.colour;
  const common = { fill, stroke: style.colour, strokeWidth: hollow ? 2 : 1 };
  const r = style.isFocus ? 5 : 4.5;
  switch (style.marker) {
    case 'circle':
      return <circle cx={cx} cy={cy} r={r} {...common} />;
    case 'square':
      return <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} {...common} />;
    case 'triangle':
      return <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`} {...common} />;
    case 'diamond':
      return <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`} {...common} />;
    case 'cross':
      return (
        <path
          d={`M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx - r},${cy + r}L${cx + r},${cy - r}`}
          stroke={style.colour}
          strokeWidth={hollow ? 1.5 : 3}
          fill="none"
        />
      );
    case 'star':
      return <polygon points={starPoints(cx, cy, r + 1)} {...common} />;
  }
}

function starPoints(cx: number, cy: number, r: number): string {
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r / 2.2;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    return `${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`;
  }).join(' ');
}
