import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../lib/format';
import type { ChartRow } from '../../domain/chart-row';
import { barLabel } from './ranked-bar-chart';
import { niceCeiling } from './scale';
import { FOCUS_COLOUR, PALETTE, REFERENCE_COLOUR, TEXT_COLOUR } from './palette';

export interface TrendLine {
  areaId: string;
  areaName: string;
  isFocus: boolean;
  isReference: boolean;
}

interface TrendLineChartProps {
  series: TrendLine[];
  points: Record<string, string | number | null>[];
  seriesBreakYear?: string | undefined;
  compact?: boolean;
  /** The chart's rows, so end labels can mark an illustrative (*) or disputed value as bars do. */
  rows?: readonly ChartRow[];
}

const COMPARATOR_COLOURS = PALETTE.slice(1);
const DASHES = ['0', '8 3', '2 3', '10 3 2 3', '4 4', '1 2'];

/**
 * Lines by year with gaps where a year has no figure (never a drop to zero). Each line ends in
 * a direct label with the area's name; lines also differ by dash pattern, not colour alone.
 */
export function TrendLineChart({ series, points, seriesBreakYear, compact = false, rows = [] }: TrendLineChartProps) {
  const max = Math.max(0, ...points.flatMap((p) => series.map((s) => (typeof p[s.areaId] === 'number' ? (p[s.areaId] as number) : 0))));
  let comparatorIndex = 0;
  const styled = series.map((line) => {
    if (line.isFocus) return { ...line, colour: FOCUS_COLOUR, dash: '0', width: 4 };
    if (line.isReference) return { ...line, colour: REFERENCE_COLOUR, dash: '6 4', width: 2 };
    const index = comparatorIndex++;
    return {
      ...line,
      colour: COMPARATOR_COLOURS[index % COMPARATOR_COLOURS.length] ?? REFERENCE_COLOUR,
      dash: DASHES[(index + 1) % DASHES.length] ?? '0',
      width: 2,
    };
  });
  const endLabel = (areaId: string, index: number, value: number) => {
    const year = points[index]?.year;
    const row = rows.find((r) => r.areaId === areaId && r.year === year);
    return row ? barLabel(row) : formatNumber(value);
  };
  const lastIndexWithValue = (areaId: string) => {
    for (let i = points.length - 1; i >= 0; i -= 1) if (typeof points[i]?.[areaId] === 'number') return i;
    return -1;
  };
  return (
    <ResponsiveContainer width="100%" height={compact ? 340 : 420} minWidth={0}>
      <LineChart data={points} margin={{ top: 24, right: compact ? 118 : 160, bottom: 8, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#DDDDDD" vertical={false} />
        <XAxis
          dataKey="year"
          tick={{ fill: TEXT_COLOUR, fontSize: compact ? 10 : 12 }}
          interval={0}
          angle={compact ? -45 : 0}
          textAnchor={compact ? 'end' : 'middle'}
          height={compact ? 48 : 30}
        />
        <YAxis
          domain={[0, niceCeiling(max)]}
          tick={{ fill: TEXT_COLOUR, fontSize: 12 }}
          tickFormatter={(v: number) => formatNumber(v)}
          width={compact ? 44 : 60}
        />
        {seriesBreakYear && (
          <ReferenceLine
            x={seriesBreakYear}
            stroke={TEXT_COLOUR}
            strokeDasharray="2 2"
            label={{ value: compact ? 'Series break' : 'Series break: 2021 census population', position: 'insideTopLeft', fill: TEXT_COLOUR, fontSize: 11 }}
          />
        )}
        {styled.map((line) => (
          <Line
            key={line.areaId}
            dataKey={line.areaId}
            name={line.areaName}
            stroke={line.colour}
            strokeWidth={line.width}
            strokeDasharray={line.dash}
            connectNulls={false}
            isAnimationActive={false}
            dot={{ r: line.isFocus ? 4 : 3, fill: line.colour, strokeWidth: 0 }}
            label={({ x, y, index, value }) => {
              if (index !== lastIndexWithValue(line.areaId)) return <g />;
              return (
                <text x={Number(x) + 8} y={Number(y)} dy={4} fill={TEXT_COLOUR} fontSize={compact ? 10 : 12} fontWeight={line.isFocus ? 700 : 400}>
                  {compact && line.areaName.length > 11 ? `${line.areaName.slice(0, 10)}…` : line.areaName} {endLabel(line.areaId, index, Number(value))}
                </text>
              );
            }}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
