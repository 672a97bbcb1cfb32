import { useContext, useId, useMemo } from 'react';
import {
  Bar,
  BarChart,
  DefaultZIndexes,
  LabelList,
  ReferenceLine,
  useYAxisTicks,
  XAxis,
  YAxis,
  ZIndexLayer,
  type LabelProps,
  type YAxisTickContentProps,
} from 'recharts';
import type { RankedBarsChart } from '../../domain/figure';
import type { ChartRow } from '../../domain/chart-row';
import { formatNumber } from '../../lib/format';
import { estimateTextWidth } from '../../lib/svg-text';
import type { FigureLayout, LayoutOptions } from './figure-layout';
import { labelStartAvoiding } from './label-placement';
import { COMPARATOR_COLOUR, FOCUS_COLOUR, REFERENCE_COLOUR, TEXT_COLOUR } from './palette';
import { AxisName } from './axis-name';
import { nameAtAxis, namesWidth, usualNamesWidth } from './category-axis';
import { COMPARISON_STYLES, comparisonLegendItems, HatchPattern, INTERVAL_LEGEND_ITEM, legendHeightFor, patternIdFrom } from './comparison-style';
import { SvgLegend, type LegendItem } from './svg-legend';
import { LabelScaleContext, type LabelScale } from './ranked-bars-scale';
import { valueLabel } from './row-text';
import { niceTicks } from './scale';
import { useEscapeToDismiss } from './use-escape-to-dismiss';
import { useSameNumbers } from './use-same-numbers';
import { useTooltipOnPointer } from './use-tooltip-on-pointer';

const BAR_HEIGHT = 24;
const ROW_HEIGHT = BAR_HEIGHT + 6;
const MARGIN = { top: 24, bottom: 8, left: 4 };
const X_AXIS_HEIGHT = 30;
const LABEL_FONT = 12;
// Props Recharts compares by reference are module constants: a new object or function on each
// drawing makes the axis (and the reference line) register itself with the chart's store again,
// and every registration is a new store state that each of Recharts' memoised selectors caches.
const X_TICK_STYLE = { fill: TEXT_COLOUR, fontSize: 12 };
const formatTick = (value: number) => formatNumber(value);
// The tooltip's code is loaded and drawn from the reader's first pointing at the chart
// (ranked-bars-tooltip.tsx and use-tooltip-on-pointer.ts say why).
const loadTooltip = () => import('./ranked-bars-tooltip');
const ZERO_LINE = <ReferenceLine x={0} stroke={TEXT_COLOUR} strokeWidth={1} />;

export interface Geometry {
  width: number;
  height: number;
  axisWidth: number;
  right: number;
  ticks: number[];
}

/** What a bar is drawn to: the value, or in change mode the change since the year before. */
function barValue(chart: RankedBarsChart, row: ChartRow): number | undefined {
  return chart.mode === 'change' ? row.change?.difference : row.value;
}

/** Intervals are drawn only on bars of values, and only where asked. */
function drawsIntervals(chart: RankedBarsChart): boolean {
  return chart.intervals === true && chart.mode === 'value' && chart.rows.some((row) => row.interval && row.value !== undefined);
}

function colouredByComparison(chart: RankedBarsChart): boolean {
  return chart.colourBy === 'comparison' && chart.mode === 'value' && chart.rows.some((row) => row.comparison);
}

const nameFontSize = (compact: boolean) => (compact ? 10.5 : 13);

function geometry(chart: RankedBarsChart, width: number, compact: boolean): Geometry {
  const reference = chart.showReference && chart.mode === 'value' ? chart.reference?.value : undefined;
  const values = chart.rows.map((row) => barValue(chart, row) ?? 0);
  const uppers = drawsIntervals(chart) ? chart.rows.map((row) => (row.value === undefined ? 0 : (row.interval?.upper ?? 0))) : [];
  const max = Math.max(0, ...values, ...uppers, reference ?? 0);
  const min = Math.min(0, ...values);
  const positive = niceTicks(Math.max(max, -min), compact ? 3 : 4);
  // Changes go both ways: a scale symmetric about zero, with the same nice steps.
  const ticks =
    min < 0
      ? [
          ...positive
            .slice(1)
            .reverse()
            .map((tick) => -tick),
          ...positive,
        ]
      : niceTicks(max, compact ? 4 : 6);
  return {
    width,
    height: chart.rows.length * ROW_HEIGHT + MARGIN.top + MARGIN.bottom + X_AXIS_HEIGHT,
    axisWidth: namesWidth(chart.rows.map(nameAtAxis), nameFontSize(compact), width, compact),
    right: compact ? 56 : 110,
    ticks,
  };
}

