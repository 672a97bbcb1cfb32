import { ComposedChart, Line, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { FunnelChart, FunnelPoint } from '../../domain/figure';
import { formatNumber } from '../../lib/format';
import { estimateTextWidth } from '../../lib/svg-text';
import type { FigureLayout, LayoutOptions } from './figure-layout';
import { placePointLabels, type LabelBox } from './label-placement';
import { COMPARATOR_COLOUR, FOCUS_COLOUR, REFERENCE_COLOUR, TEXT_COLOUR } from './palette';
import { RowTooltip } from './row-tooltip';
import { valueLabel } from './row-text';
import { niceTicks } from './scale';
import { legendHeightFor } from './comparison-style';
import { SvgLegend, type LegendItem } from './svg-legend';
import { useEscapeToDismiss } from './use-escape-to-dismiss';

const LABEL_FONT = 11.5;
const LABEL_HEIGHT = 14;
const X_AXIS_HEIGHT = 46;
const Y_AXIS_WIDTH = 64;
const LIMIT_COLOUR = '#505a5f';

interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  xTicks: number[];
  yTicks: number[];
  /** Denominators spread over a wide range (London's population is many times Dyfed-Powys's) are drawn on a log scale. */
  logX: boolean;
}

/** Denominators spanning more than this ratio go on a log scale, so the small areas are not crowded into a corner. */
const LOG_SCALE_RATIO = 4;

/** 1, 2 and 5 times powers of ten from below min to above max: ticks for a log scale. */
export function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  const low = Math.floor(Math.log10(min));
  for (let power = low; power <= Math.ceil(Math.log10(max)) + 1; power += 1) {
    for (const step of [1, 2, 5]) ticks.push(step * 10 ** power);
  }
  const below = ticks.filter((tick) => tick <= min).at(-1) ?? ticks[0] ?? min;
  const above = ticks.find((tick) => tick >= max) ?? max;
  return ticks.filter((tick) => tick >= below && tick <= above);
}

function legendItems(chart: FunnelChart): LegendItem[] {
  const items: LegendItem[] = [];
  if (chart.benchmark) items.push({ label: 'England and Wales', colour: REFERENCE_COLOUR, shape: 'solid-line' });
  if (chart.limits.length > 0) {
    const which = chart.limitsMethod === 'overdispersed' ? ' allowing for overdispersion' : '';
    items.push({ label: `95% limits${which}`, colour: LIMIT_COLOUR, shape: 'dashed-line' });
    items.push({ label: `99.8% limits${which}`, colour: LIMIT_COLOUR, shape: 'dotted-line' });
  }
  const focus = chart.points.find((point) => point.row.isFocus);
  if (focus) items.push({ label: focus.row.areaName, colour: FOCUS_COLOUR, shape: 'diamond' });
  items.push({ label: 'published, imported or disputed', colour: COMPARATOR_COLOUR, shape: 'filled-circle' });
  if (chart.points.some((point) => point.row.status === 'illustrative'))
    items.push({ label: 'illustrative (hollow)', colour: TEXT_COLOUR, shape: 'hollow-circle' });
  return items;
}

/** "2.5m", "750k", "5,486": populations get short ticks; small wholes are written out. */
export function denominatorTick(value: number): string {
  if (value >= 1_000_000) return `${formatNumber(Math.round(value / 100_000) / 10)}m`;
  if (value >= 10_000) return `${formatNumber(Math.round(value / 1000))}k`;
  return formatNumber(value);
}

/** Ticks from a nice value at or below min to one at or above max. */
function rangeTicks(min: number, max: number, target: number): number[] {
  const span = Math.max(max - min, Math.abs(max) * 0.01, 1e-9);
  const step = (niceTicks(span, target)[1] ?? span) || span;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let tick = start; tick < max + step - 1e-9; tick += step) ticks.push(Math.round(tick * 1e6) / 1e6);
  return ticks;
}

