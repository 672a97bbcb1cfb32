import type { Area } from '../../areas/area-schema';
import type { ComparatorGroup } from '../../areas/comparator-groups';
import type { ChartRow, ChartSpec } from '../../charts/chart-data';
import { hasCategory4, isMappaYear, ratePopulationBasis, snapshotDate, yearPeriod } from '../../data/years';
import { formatNumber } from '../../../lib/format';
import type { Measure } from '../measures';
import type { UnitId } from '../view-state';
import { capitalise, chartSpec, findingNotes, gapNotes } from './chart-text';
import { compareNationalWithAreaSum, type NationalSumComparison } from './national-sum';
import { orderRows, rankRows, rankSentence, type OrderedRow, type RankedRow, type SortOrder } from './rank';
import { measureRow, unitLabelFor, type YearData } from './year-data';

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

export function timingText(measure: Measure, year: string): string {
  if (!isMappaYear(year)) return year;
  return measure.timing === 'snapshot' ? `on ${snapshotDate(year)}` : `from ${yearPeriod(year)}`;
}

/** One measure, one year, every area of the group, ranked; England and Wales as reference. */
export function buildCompareChart(input: CompareInput): CompareChart {
  const { areas, data, year, measure, unit, focus, group, sort = 'value', previous } = input;
  const inGroup = new Set(group.areaIds);
  const national = areas.find((area) => area.kind === 'national');
  const rows = areas.filter((area) => inGroup.has(area.id)).map((area) => measureRow(area, data, year, measure, unit, focus.id));
  const reference = national ? measureRow(national, data, year, measure, unit, focus.id) : undefined;
  const ranked = rankRows(rows);
  const previousValues = new Map<string, number>();
  if (previous) {
    for (const area of areas.filter((a) => inGroup.has(a.id))) {
      const value = measureRow(area, previous, previous.year, measure, unit, focus.id).value;
      if (value !== undefined) previousValues.set(area.id, value);
    }
  }
  const ordered = orderRows(ranked, sort, previousValues);
  // Counts add up, rates do not: only a count can be set beside England and Wales's own figure.
  const nationalSum =
    reference && measure.kind === 'count' && unit === 'count'
      ? compareNationalWithAreaSum(
          areas.filter((area) => area.kind === 'area').map((area) => measureRow(area, data, year, measure, unit, focus.id)),
          reference,
        )
      : undefined;
  const unitLabel = unitLabelFor(measure, unit);
  const allRows = [...ordered.map((entry) => entry.row), ...(reference ? [reference] : [])];
  const nameOf = (id: string) => areas.find((area) => area.id === id)?.name ?? id;
  const shownIds = new Set([...inGroup, ...(national ? [national.id] : [])]);

  const drawReference = measure.kind !== 'count' || unit !== 'count';
  const notes = [
    ...findingNotes(data?.reports ?? [], shownIds, measure.id, nameOf),
    ...(!drawReference && reference?.value !== undefined
      ? [
          {
            text: `England and Wales (${formatNumber(reference.value)}) is in the table but not drawn: its counts are many times any one area’s. Choose a rate or share to compare with it.`,
            appliesTo: (row: ChartRow) => row.isReference,
          },
        ]
      : []),
    ...gapNotes(allRows),
    ...(nationalSum ? [{ text: nationalSum.text, appliesTo: (row: ChartRow) => row.isReference }] : []),
    ...measureNotes(measure, unit, year),
  ];
  const summaryParts = [rankSentence(ranked, focus.id, formatNumber, shortUnit(measure, unit))];
  if (reference?.value !== undefined) summaryParts.push(`England and Wales: ${formatNumber(reference.value)}.`);
  const title = `${measure.label}: ${focus.name} compared with ${group.label}, ${year}`;
  const spec = chartSpec({
    id: `compare-${measure.id}-${unit}`,
    title,
    subtitle: `${capitalise(unitLabel)}, ${timingText(measure, year)}. Bars start at zero; ${focus.name} is highlighted.`,
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

export function shortUnit(measure: Measure, unit: UnitId): string {
  if (measure.kind === 'published-rate') return 'per 100,000';
  if (measure.kind === 'calculated-share' || unit === 'share') return '%';
  if (unit === 'rate') return 'per 100,000';
  return '';
}

export function measureNotes(measure: Measure, unit: UnitId, year: string): string[] {
  const notes: string[] = [];
  if (measure.id === 'rsoPer100k' && isMappaYear(year)) {
    notes.push(
      ratePopulationBasis(year) === 'census-2021'
        ? 'Rates per 100,000 use the population aged 10 and over from the 2021 census; years before 2021-22 used mid-year estimates, so the series has a break.'
        : 'Rates per 100,000 use the ONS mid-year population estimate (aged 10 and over); from 2021-22 the 2021 census is used, so the series has a break.',
    );
  }
  if (measure.kind === 'count' && unit === 'rate') {
    notes.push(
      'Rates calculated here: the count divided by each area’s population aged 10 and over, which we infer from its category 1 count and published RSO rate.',
    );
  }
  if (measure.kind === 'count' && unit === 'share')
    notes.push('Shares calculated here: the count as a percentage of the area’s MAPPA-eligible offenders on 31 March.');
  if (measure.kind === 'calculated-share') notes.push('Calculated here from the published figures it is based on; each row’s source says which.');
  if (measure.id === 'category4' && isMappaYear(year) && !hasCategory4(year)) {
    notes.push('Category 4 (terrorist and terrorist-risk offenders) was added from the 2022-23 reports on: earlier years have no figure.');
  }
  return notes;
}

/** "rsos-per-100k", "breach-of-licence": readable file-name parts for measure ids. */
export function measureSlug(measureId: string): string {
  if (measureId === 'rsoPer100k') return 'rsos-per-100k';
  return measureId
    .replace(/([a-z])([A-Z0-9])/g, '$1-$2')
    .replace(/([0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}