/** The legend says what each fill, pattern and line means; it is drawn only when the bars need one. */
function legendItems(chart: RankedBarsChart): LegendItem[] {
  return [...(colouredByComparison(chart) ? comparisonLegendItems(chart.rows) : []), ...(drawsIntervals(chart) ? [INTERVAL_LEGEND_ITEM] : [])];
}

export function rankedBarsLayout(chart: RankedBarsChart, width: number, { compact }: LayoutOptions): FigureLayout {
  const shape = geometry(chart, width, compact);
  const items = legendItems(chart);
  const top = items.length > 0 ? legendHeightFor(items, width) + 6 : 0;
  return {
    width,
    height: top + shape.height,
    parts: [
      ...(items.length > 0 ? [{ key: 'legend', x: 0, y: 0, node: <SvgLegend items={items} width={width} /> }] : []),
      { key: 'bars', x: 0, y: top, node: <RankedBars chart={chart} shape={shape} compact={compact} /> },
    ],
  };
}

export interface BarDatum {
  name: string;
  value: number | null;
  label: string;
  isFocus: boolean;
  row: ChartRow;
  /** Distances from the value down to the lower limit and up to the upper limit, for the error bar. */
  interval: [number, number] | null;
  // How the bar is painted: Recharts lays a data entry's own SVG props over the bar's, which is
  // lighter than a <Cell> per bar.
  fill: string;
  stroke?: string | undefined;
  strokeWidth?: number;
  strokeDasharray?: string | undefined;
  className?: string;
}

/** What Recharts is given for a bar: its name, value and paint. It copies and filters every property of every entry on each redraw; the labels and the tooltip read the rest of a bar's datum from context, by index. */
type BarEntry = Pick<BarDatum, 'name' | 'value' | 'fill' | 'stroke' | 'strokeWidth' | 'strokeDasharray' | 'className'>;

function barEntry({ name, value, fill, stroke, strokeWidth, strokeDasharray, className }: BarDatum): BarEntry {
  const entry: BarEntry = { name, value, fill };
  if (stroke !== undefined) entry.stroke = stroke;
  if (strokeWidth !== undefined) entry.strokeWidth = strokeWidth;
  if (strokeDasharray !== undefined) entry.strokeDasharray = strokeDasharray;
  if (className !== undefined) entry.className = className;
  return entry;
}

/**
 * Horizontal bars, starting at zero, at a fixed size. The focus area is dark blue with a bold,
 * marked label; other areas are muted grey; England and Wales is a labelled reference line that
 * value labels step around. Where asked, each bar carries its 95% interval as a line with end
 * ticks (white-edged, so it shows on dark and light bars alike), and the bars' fill and pattern
 * can show the comparison with England and Wales instead of the focus area.
 */