function frame(chart: FunnelChart, width: number, compact: boolean): Frame {
  const denominators = chart.points.map((point) => point.denominator);
  const xs = [...denominators, ...chart.limits.map((limit) => limit.denominator)];
  const smallest = Math.max(1, Math.min(...xs, Infinity));
  const largest = Math.max(...xs, 1);
  const logX = largest / smallest > LOG_SCALE_RATIO;
  const xTicks = logX ? logTicks(smallest, largest) : rangeTicks(Math.max(0, smallest * 0.95), largest, compact ? 3 : 6);
  const first = xTicks[0] ?? 0;
  const last = xTicks.at(-1) ?? 1;
  // The y scale covers every point, England and Wales and the limits within the drawn range.
  const inRange = chart.limits.filter((limit) => limit.denominator >= first && limit.denominator <= last);
  const ys = [
    ...chart.points.map((point) => point.row.value ?? 0),
    ...(chart.benchmark?.value === undefined ? [] : [chart.benchmark.value]),
    ...inRange.flatMap((limit) => [limit.lower998, limit.upper998]),
  ];
  const low = Math.min(...ys);
  const high = Math.max(...ys);
  const yTicks = rangeTicks(Math.max(0, low - (high - low) * 0.05), high + (high - low) * 0.05, compact ? 5 : 7);
  return {
    width,
    height: compact ? 380 : 460,
    margin: { top: 12, right: compact ? 12 : 24, bottom: 4, left: 4 },
    xTicks,
    yTicks,
    logX,
  };
}

export function funnelLayout(chart: FunnelChart, width: number, { compact }: LayoutOptions): FigureLayout {
  const items = legendItems(chart);
  const top = legendHeightFor(items, width) + 6;
  const shape = frame(chart, width, compact);
  return {
    width,
    height: top + shape.height,
    parts: [
      { key: 'legend', x: 0, y: 0, node: <SvgLegend items={items} width={width} /> },
      { key: 'funnel', x: 0, y: top, node: <Funnel chart={chart} shape={shape} compact={compact} /> },
    ],
  };
}

interface PointDatum {
  denominator: number;
  y: number;
  point: FunnelPoint;
}

/** A point's marker: the focus area a large dark diamond, others grey circles, illustrative ones hollow. */
function Marker({ cx, cy, point }: { cx: number; cy: number; point: FunnelPoint }) {
  // Only some points have room for a label: every point names itself in its title (the SVG's tooltip and text).
  return (
    <g>
      <title>{`${point.row.areaName}: ${valueLabel(point.row)} (${point.row.status})`}</title>
      <MarkerShape cx={cx} cy={cy} point={point} />
    </g>
  );
}

function MarkerShape({ cx, cy, point }: { cx: number; cy: number; point: FunnelPoint }) {
  const hollow = point.row.status === 'illustrative';
  if (point.row.isFocus) {
    const r = 8;
    return (
      <path
        className="funnel-point funnel-focus"
        d={`M ${cx} ${cy - r} L ${cx + r} ${cy} L ${cx} ${cy + r} L ${cx - r} ${cy} Z`}
        fill={hollow ? '#FFFFFF' : FOCUS_COLOUR}
        stroke={FOCUS_COLOUR}
        strokeWidth={2.5}
      />
    );
  }
  return (
    <circle
      className="funnel-point"
      cx={cx}
      cy={cy}
      r={4.5}
      fill={hollow ? '#FFFFFF' : COMPARATOR_COLOUR}
      stroke={hollow ? TEXT_COLOUR : COMPARATOR_COLOUR}
      strokeWidth={1.5}
    />
  );
}

/**
 * Rate or share against its denominator: England and Wales as a solid line, the 95% limits dashed
 * and the 99.8% limits dotted either side, each area a point. The focus area and areas outside the
 * 95% limits are named beside their points wherever a label fits without covering another.
 */
