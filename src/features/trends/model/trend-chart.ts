import type { Area } from '../../../domain/area';
import type { ChartRow } from '../../../domain/chart-row';
import type { FigureDescription, TrendLinesChart } from '../../../domain/figure';
import {
  areaEraYears,
  crossesRateSeriesBreak,
  FIRST_CENSUS_2021_RATE_YEAR,
  FIRST_REGIONAL_YEAR,
  isRegionalEra,
  REPORTING_CHANGE_TEXT,
} from '../../../domain/years';
import { LEVEL_NOUNS, levelOf, type GeographyLevel } from '../../../domain/geography';
import { formatNumber } from '../../../lib/format';
import { isPopulationRate, type Measure } from '../../../domain/measures';
import type { UnitId } from '../../../domain/chart-options';
import { capitalise, chartSpec, gapNotes } from '../../../shared/model/chart-text';
import { changeBetween, describeChange } from '../../../shared/model/change';
import { statusMark } from '../../../domain/trust';
import { measureNotes, measureSlug, shortUnit, withUnit } from '../../../shared/model/measure-text';
import { unitLabelFor, measureRow, type YearData } from '../../../shared/model/year-data';

export type TrendChart = FigureDescription & { chart: TrendLinesChart };

/** A trend's layout as chosen: one chart, one panel per area, or (not chosen) whichever reads better on the screen. */
export type TrendLayoutChoice = 'lines' | 'panels' | 'auto';

/** Below this screen width more than two lines on one chart crowd each other and their end labels. */
export const NARROW_TREND_SCREEN = 480;

/**
 * The layout drawn: the reader's choice, or, when they made none, one panel per area on a narrow
 * screen (below NARROW_TREND_SCREEN px) with more than two lines to draw, and one chart otherwise.
 */
export function trendLayout(choice: TrendLayoutChoice, linesDrawn: number, narrowScreen: boolean): 'lines' | 'panels' {
  if (choice !== 'auto') return choice;
  return narrowScreen && linesDrawn > 2 ? 'panels' : 'lines';
}

/**
 * Lines over the years for the focus area, up to six chosen areas and (for rates and shares)
 * England and Wales. England and Wales counts are tens of times any area's, so for counts its
 * line would flatten every other: it stays in the table instead.
 */