function RankedBars({ chart, shape, compact }: { chart: RankedBarsChart; shape: Geometry; compact: boolean }) {
  const changeMode = chart.mode === 'change';
  const reference = chart.showReference && !changeMode ? chart.reference : undefined;
  const withIntervals = drawsIntervals(chart);
  const byComparison = colouredByComparison(chart);
  const patternId = patternIdFrom(useId());
  const data: BarDatum[] = chart.rows.map((row) => ({
    name: nameAtAxis(row),
    value: barValue(chart, row) ?? null,
    label: changeMode ? (row.change?.difference === undefined ? 'no figure to compare' : row.change.short) : valueLabel(row),
    isFocus: row.isFocus,
    row,
    interval: withIntervals && row.interval && row.value !== undefined ? [row.value - row.interval.lower, row.interval.upper - row.value] : null,
    ...barPaint(row, byComparison, patternId),
  }));
  const tooltip = useEscapeToDismiss();
  const pointer = useTooltipOnPointer(loadTooltip);
  const Tooltip = pointer.module?.RankedBarsTooltip;
  const domainMin = shape.ticks[0] ?? 0;
  const domainMax = shape.ticks.at(-1) ?? 1;
  const plotLeft = MARGIN.left + shape.axisWidth;
  const plotWidth = shape.width - plotLeft - shape.right;
  const xOf = (value: number) => plotLeft + ((value - domainMin) / (domainMax - domainMin)) * plotWidth;
  const referenceX = reference?.value === undefined ? undefined : xOf(reference.value);
  const zeroX = xOf(0);
  const labelScale: LabelScale = { data, xOf, zeroX, referenceX, compact, axisWidth: shape.axisWidth };
  const xTicks = useSameNumbers(shape.ticks);
  const referenceValue = reference?.value;
  const referenceLabel = reference ? `England and Wales: ${valueLabel(reference)}` : '';
  const referenceLine = useMemo(
    () =>
      referenceValue === undefined ? null : (
        <ReferenceLine
          x={referenceValue}
          stroke={REFERENCE_COLOUR}
          strokeDasharray="6 4"
          strokeWidth={2}
          label={{ value: referenceLabel, position: 'top', fill: TEXT_COLOUR, fontSize: 12 }}
        />
      ),
    [referenceValue, referenceLabel],
  );
  const drawing = rankedBarsDrawingKey(data, shape, {
    compact,
    changeMode,
    reference: reference ? [reference.value, valueLabel(reference)] : undefined,
    withIntervals,
    byComparison,
    patternId,
    tooltipDismissed: tooltip.dismissed,
  });
  // Recharts redraws every bar, tick and label whenever its element is new. A chart whose drawn
  // figures are unchanged (the year before arriving adds changes, which only the tooltip and the
  // table show) keeps the element: the value labels and the tooltip read the current rows from
  // context, so they alone update.
  const bars = useMemo(
    () => (
      <BarChart
        width={shape.width}
        height={shape.height}
        data={data.map(barEntry)}
        layout="vertical"
        margin={{ ...MARGIN, right: shape.right }}
        barCategoryGap={4}
        accessibilityLayer={false}
        onMouseMove={tooltip.reset}
      >
        {byComparison && (
          <defs>
            <HatchPattern id={patternId} />
          </defs>
        )}
        <XAxis
          type="number"
          domain={[domainMin, domainMax]}
          ticks={xTicks}
          interval={0}
          height={X_AXIS_HEIGHT}
          tick={X_TICK_STYLE}
          tickFormatter={formatTick}
        />
        <YAxis type="category" dataKey="name" width={shape.axisWidth} interval={0} tick={renderCategoryTick} />
        {Tooltip && <Tooltip dismissed={tooltip.dismissed} />}
        <Bar dataKey="value" isAnimationActive={false} barSize={BAR_HEIGHT}>
          <LabelList dataKey="value" content={BarValueLabel} />
        </Bar>
        {changeMode && ZERO_LINE}
        {referenceLine}
        {/* After the England and Wales line, in its layer: drawn over it. */}
        {withIntervals && <BarIntervals />}
      </BarChart>
    ),
    // `drawing` names everything the element draws; the closures inside it read nothing else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [drawing, Tooltip],
  );
  return (
    <LabelScaleContext.Provider value={labelScale}>
      <div onPointerEnter={pointer.onPointer} onPointerMove={Tooltip ? undefined : pointer.onPointer}>
        {bars}
      </div>
    </LabelScaleContext.Provider>
  );
}

/** The focus bar's outline where the fill shows the comparison: thick and dark, as on the map, so the focus is never told by colour alone. */
export const FOCUS_BAR_OUTLINE = 4;

export function barPaint(
  row: ChartRow,
  byComparison: boolean,
  patternId: string,
): Pick<BarDatum, 'fill' | 'stroke' | 'strokeWidth' | 'strokeDasharray' | 'className'> {
  if (!byComparison) return { fill: row.isFocus ? FOCUS_COLOUR : COMPARATOR_COLOUR };
  const result = row.comparison?.result ?? 'not compared';
  const style = COMPARISON_STYLES[result];
  return {
    className: `bar-comparison-${result.replace(' ', '-')}${row.isFocus ? ' bar-focus' : ''}`,
    fill: style.pattern ? `url(#${patternId})` : style.fill,
    stroke: row.isFocus ? TEXT_COLOUR : style.stroke,
    strokeWidth: row.isFocus ? FOCUS_BAR_OUTLINE : style.stroke ? 1.5 : 0,
    strokeDasharray: style.dash,
  };
}

/**
 * An area's name at the category axis; where Recharts draws no bar (no figure, or a zero), the
 * label the bar would have carries the figure or says why there is none.
 */
