import { Bar, BarChart, Cell as BarCell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { RankedBarsChart } from '../../domain/figure';
import type { ChartRow } from '../../domain/chart-row';
import { formatNumber } from '../../lib/format';
import { estimateTextWidth } from '../../lib/svg-text';
import type { FigureLayout, LayoutOptions } from './figure-layout';
import { labelStartAvoiding } from './label-placement';
import { COMPARATOR_COLOUR, FOCUS_COLOUR, REFERENCE_COLOUR, TEXT_COLOUR } from './palette';
import { RowTooltip } from './row-tooltip';
import { valueLabel } from './row-text';
import { niceTicks } from './scale';
import { useEscapeToDismiss } from './use-escape-to-dismiss';

const BAR_HEIGHT = 24;
const ROW_HEIGHT = BAR_HEIGHT + 6;
const MARGIN = { top: 24, bottom: 8, left: 4 };
const X_AXIS_HEIGHT = 30;
const LABEL_FONT = 12;

interface Geometry {
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

function geometry(chart: RankedBarsChart, width: number, compact: boolean): Geometry {
  const reference = chart.showReference && chart.mode === 'value' ? chart.reference?.value : undefined;
  const values = chart.rows.map((row) => barValue(chart, row) ?? 0);
  const max = Math.max(0, ...values, reference ?? 0);
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
    axisWidth: compact ? 118 : 170,
    right: compact ? 56 : 110,
    ticks,
  };
}

export function rankedBarsLayout(chart: RankedBarsChart, width: number, { compact }: LayoutOptions): FigureLayout {
  const shape = geometry(chart, width, compact);
  return { width, height: shape.height, parts: [{ key: 'bars', x: 0, y: 0, node: <RankedBars chart={chart} shape={shape} compact={compact} /> }] };
}

interface BarDatum {
  name: string;
  value: number | null;
  label: string;
  isFocus: boolean;
  row: ChartRow;
}

/**
 * Horizontal bars, starting at zero, at a fixed size. The focus area is dark blue with a bold,
 * marked label; other areas are muted grey; England and Wales is a labelled reference line that
 * value labels step around.
 */
function RankedBars({ chart, shape, compact }: { chart: RankedBarsChart; shape: Geometry; compact: boolean }) {
  const changeMode = chart.mode === 'change';
  const reference = chart.showReference && !changeMode ? chart.reference : undefined;
  const data: BarDatum[] = chart.rows.map((row) => ({
    name: `${row.isFocus ? '► ' : ''}${row.areaName}`,
    value: barValue(chart, row) ?? null,
    label: changeMode ? (row.change?.difference === undefined ? 'no figure to compare' : row.change.short) : valueLabel(row),
    isFocus: row.isFocus,
    row,
  }));
  const tooltip = useEscapeToDismiss();
  const domainMin = shape.ticks[0] ?? 0;
  const domainMax = shape.ticks.at(-1) ?? 1;
  const plotLeft = MARGIN.left + shape.axisWidth;
  const plotWidth = shape.width - plotLeft - shape.right;
  const xOf = (value: number) => plotLeft + ((value - domainMin) / (domainMax - domainMin)) * plotWidth;
  const referenceX = reference?.value === undefined ? undefined : xOf(reference.value);
  const zeroX = xOf(0);
  return (
    <BarChart
      width={shape.width}
      height={shape.height}
      data={data}
      layout="vertical"
      margin={{ ...MARGIN, right: shape.right }}
      barCategoryGap={4}
      accessibilityLayer={false}
      onMouseMove={tooltip.reset}
    >
      <XAxis
        type="number"
        domain={[domainMin, domainMax]}
        ticks={shape.ticks}
        interval={0}
        height={X_AXIS_HEIGHT}
        tick={{ fill: TEXT_COLOUR, fontSize: 12 }}
        tickFormatter={(v: number) => formatNumber(v)}
      />
      <YAxis
        type="category"
        dataKey="name"
        width={shape.axisWidth}
        interval={0}
        tick={({ x, y, payload, index }) => {
          const datum = data[index];
          return (
            <g>
              <text
                x={Number(x) - 4}
                y={Number(y)}
                dy={4}
                textAnchor="end"
                fill={TEXT_COLOUR}
                fontSize={compact ? 10.5 : 13}
                fontWeight={datum?.isFocus ? 700 : 400}
              >
                {String(payload.value)}
              </text>
              {datum?.value === null && (
                // No bar to label (recharts skips empty bars): say why at the axis, never a zero.
                <text className="bar-value-label" x={Number(x) + 6} y={Number(y)} dy={4} fill={TEXT_COLOUR} fontSize={LABEL_FONT} fontStyle="italic">
                  {datum.label}
                </text>
              )}
            </g>
          );
        }}
      />
      <Tooltip
        cursor={{ fill: 'rgb(0 0 0 / 6%)' }}
        isAnimationActive={false}
        {...(tooltip.dismissed ? { active: false } : {})}
        content={({ payload }) => <RowTooltip row={(payload[0]?.payload as BarDatum | undefined)?.row} />}
      />
      <Bar dataKey="value" isAnimationActive={false} barSize={BAR_HEIGHT}>
        {data.map((datum) => (
          <BarCell key={datum.name} fill={datum.isFocus ? FOCUS_COLOUR : COMPARATOR_COLOUR} />
        ))}
        <LabelList
          dataKey="label"
          content={({ x, y, width, height, value, index }) => {
            const datum = typeof index === 'number' ? data[index] : undefined;
            if (!datum || datum.value === null) return null;
            const text = String(value);
            const textWidth = estimateTextWidth(text, LABEL_FONT, datum.isFocus);
            // A bar going left (a fall) is labelled to the right of zero, clear of the bar.
            const barEnd = datum.value < 0 ? zeroX : Number(x) + Number(width);
            const start = labelStartAvoiding(barEnd, textWidth, referenceX);
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
          }}
        />
      </Bar>
      {changeMode && <ReferenceLine x={0} stroke={TEXT_COLOUR} strokeWidth={1} />}
      {reference?.value !== undefined && (
        <ReferenceLine
          x={reference.value}
          stroke={REFERENCE_COLOUR}
          strokeDasharray="6 4"
          strokeWidth={2}
          label={{ value: `England and Wales: ${valueLabel(reference)}`, position: 'top', fill: TEXT_COLOUR, fontSize: 12 }}
        />
      )}
    </BarChart>
  );
}