export function buildTrendChart(input: {
  areas: readonly Area[];
  yearData: readonly YearData[];
  years: readonly string[];
  measure: Measure;
  unit: UnitId;
  focus: Area;
  chosenIds: readonly string[];
  layout?: TrendLayoutChoice;
  /** Whether the screen is narrower than NARROW_TREND_SCREEN (never for exports made without a screen). */
  narrowScreen?: boolean;
  /** Areas or probation regions: the lines drawn beside the focus are of this level. */
  level?: GeographyLevel;
}): TrendChart {
  const { areas, yearData, years, measure, unit, focus, chosenIds, narrowScreen = false, level = levelOf(focus) } = input;
  const national = areas.find((area) => area.kind === 'national');
  const comparable = measure.kind !== 'count' || unit !== 'count';
  const chosen = chosenIds.map((id) => areas.find((area) => area.id === id)).filter((a): a is Area => a !== undefined && a.id !== focus.id && a.kind === level);
  const drawn = [focus, ...chosen, ...(national && focus.id !== national.id && comparable ? [national] : [])];
  const tableOnly = national && focus.id !== national.id && !comparable ? [national] : [];
  const layout = trendLayout(input.layout ?? 'lines', drawn.length, narrowScreen);
  const dataFor = (year: string) => yearData.find((d) => d.year === year);
  const rows: ChartRow[] = [...drawn, ...tableOnly].flatMap((area) => years.map((year) => measureRow(area, dataFor(year), year, measure, unit, focus.id)));
  const focusRows = rows.filter((r) => r.areaId === focus.id);
  const withValue = focusRows.filter((r) => r.value !== undefined);
  const first = withValue[0];
  const last = withValue.at(-1);
  const unitText = shortUnit(measure, unit);
  const summary =
    first && last && first !== last
      ? `${focus.name}: ${withUnit(formatNumber(last.value ?? 0), unitText)}${statusMark(last.status)} in ${last.year}, ${describeChange(
          changeBetween(last, first, isPopulationRate(measure, unit) && crossesRateSeriesBreak(first.year, last.year)),
          formatNumber,
          { namePreviousYear: true },
        )}.`
      : `${focus.name}: not enough years with a figure to show a trend.`;
  const spansChange = years.some(isRegionalEra) && years.some((year) => !isRegionalEra(year));
  const lastAreaYear = areaEraYears(years).at(-1);
  // An area's line stops where the reports became regional; a region's runs on across the change.
  const endedAreas = drawn.filter((area) => area.kind === 'area' && rows.some((row) => row.areaId === area.id && row.status === 'not reported by area'));
  const breakNotes = spansChange
    ? [
        ...(endedAreas.length > 0 && lastAreaYear
          ? [
              {
                text: `${endedAreas.map((area) => area.name).join(', ')}: the line ends at ${lastAreaYear}. From ${FIRST_REGIONAL_YEAR} the reports are regional, and later years are reported for ${endedAreas.length === 1 ? 'its probation region' : 'their probation regions'}: choose Probation regions to follow ${endedAreas.length === 1 ? 'it' : 'them'} across the change.`,
                appliesTo: (row: ChartRow) => endedAreas.some((area) => area.id === row.areaId),
              },
            ]
          : []),
        ...(drawn.some((area) => area.kind === 'region')
          ? [
              {
                text: `The marked line at ${FIRST_REGIONAL_YEAR} is the change in reporting: ${REPORTING_CHANGE_TEXT}.`,
                appliesTo: (row: ChartRow) => row.level === 'region',
              },
            ]
          : []),
      ]
    : [];
  const notes = [
    ...gapNotes(rows, '(a gap in the line, not zero)'),
    ...breakNotes,
    ...measureNotes(measure, unit, FIRST_CENSUS_2021_RATE_YEAR).filter((note) => !note.startsWith('Category 4')),
    ...(tableOnly.length > 0
      ? [
          {
            text: 'England and Wales is in the table but not drawn: its counts are many times any one area’s. Choose a rate or share to draw it.',
            appliesTo: (row: ChartRow) => row.isReference,
          },
        ]
      : []),
  ];
  const unitLabel = unitLabelFor(measure, unit);
  const spec = chartSpec({
    id: `trend-${measure.id}-${unit}${layout === 'panels' ? '-panels' : ''}`,
    title: `${measure.label}: ${focus.name}${chosen.length > 0 ? ` and ${chosen.length} other ${chosen.length === 1 ? LEVEL_NOUNS[level].one : LEVEL_NOUNS[level].many}` : ''}, ${years[0] ?? ''} to ${years.at(-1) ?? ''}`,
    subtitle: `${capitalise(unitLabel)}, by year. Gaps are years without a figure; hollow points are illustrative.${layout === 'panels' ? ' One panel per area, on the same scale.' : ''}`,
    summary,
    unit: unitLabel,
    rows,
    notes,
    fileNameParts: [
      'trend',
      measureSlug(measure.id),
      unit === 'count' ? '' : unit,
      layout === 'panels' ? 'panels' : '',
      focus.name,
      ...chosen.map((a) => a.name),
    ]
      .filter(Boolean)
      .slice(0, 7),
  });
  return {
    spec,
    chart: {
      kind: 'trend-lines',
      layout,
      years: [...years],
      lines: drawn.map((area) => ({ areaId: area.id, areaName: area.name, isFocus: area.id === focus.id, isReference: area.kind === 'national' })),
      // The drawn lines' own spec rows (with note numbers); table-only rows stay in the spec.
      rows: spec.rows.filter((row) => drawn.some((area) => area.id === row.areaId)),
      seriesBreakYear: measure.id === 'rsoPer100k' || unit === 'rate' ? FIRST_CENSUS_2021_RATE_YEAR : undefined,
      reportingBreakYear: spansChange ? FIRST_REGIONAL_YEAR : undefined,
    },
  };
}
