import type { Area } from '../../../domain/area';
import type { ComparatorGroup } from '../../../domain/comparator-groups';
import type { ChartRow, ChartSpec } from '../../../domain/chart-row';
import { statusMark } from '../../../domain/trust';
import { changeBetween, rowChange, type Change } from '../../../shared/model/change';
import { crossesRateSeriesBreak, isRegionalEra } from '../../../domain/years';
import { formatNumber } from '../../../lib/format';
import { isPopulationRate, type Measure } from '../../../domain/measures';
import type { UnitId } from '../../../domain/chart-options';
import { capitalise, chartSpec, gapNotes } from '../../../shared/model/chart-text';
import { measureNotes, measureSlug, shortUnit, timingText, withUnit } from '../../../shared/model/measure-text';
import { compareNationalWithAreaSum, type NationalSumComparison } from '../../../shared/model/national-sum';
import { orderRows, rankNotes, rankRows, rankSentence, rowRank, type OrderedRow, type RankedRow, type SortOrder } from '../../../shared/model/rank';
import { measureRow, unitLabelFor, type YearData } from '../../../shared/model/year-data';
import { compareWithNational, rankRangesOf } from '../../../shared/model/comparison';
import { intervalNotes, intervalStatistic } from '../../../shared/model/intervals';

export interface CompareInput {
  areas: readonly Area[];
  data: YearData | undefined;
  year: string;
  measure: Measure;
  unit: UnitId;
  focus: Area;
  group: ComparatorGroup;
  /** Order of the bars; ranks always follow the value. */
  sort?: SortOrder;
  /** The year before, for "change from the previous year" (its order and column). */
  previous?: YearData | undefined;
  /** Whether the bars draw their intervals: the notes say where to find them. */
  intervalsShown?: boolean;
}

export interface CompareChart {
  spec: ChartSpec;
  /** Rows in rank order, each with its rank. */
  ranked: RankedRow[];
  /** Rows in the chosen order, each with its rank and change from the year before. */
  ordered: OrderedRow[];
  /** England and Wales's published count beside the sum of the 42 areas' counts, where it has one. */
  nationalSum: NationalSumComparison | undefined;
  reference: ChartRow | undefined;
  /** England and Wales is drawn only where comparable: for rates and shares, not counts. */
  drawReference: boolean;
}

