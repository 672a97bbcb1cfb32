import { useEffect, useState } from 'react';
import { Bar, BarChart, Cell as BarCell, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../lib/format';
import { valueMark } from '../../domain/trust';
import { niceCeiling } from './scale';
import type { ChartRow } from '../../domain/chart-row';
import { displayValue } from './chart-data-table';
import { RowTooltip } from './row-tooltip';
import { COMPARATOR_COLOUR, FOCUS_COLOUR, REFERENCE_COLOUR, TEXT_COLOUR } from './palette';

interface RankedBarChartProps {
  rows: ChartRow[];
  reference?: ChartRow | undefined;
  /** Narrow screens get shorter labels. */
  compact?: boolean;
  /** Draw England and Wales as a line only where it is comparable (rates and shares, not counts). */
  showReference?: boolean;
}

interface BarDatum {
  name: string;
  value: number | null;
  label: string;
  isFocus: boolean;
  row: ChartRow;
}

const BAR_HEIGHT = 24;

/** "145", "132*" (illustrative), "816 (disputed)", "not published" where there is no bar. */
export function barLabel(row: ChartRow): string {
  if (row.value === undefined) return displayValue(row);
  return `${formatNumber(row.value)}${valueMark(row.status, row.dispute !== undefined)}`;
}

/**
 * Horizontal bars, highest first, starting at zero. The focus area is dark blue with a bold,
 * marked label; other areas are muted grey; England and Wales is a labelled reference line.
 */
export function RankedBarChart({ rows, reference: given, compact = false, showReference = true }: RankedBarChartProps) {
  const reference = showReference ? given : undefined;
  const data: BarDatum[] = rows.map((row) => ({
    name: `${row.isFocus ? '► ' : ''}${row.areaName}`,
    value: row.value ?? null,
    label: barLabel(row),
    isFocus: row.isFocus,
    row,
  }));
  const tooltipDismissed = useEscapeToDismiss();
  const height = data.length * (BAR_HEIGHT + 6) + 60;
  const axisWidth = compact ? 118 : 170;
  const maxValue = Math.max(0, ...rows.map((r) => r.value ?? 0), reference?.value ?? 0);
  return (
    <ResponsiveContainer width="100%" height={height} minWidth={0} onMouseMove={tooltipDismissed.reset}>
      <BarChart data={data} layout="vertical" margin={{ top: 24, right: compact ? 52 : 96, bottom: 8, left: 4 }} barCategoryGap={4} accessibilityLayer={false}>
        <XAxis
          type="number"
          domain={[0, niceCeiling(maxValue)]}
          tick={{ fill: TEXT_COLOUR, fontSize: 12 }}
          tickFormatter={(v: number) => formatNumber(v)}
          allowDecimals={false}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={axisWidth}
          interval={0}
          tick={({ x, y, payload, index }) => {
            const datum = data[index];
            const focus = datum?.isFocus ?? false;
            return (
              <g>
                <text x={Number(x) - 4} y={Number(y)} dy={4} textAnchor="end" fill={TEXT_COLOUR} fontSize={compact ? 10.5 : 13} fontWeight={focus ? 700 : 400}>
                  {String(payload.value)}
                </text>
                {datum?.value === null && (
                  // No bar to label (recharts skips empty bars): say why at the axis, never a zero.
                  <text className="bar-value-label" x={Number(x) + 6} y={Number(y)} dy={4} fill={TEXT_COLOUR} fontSize={12} fontStyle="italic">
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
          {...(tooltipDismissed.dismissed ? { active: false } : {})}
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
              const missing = datum?.value === null;
              return (
                <text
                  className="bar-value-label"
                  x={Number(x) + (missing ? 4 : Number(width) + 4)}
                  y={Number(y) + Number(height) / 2}
                  dy={4}
                  fill={TEXT_COLOUR}
                  fontSize={12}
                  fontStyle={missing ? 'italic' : 'normal'}
                  fontWeight={datum?.isFocus ? 700 : 400}
                >
                  {String(value)}
                </text>
              );
            }}
          />
        </Bar>
        {reference?.value !== undefined && (
          <ReferenceLine
            x={reference.value}
            stroke={REFERENCE_COLOUR}
            strokeDasharray="6 4"
            strokeWidth={2}
            label={{ value: `England and Wales: ${barLabel(reference)}`, position: 'top', fill: TEXT_COLOUR, fontSize: 12 }}
          />
        )}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** WCAG 1.4.13: content shown on hover can be dismissed with Escape without moving the pointer. */
function useEscapeToDismiss() {
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return { dismissed, reset: () => setDismissed(false) };
}