function CategoryTick({ x, y, payload, index }: YAxisTickContentProps) {
  const scale = useContext(LabelScaleContext);
  const datum = scale?.data[index];
  return (
    <g>
      <AxisName x={x} y={y} fontSize={nameFontSize(scale?.compact ?? false)} bold={datum?.isFocus} width={scale?.axisWidth ?? usualNamesWidth(false)}>
        {String(payload.value)}
      </AxisName>
      {datum?.value === null && (
        // No bar to label (recharts skips empty bars): say why at the axis, never a zero.
        <text className="bar-value-label" x={Number(x) + 6} y={Number(y)} dy={4} fill={TEXT_COLOUR} fontSize={LABEL_FONT} fontStyle="italic">
          {datum.label}
        </text>
      )}
      {scale && datum?.value === 0 && (
        // Recharts drops a bar of zero width and its label with it: a zero (or no change) is
        // still a figure, so its label is drawn here, at zero, where the bar's would be.
        <text
          className="bar-value-label"
          x={labelStartAvoiding(scale.zeroX, estimateTextWidth(datum.label, LABEL_FONT, datum.isFocus), scale.referenceX)}
          y={Number(y)}
          dy={4}
          fill={TEXT_COLOUR}
          fontSize={LABEL_FONT}
          fontWeight={datum.isFocus ? 700 : 400}
        >
          {datum.label}
        </text>
      )}
    </g>
  );
}

const renderCategoryTick = (props: YAxisTickContentProps) => <CategoryTick {...props} />;

function BarValueLabel({ x, y, width, height, index }: LabelProps) {
  const scale = useContext(LabelScaleContext);
  const datum = typeof index === 'number' ? scale?.data[index] : undefined;
  if (!scale || !datum || datum.value === null) return null;
  const text = datum.label;
  const textWidth = estimateTextWidth(text, LABEL_FONT, datum.isFocus);
  // A bar going left (a fall) is labelled to the right of zero, clear of the bar; a label
  // clears the interval's upper end too.
  const upper = datum.interval ? scale.xOf(datum.value + datum.interval[1]) + 3 : 0;
  const barEnd = Math.max(datum.value < 0 ? scale.zeroX : Number(x) + Number(width), upper);
  const start = labelStartAvoiding(barEnd, textWidth, scale.referenceX);
  return (
    <text
      className="bar-value-label"
      x={start}
      y={Number(y) + Number(height) / 2}
      dy={4}
      fill={TEXT_COLOUR}
      fontSize={LABEL_FONT}
      fontWeight={datum.isFocus ? 700 : 400}
    >
      {text}
    </text>
  );
}

/**
 * Every bar's 95% interval: a line with end ticks, white-edged so it shows on dark and light bars
 * alike, above the bars and the England and Wales line, below the labels: in the layer of lines
 * (where Recharts draws its error bars), one of the layers every chart has. A layer of our own
 * would be added after the first drawing, too late for an export, which draws once. All bars'
 * intervals are two paths, not marks per bar: Recharts redraws every bar's marks on each change of
 * the chart. Drawn here rather than with Recharts' ErrorBar, which costs about 2.5 kB gzip before
 * the first chart. A category tick is at the middle of its bar.
 */
function BarIntervals() {
  const scale = useContext(LabelScaleContext);
  const ticks = useYAxisTicks();
  const path = scale && ticks ? intervalsPath(scale.data, scale.xOf, ticks) : '';
  if (path === '') return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
      <g className="bar-interval">
        <path d={path} stroke="#FFFFFF" strokeWidth={4} fill="none" />
        <path d={path} stroke={TEXT_COLOUR} strokeWidth={1.5} fill="none" />
      </g>
    </ZIndexLayer>
  );
}

/** The SVG path of the bars' intervals: for each bar with one, a line from its lower to its upper limit at `middle`, with end ticks 6 px tall. */
export function intervalsPath(
  data: readonly Pick<BarDatum, 'value' | 'interval'>[],
  xOf: (value: number) => number,
  middles: readonly { index: number; coordinate: number }[],
): string {
  let path = '';
  for (const { index, coordinate: middle } of middles) {
    const datum = data[index];
    if (!datum?.interval || datum.value === null) continue;
    const low = xOf(datum.value - datum.interval[0]);
    const high = xOf(datum.value + datum.interval[1]);
    path += `M${low},${middle}H${high}M${low},${middle - 3}V${middle + 3}M${high},${middle - 3}V${middle + 3}`;
  }
  return path;
}

/**
 * Everything a drawing of the ranked bars depends on, as one string: two renders with the same key
 * draw the same picture, whatever else their rows carry.
 */
export function rankedBarsDrawingKey(
  data: readonly BarDatum[],
  shape: Geometry,
  options: {
    compact: boolean;
    changeMode: boolean;
    reference: [number | undefined, string] | undefined;
    withIntervals: boolean;
    byComparison: boolean;
    patternId: string;
    tooltipDismissed: boolean;
  },
): string {
  const bars = data.map((datum) => [
    datum.name,
    datum.value,
    datum.label,
    datum.isFocus,
    datum.interval,
    datum.fill,
    datum.stroke,
    datum.strokeWidth,
    datum.strokeDasharray,
    datum.className,
  ]);
  return JSON.stringify([shape, options, bars]);
}