function Funnel({ chart, shape, compact }: { chart: FunnelChart; shape: Frame; compact: boolean }) {
  const tooltip = useEscapeToDismiss();
  const { width, height, margin, xTicks, yTicks, logX } = shape;
  const xMin = xTicks[0] ?? 0;
  const xMax = xTicks.at(-1) ?? 1;
  const yMin = yTicks[0] ?? 0;
  const yMax = yTicks.at(-1) ?? 1;
  const plot: LabelBox = {
    x: margin.left + Y_AXIS_WIDTH,
    y: margin.top,
    width: width - margin.left - Y_AXIS_WIDTH - margin.right,
    height: height - margin.top - margin.bottom - X_AXIS_HEIGHT,
  };
  const xOf = logX
    ? (value: number) => plot.x + (Math.log(value / xMin) / Math.log(xMax / xMin)) * plot.width
    : (value: number) => plot.x + ((value - xMin) / (xMax - xMin)) * plot.width;
  const yOf = (value: number) => plot.y + ((yMax - value) / (yMax - yMin)) * plot.height;
  const data: PointDatum[] = chart.points.flatMap((point) =>
    point.row.value === undefined ? [] : [{ denominator: point.denominator, y: point.row.value, point }],
  );
  // The focus area first, then those furthest outside the limits: the labels most worth a place.
  const priority = (point: FunnelPoint) => (point.row.isFocus ? 0 : point.position?.endsWith('99.8%') ? 1 : 2);
  const labelled = data.filter((datum) => datum.point.row.isFocus || (datum.point.position !== undefined && datum.point.position !== 'within'));
  labelled.sort((a, b) => priority(a.point) - priority(b.point) || a.point.row.areaName.localeCompare(b.point.row.areaName));
  const texts = labelled.map((datum) => (datum.point.row.isFocus ? `${datum.point.row.areaName} ${valueLabel(datum.point.row)}` : datum.point.row.areaName));
  const markers = data.map((datum) => ({ x: xOf(datum.denominator) - 5, y: yOf(datum.y) - 5, width: 10, height: 10 }));
  const placed = placePointLabels(
    labelled.map((datum, index) => ({
      x: xOf(datum.denominator),
      y: yOf(datum.y),
      width: estimateTextWidth(texts[index] ?? '', LABEL_FONT, datum.point.row.isFocus) + 2,
      height: LABEL_HEIGHT,
    })),
    plot,
    markers,
    compact ? 5 : 7,
  );
  const limitLine = (key: 'lower998' | 'lower95' | 'upper95' | 'upper998') => (
    <Line
      key={key}
      data={chart.limits}
      dataKey={key}
      type="monotone"
      stroke={LIMIT_COLOUR}
      strokeWidth={1.5}
      strokeDasharray={key.endsWith('998') ? '2 3' : '7 4'}
      dot={false}
      activeDot={false}
      isAnimationActive={false}
      tooltipType="none"
      legendType="none"
    />
  );
  return (
    <ComposedChart width={width} height={height} margin={margin} accessibilityLayer={false} onMouseMove={tooltip.reset}>
      <XAxis
        type="number"
        dataKey="denominator"
        scale={logX ? 'log' : 'linear'}
        domain={[xMin, xMax]}
        ticks={xTicks}
        interval={0}
        allowDataOverflow
        height={X_AXIS_HEIGHT}
        tick={{ fill: TEXT_COLOUR, fontSize: 12 }}
        tickFormatter={(value: number) => denominatorTick(value)}
        label={{ value: `${chart.xLabel}${logX ? ', log scale' : ''}`, position: 'insideBottom', fill: TEXT_COLOUR, fontSize: 12 }}
      />
      <YAxis
        type="number"
        domain={[yMin, yMax]}
        ticks={yTicks}
        interval={0}
        allowDataOverflow
        width={Y_AXIS_WIDTH}
        tick={{ fill: TEXT_COLOUR, fontSize: 12 }}
        tickFormatter={(value: number) => formatNumber(value)}
        label={{ value: chart.yLabel, angle: -90, position: 'insideLeft', fill: TEXT_COLOUR, fontSize: 12, dy: 40 }}
      />
      {chart.benchmark?.value !== undefined && <ReferenceLine y={chart.benchmark.value} stroke={REFERENCE_COLOUR} strokeWidth={2} ifOverflow="hidden" />}
      {chart.limits.length > 0 && (['lower998', 'lower95', 'upper95', 'upper998'] as const).map(limitLine)}
      <Tooltip
        shared={false}
        cursor={false}
        isAnimationActive={false}
        {...(tooltip.dismissed ? { active: false } : {})}
        content={({ payload }) => <RowTooltip row={(payload[0]?.payload as PointDatum | undefined)?.point.row} />}
      />
      <Scatter
        data={data}
        dataKey="y"
        isAnimationActive={false}
        shape={(props: { cx?: number; cy?: number; payload?: PointDatum }) =>
          props.payload ? <Marker cx={Number(props.cx)} cy={Number(props.cy)} point={props.payload.point} /> : <g />
        }
      />
      <g className="funnel-labels">
        {labelled.map((datum, index) => {
          const spot = placed[index];
          if (!spot) return null;
          const px = xOf(datum.denominator);
          const py = yOf(datum.y);
          return (
            <g key={datum.point.row.areaId}>
              {spot.leader && (
                <line x1={px} y1={py} x2={spot.anchor === 'start' ? spot.x - 2 : spot.x + 2} y2={spot.y} stroke={TEXT_COLOUR} strokeWidth={0.75} />
              )}
              <text
                className="funnel-label"
                x={spot.x}
                y={spot.y}
                dy={4}
                textAnchor={spot.anchor}
                fontSize={LABEL_FONT}
                fontWeight={datum.point.row.isFocus ? 700 : 400}
                fill={TEXT_COLOUR}
              >
                {texts[index]}
              </text>
            </g>
          );
        })}
      </g>
    </ComposedChart>
  );
}