/** One measure, one year, every area of the group, ranked; England and Wales as reference. */
export function buildCompareChart(input: CompareInput): CompareChart {
  const { areas, data, year, measure, unit, focus, group, sort = 'value', previous, intervalsShown = false } = input;
  const inGroup = new Set(group.areaIds);
  const national = areas.find((area) => area.kind === 'national');
  const members = areas.filter((area) => inGroup.has(area.id));
  const seriesBreak = previous !== undefined && isPopulationRate(measure, unit) && crossesRateSeriesBreak(previous.year, year);
  const changes = new Map<string, Change>();
  const withChange = (row: ChartRow, area: Area): ChartRow => {
    if (!previous) return row;
    const change = changeBetween(row, measureRow(area, previous, previous.year, measure, unit, focus.id), seriesBreak);
    changes.set(area.id, change);
    return { ...row, change: rowChange(change, previous.year) };
  };
  const reference = national ? withChange(measureRow(national, data, year, measure, unit, focus.id), national) : undefined;
  const statistic = intervalStatistic(measure, unit);
  const comparing = { quantity: statistic === 'rate' || measure.id === 'breachOfLicenceRate' ? 'rate' : 'share', unitText: shortUnit(measure, unit) } as const;
  const rows = members.map((area) => {
    const row = withChange(measureRow(area, data, year, measure, unit, focus.id), area);
    return statistic ? { ...row, comparison: compareWithNational(row, reference, comparing) } : row;
  });
  const unranked = rankRows(rows);
  const ranges = rankRangesOf(unranked);
  const ranked = unranked.map((entry) => ({ ...entry, row: { ...entry.row, rank: rowRank(entry, ranges.get(entry.row.areaId)) } }));
  const ordered = orderRows(ranked, sort, changes);
  // Counts add up, rates do not: only a count can be set beside England and Wales's own figure.
  const nationalSum =
    // The areas add up to England and Wales in the years they reported (regions are their sums then).
    reference && measure.kind === 'count' && unit === 'count' && !isRegionalEra(year) && members.every((area) => area.kind === 'area')
      ? compareNationalWithAreaSum(
          areas.filter((area) => area.kind === 'area').map((area) => measureRow(area, data, year, measure, unit, focus.id)),
          reference,
        )
      : undefined;
  const unitLabel = unitLabelFor(measure, unit);
  const allRows = [...ordered.map((entry) => entry.row), ...(reference ? [reference] : [])];

  const drawReference = measure.kind !== 'count' || unit !== 'count';
  const notes = [
    ...(!drawReference && reference?.value !== undefined
      ? [
          {
            text: `England and Wales (${formatNumber(reference.value)}${statusMark(reference.status)}) is in the table but not drawn: its counts are many times any one area’s. Choose a rate or share to compare with it.`,
            appliesTo: (row: ChartRow) => row.isReference,
          },
        ]
      : []),
    ...gapNotes(allRows),
    ...(nationalSum ? [{ text: nationalSum.text, appliesTo: (row: ChartRow) => row.isReference }] : []),
    ...measureNotes(measure, unit, year),
    ...(seriesBreak && previous
      ? [`Changes since ${previous.year} compare rates on different population bases (the 2021 census from 2021-22), so they are not like for like.`]
      : []),
    ...rankNotes(ranked),
    ...intervalNotes(measure, unit, intervalsShown ? ' (the lines across the bars, and in the table)' : ' (in the table)'),
  ];
  const short = shortUnit(measure, unit);
  const summaryParts = [rankSentence(ranked, focus.id, formatNumber, short)];
  if (reference?.value !== undefined) summaryParts.push(`England and Wales: ${withUnit(formatNumber(reference.value), short)}${statusMark(reference.status)}.`);
  const focusRow = ranked.find((entry) => entry.row.areaId === focus.id)?.row;
  if (focusRow?.comparison && focusRow.comparison.result !== 'not compared') summaryParts.push(focusRow.comparison.sentence);
  if (focusRow?.rank?.range) summaryParts.push(`Allowing for chance, ${focusRow.areaName} could be ${focusRow.rank.range}.`);
  const title = `${measure.label}: ${focus.name} compared with ${group.label}, ${year}`;
  const spec = chartSpec({
    id: `compare-${measure.id}-${unit}`,
    title,
    subtitle:
      sort === 'change' && previous
        ? `Change since ${previous.year} in ${unitLabel}, ${timingText(measure, year)}. Bars to the right are rises, to the left falls, from zero; ${focus.name} is highlighted.`
        : `${capitalise(unitLabel)}, ${timingText(measure, year)}. Bars start at zero; ${focus.name} is highlighted.`,
    summary: summaryParts.join(' '),
    unit: unitLabel,
    rows: allRows,
    notes,
    fileNameParts: [measureSlug(measure.id), unit === 'count' ? '' : unit, year, focus.name, 'vs', group.label.replace(/^(all|the|areas in the) /, '')].filter(
      Boolean,
    ),
  });
  // chartSpec returns rows with their note numbers: hand those same row objects back, so the
  // chart, its table and anything keyed by row all see one row per area.
  const specRow = new Map(spec.rows.map((row) => [row.areaId, row]));
  const withSpecRow = <T extends RankedRow>(entry: T): T => ({ ...entry, row: specRow.get(entry.row.areaId) ?? entry.row });
  return {
    ranked: ranked.map(withSpecRow),
    ordered: ordered.map(withSpecRow),
    nationalSum,
    reference: reference && specRow.get(reference.areaId),
    drawReference,
    spec,
  };
}
