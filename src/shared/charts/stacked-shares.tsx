import { Bar, BarChart, LabelList, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartRow } from '../../domain/chart-row';
import type { StackedSharesChart } from '../../domain/figure';
import { formatNumber } from '../../lib/format';
import { estimateTextWidth } from '../../lib/svg-text';
import type { FigureLayout, LayoutOptions } from './figure-layout';
import { FOCUS_COLOUR, PALETTE, TEXT_COLOUR } from './palette';
import { AxisName } from './axis-name';
import { nameAtAxis, namesWidth } from './category-axis';
import { valueLabel } from './row-text';
import { legendLayout, SvgLegend } from './svg-legend';
import { useEscapeToDismiss } from './use-escape-to-dismiss';

const ROW_HEIGHT = 24;
const BAR_HEIGHT = 18;
const MARGIN = { top: 4, right: 16, bottom: 4, left: 4 };
const X_AXIS_HEIGHT = 28;
const LABEL_FONT = 11;

/** Segment colours: the palette's first four, all dark enough for white text. */
export function seriesColour(index: number): string {
  return PALETTE[index % 4] ?? PALETTE[0];
}

/** "C1", "L2": what a narrow segment is labelled with. */
export function shortSeriesName(name: string): string {
  return name.replace('Category ', 'C').replace('Level ', 'L');
}

export function stackedSharesLayout(chart: StackedSharesChart, width: number, { compact }: LayoutOptions): FigureLayout {
  const legendItems = chart.series.map((name, index) => ({ label: name, colour: seriesColour(index) }));
  const legend = legendLayout(legendItems, width);
  const chartHeight = chart.areas.length * ROW_HEIGHT + MARGIN.top + MARGIN.bottom + X_AXIS_HEIGHT;
  return {
    width,
    height: legend.height + 6 + chartHeight,
    parts: [
      { key: 'legend', x: 0, y: 0, node: <SvgLegend items={legendItems} width={width} /> },
      { key: 'bars', x: 0, y: legend.height + 6, node: <StackedShares chart={chart} width={width} height={chartHeight} compact={compact} /> },
    ],
  };
}

type Datum = { name: string; isFocus: boolean; rows: ChartRow[] } & Record<string, unknown>;

/**
 * One bar per area divided into segments that add to 100%, in the same order in every bar.
 * Segments wide enough for it carry their label; every value is in the tooltip and the table.
 */
function StackedShares({ chart, width, height, compact }: { chart: StackedSharesChart; width: number; height: number; compact: boolean }) {
  const tooltip = useEscapeToDismiss();
  const data: Datum[] = chart.areas.map((area) => {
    const datum: Datum = { name: nameAtAxis(area), isFocus: area.isFocus, rows: area.segments };
    area.segments.forEach((row, index) => {
      datum[`s${index}`] = row.value ?? 0;
    });
    return datum;
  });
  const focus = data.find((datum) => datum.isFocus);
  const nameFont = compact ? 10.5 : 13;
  const axisWidth = namesWidth(
    data.map((datum) => datum.name),
    nameFont,
    width,
    compact,
  );
  const plotWidth = width - MARGIN.left - MARGIN.right - axisWidth;
  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      layout="vertical"
      margin={MARGIN}
      barCategoryGap={ROW_HEIGHT - BAR_HEIGHT}
      accessibilityLayer={false}
      onMouseMove={tooltip.reset}
    >
      <XAxis
        type="number"
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        height={X_AXIS_HEIGHT}
        tick={{ fill: TEXT_COLOUR, fontSize: 12 }}
        tickFormatter={(v: number) => `${v}%`}
      />
      <YAxis
        type="category"
        dataKey="name"
        width={axisWidth}
        interval={0}
        tick={({ x, y, payload, index }) => (
          <AxisName x={x} y={y} fontSize={nameFont} bold={data[index]?.isFocus} width={axisWidth}>
            {String(payload.value)}
          </AxisName>
        )}
      />
      {focus && <ReferenceArea y1={focus.name} y2={focus.name} fill="none" stroke={FOCUS_COLOUR} strokeWidth={2} ifOverflow="visible" />}
      <Tooltip
        cursor={{ fill: 'rgb(0 0 0 / 6%)' }}
        isAnimationActive={false}
        {...(tooltip.dismissed ? { active: false } : {})}
        content={({ payload }) => {
          const datum = payload[0]?.payload as Datum | undefined;
          return datum ? <SegmentsTooltip rows={datum.rows} /> : null;
        }}
      />
      {chart.series.map((name, index) => (
        <Bar
          key={name}
          dataKey={`s${index}`}
          name={name}
          stackId="share"
          fill={seriesColour(index)}
          stroke="#FFFFFF"
          strokeWidth={1}
          isAnimationActive={false}
          barSize={BAR_HEIGHT}
        >
          <LabelList
            dataKey={`s${index}`}
            content={({ x, y, width: segmentWidth, height: segmentHeight, index: rowIndex }) => {
              const row = typeof rowIndex === 'number' ? data[rowIndex]?.rows[index] : undefined;
              if (!row || row.value === undefined) return null;
              const text = `${shortSeriesName(name)} ${valueLabel(row, '%')}`;
              if (Number(segmentWidth) < estimateTextWidth(text, LABEL_FONT) + 6 || plotWidth <= 0) return null;
              return (
                <text x={Number(x) + 3} y={Number(y) + Number(segmentHeight) / 2} dy={4} fontSize={LABEL_FONT} fill="#FFFFFF">
                  {text}
                </text>
              );
            }}
          />
        </Bar>
      ))}
    </BarChart>
  );
}

function SegmentsTooltip({ rows }: { rows: ChartRow[] }) {
  const first = rows[0];
  if (!first) return null;
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{first.areaName}</strong> {first.year}
      </p>
      {rows.map((row) => (
        <p key={row.series}>
          {row.series}: {row.value === undefined ? valueLabel(row) : `${formatNumber(row.value)}%`} ({row.status})
          {row.basis?.count !== undefined ? `, ${formatNumber(row.basis.count)} people` : ''}
        </p>
      ))}
    </div>
  );
}
