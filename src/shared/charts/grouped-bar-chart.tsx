import { Bar, BarChart, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../lib/format';
import { niceCeiling } from './scale';
import { PALETTE, TEXT_COLOUR } from './palette';
import { MARK_SUFFIX } from '../../domain/chart-row';

interface GroupedBarChartProps {
  series: string[];
  points: Record<string, string | number | boolean | null>[];
  stacked: boolean;
  compact?: boolean;
  /** Values are percentages. */
  percent: boolean;
}

/**
 * Horizontal bars per area, one per series (grouped) or as segments adding to 100% (stacked).
 * Series differ by colour and by a direct label naming the series, so colour is never the only cue.
 */
export function GroupedBarChart({ series, points, stacked, compact = false, percent }: GroupedBarChartProps) {
  const perArea = stacked ? 30 : series.length * 16 + 12;
  const height = points.length * perArea + 80;
  const max = Math.max(0, ...points.flatMap((p) => series.map((s) => (typeof p[s] === 'number' ? (p[s] as number) : 0))));
  const shortName = (name: string) => name.replace('Category ', 'C').replace('Level ', 'L');
  return (
    <ResponsiveContainer width="100%" height={height} minWidth={0}>
      <BarChart data={points} layout="vertical" margin={{ top: 8, right: compact ? 56 : 90, bottom: 8, left: 4 }} barCategoryGap={6} accessibilityLayer={false}>
        <XAxis
          type="number"
          domain={[0, stacked ? 100 : niceCeiling(max)]}
          tick={{ fill: TEXT_COLOUR, fontSize: 12 }}
          tickFormatter={(v: number) => `${formatNumber(v)}${percent ? '%' : ''}`}
        />
        <YAxis
          type="category"
          dataKey="areaName"
          width={compact ? 118 : 170}
          interval={0}
          tick={({ x, y, payload, index }) => (
            <text
              x={Number(x) - 4}
              y={Number(y)}
              dy={4}
              textAnchor="end"
              fill={TEXT_COLOUR}
              fontSize={compact ? 10.5 : 13}
              fontWeight={points[index]?.isFocus ? 700 : 400}
            >
              {String(payload.value)}
            </text>
          )}
        />
        <Legend
          verticalAlign="top"
          height={32}
          wrapperStyle={{ fontSize: 13 }}
          formatter={(value) => <span style={{ color: TEXT_COLOUR }}>{String(value)}</span>}
        />
        {series.map((name, index) => (
          <Bar
            key={name}
            dataKey={name}
            name={name}
            fill={PALETTE[index % PALETTE.length]}
            stackId={stacked ? 'share' : undefined}
            isAnimationActive={false}
            barSize={stacked ? 22 : 13}
          >
            <LabelList
              dataKey={name}
              content={({ x, y, width, height: barHeight, value, index }) => {
                if (value === null || value === undefined) {
                  return stacked ? null : (
                    <text x={Number(x) + 4} y={Number(y) + Number(barHeight) / 2} dy={4} fontSize={11} fill={TEXT_COLOUR} fontStyle="italic">
                      {shortName(name)}: not published
                    </text>
                  );
                }
                const mark = points[index ?? -1]?.[`${name}${MARK_SUFFIX}`];
                const text = `${shortName(name)} ${formatNumber(Number(value))}${percent ? '%' : ''}${typeof mark === 'string' ? mark : ''}`;
                if (stacked) {
                  // Label a segment only where it is wide enough to hold its text.
                  if (Number(width) < text.length * 6.5) return null;
                  return (
                    <text x={Number(x) + 3} y={Number(y) + Number(barHeight) / 2} dy={4} fontSize={11} fill="#FFFFFF">
                      {text}
                    </text>
                  );
                }
                return (
                  <text x={Number(x) + Number(width) + 4} y={Number(y) + Number(barHeight) / 2} dy={4} fontSize={11} fill={TEXT_COLOUR}>
                    {text}
                  </text>
                );
              }}
            />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
