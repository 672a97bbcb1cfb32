import { Bar, BarChart, Cell as BarCell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartRow } from '../../domain/chart-row';
import type { PanelBarsChart } from '../../domain/figure';
import { formatNumber } from '../../lib/format';
import type { FigureLayout, LayoutOptions } from './figure-layout';
import { COMPARATOR_COLOUR, FOCUS_COLOUR, TEXT_COLOUR } from './palette';
import { AxisName } from './axis-name';
import { nameAtAxis, namesWidth } from './category-axis';
import { RowTooltip } from './row-tooltip';
import { valueLabel } from './row-text';
import { niceTicks } from './scale';
import { useEscapeToDismiss } from './use-escape-to-dismiss';

const ROW_HEIGHT = 17;
const BAR_HEIGHT = 11;
const TITLE_HEIGHT = 22;
const X_AXIS_HEIGHT = 26;
const MARGIN = { top: 2, bottom: 2, left: 6 };
const VALUE_ROOM = 58;
const LABEL_FONT = 10.5;

/**
 * Small multiples: one panel per series, each with its own zero-based scale, so a small
 * category is as readable as a large one. Side by side on wide screens (the first panel names the
 * areas), one under another on narrow ones.
 */
export function panelBarsLayout(chart: PanelBarsChart, width: number, { compact }: LayoutOptions): FigureLayout {
  const count = chart.panels.length;
  const rows = chart.panels[0]?.rows.length ?? 0;
  const panelHeight = TITLE_HEIGHT + rows * ROW_HEIGHT + MARGIN.top + MARGIN.bottom + X_AXIS_HEIGHT;
  const nameFont = compact ? 10 : 12;
  const names = (chart.panels[0]?.rows ?? []).map(nameAtAxis);
  // Rows 17 px apart leave no room for a wrapped name: half the width on phones fits every region's.
  const namesRoom = namesWidth(names, nameFont, width, compact, compact ? 0.5 : 0.33);
  const sideBySide = !compact && count > 0;
  const plotWidth = sideBySide ? Math.max(80, Math.floor((width - namesRoom) / count)) : width - namesRoom;
  const parts = chart.panels.map((panel, index) => {
    const showNames = !sideBySide || index === 0;
    const panelWidth = plotWidth + (showNames ? namesRoom : 0);
    const x = sideBySide ? (index === 0 ? 0 : namesRoom + index * plotWidth) : 0;
    const y = sideBySide ? 0 : index * (panelHeight + 12);
    return {
      key: `panel-${index}`,
      x,
      y,
      node: (
        <Panel
          title={panel.title}
          rows={panel.rows}
          percent={chart.percent}
          width={panelWidth}
          height={panelHeight}
          namesWidth={showNames ? namesRoom : 0}
          compact={compact}
        />
      ),
    };
  });
  return { width, height: sideBySide ? panelHeight : count * (panelHeight + 12) - 12, parts };
}

interface Datum {
  name: string;
  value: number | null;
  row: ChartRow;
}

function Panel(props: { title: string; rows: ChartRow[]; percent: boolean; width: number; height: number; namesWidth: number; compact: boolean }) {
  const { title, rows, percent, width, height, namesWidth, compact } = props;
  const tooltip = useEscapeToDismiss();
  const data: Datum[] = rows.map((row) => ({ name: nameAtAxis(row), value: row.value ?? null, row }));
  const ticks = niceTicks(Math.max(0, ...rows.map((row) => row.value ?? 0)), 3, !percent);
  const suffix = percent ? '%' : '';
  return (
    <BarChart
      width={width}
      height={height}
      data={data}
      layout="vertical"
      margin={{ ...MARGIN, top: MARGIN.top + TITLE_HEIGHT, right: VALUE_ROOM }}
      barCategoryGap={ROW_HEIGHT - BAR_HEIGHT}
      accessibilityLayer={false}
      onMouseMove={tooltip.reset}
    >
      <text x={namesWidth + 2} y={15} fontSize={13} fontWeight={700} fill={TEXT_COLOUR}>
        {title}
      </text>
      <XAxis
        type="number"
        domain={[0, ticks.at(-1) ?? 1]}
        ticks={ticks}
        interval={0}
        height={X_AXIS_HEIGHT}
        tick={{ fill: TEXT_COLOUR, fontSize: 11 }}
        tickFormatter={(v: number) => `${formatNumber(v)}${suffix}`}
      />
      <YAxis
        type="category"
        dataKey="name"
        width={namesWidth}
        axisLine={namesWidth > 0}
        tickLine={namesWidth > 0}
        interval={0}
        tick={({ x, y, payload, index }) => {
          const datum = data[index];
          return (
            <g>
              {namesWidth > 0 && (
                <AxisName x={x} y={y} fontSize={compact ? 10 : 12} bold={datum?.row.isFocus} width={namesWidth}>
                  {String(payload.value)}
                </AxisName>
              )}
              {datum && (datum.value === null || datum.value === 0) && (
                // No bar to label: a gap says why where the bar would start, never a zero; and a zero
                // is labelled there too, because Recharts drops a zero-width bar and its label with it.
                <text
                  className="bar-value-label"
                  x={Number(x) + (namesWidth > 0 ? 4 : 12)}
                  y={Number(y)}
                  dy={3.5}
                  fontSize={LABEL_FONT}
                  fill={TEXT_COLOUR}
                  fontStyle={datum.value === null ? 'italic' : undefined}
                  fontWeight={datum.value === null ? undefined : datum.row.isFocus ? 700 : 400}
                >
                  {datum.value === null ? valueLabel(datum.row) : valueLabel(datum.row, suffix)}
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
        content={({ payload }) => <RowTooltip row={(payload[0]?.payload as Datum | undefined)?.row} />}
      />
      <Bar dataKey="value" isAnimationActive={false} barSize={BAR_HEIGHT}>
        {data.map((datum) => (
          <BarCell key={datum.name} fill={datum.row.isFocus ? FOCUS_COLOUR : COMPARATOR_COLOUR} />
        ))}
        <LabelList
          dataKey="value"
          content={({ x, y, width: barWidth, height: barHeight, index }) => {
            const datum = typeof index === 'number' ? data[index] : undefined;
            if (!datum || datum.value === null) return null;
            return (
              <text
                className="bar-value-label"
                x={Number(x) + Number(barWidth) + 3}
                y={Number(y) + Number(barHeight) / 2}
                dy={3.5}
                fontSize={LABEL_FONT}
                fill={TEXT_COLOUR}
                fontWeight={datum.row.isFocus ? 700 : 400}
              >
                {valueLabel(datum.row, suffix)}
              </text>
            );
          }}
        />
      </Bar>
    </BarChart>
  );
}
