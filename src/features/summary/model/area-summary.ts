import { levelOf, unitsAt } from '../../../domain/geography';
import type { Area } from '../../../domain/area';
import type { ChartRow, RowComparison } from '../../../domain/chart-row';
import { findInconsistentTotals, type ConsistencyFinding } from '../../../domain/consistency';
import { crossesRateSeriesBreak, hasCategory4, isMappaYear } from '../../../domain/years';
import { formatNumber } from '../../../lib/format';
import { isPopulationRate, MEASURES, type MeasureId } from '../../../domain/measures';
import { changeBetween, describeChange, type Change } from '../../../shared/model/change';
import type { Trust } from '../../../domain/trust';
import { rankPhrase, rankRows } from '../../../shared/model/rank';
import { measureRow, reportFor, type YearData } from '../../../shared/model/year-data';
import { compareWithNational, rankRangesOf } from '../../../shared/model/comparison';
import { describeInterval } from '../../../shared/model/intervals';

export const SUMMARY_MEASURES: MeasureId[] = [
  'total',
  'category1',
  'category2',
  'category3',
  'category4',
  'level23Share',
  'rsoPer100k',
  'level23Yearly',
  'shpo',
  'breachOfLicence',
  'revocations',
];

export interface SummaryItem {
  measureId: MeasureId;
  label: string;
  row: ChartRow;
  previous: ChartRow | undefined;
  change: Change;
  /** "up 3% from 141", with its caveats: illustrative inputs, the series break. */
  changeText: string;
  /** "9th highest of 42 areas (illustrative: …); 4th highest of 9 areas with published figures", or why there is no rank. */
  rank: string;
  /** How far the rank can be quoted: the weakest of every value ranked. */
  rankTrust: Trust | undefined;
  /** England and Wales, for context, with its own status. */
  national: ChartRow | undefined;
  /** "%" for shares, " per 100,000" for rates, "" for counts: the same on both sides of a comparison. */
  unitSuffix: string;
  /** Rates and shares: "95% interval 140.4 to 149.7 (Byar’s method)", with the interval's trust. Counts have none. */
  interval: { text: string; trust: Trust } | undefined;
  /** Rates and shares: higher, similar or lower than England and Wales, allowing for chance. */
  comparison: RowComparison | undefined;
  /** Rates and shares: "between 9th and 17th highest", the ranks chance allows. */
  rankRange: string | undefined;
}

export interface AreaSummary {
  items: SummaryItem[];
  findings: readonly ConsistencyFinding[];
  /** Whether any figures for the focus area and year are held here at all. */
  hasReport: boolean;
  includesIllustrative: boolean;
}

/** The focus area's key figures for a year, each with the change from the year before and its rank. */
export function buildAreaSummary(areas: readonly Area[], focus: Area, current: YearData, previous: YearData | undefined): AreaSummary {
  const national = areas.find((area) => area.kind === 'national');
  // A region is set among the regions, an area (or England and Wales) among the areas.
  const locals = unitsAt(areas, levelOf(focus));
  const measures = SUMMARY_MEASURES.filter((id) => id !== 'category4' || (isMappaYear(current.year) && hasCategory4(current.year)));
  const items = measures.map((measureId): SummaryItem => {
    const measure = MEASURES[measureId];
    const nationalRow = national && national.id !== focus.id ? measureRow(national, current, current.year, measure, 'count', focus.id) : undefined;
    const own = measureRow(focus, current, current.year, measure, 'count', focus.id);
    const unitText = measure.kind === 'published-rate' ? 'per 100,000' : measureId === 'level23Share' ? '%' : '';
    const comparison =
      focus.kind !== 'national' ? compareWithNational(own, nationalRow, { quantity: measureId === 'level23Share' ? 'share' : 'rate', unitText }) : undefined;
    const row = { ...own, comparison };
    const before = previous ? measureRow(focus, previous, previous.year, measure, 'count', focus.id) : undefined;
    const ranked = rankRows(locals.map((area) => measureRow(area, current, current.year, measure, 'count', focus.id)));
    const entry = ranked.find((r) => r.row.areaId === focus.id);
    const ranges = rankRangesOf(ranked);
    const rankedCount = ranked.filter((r) => r.rank !== undefined).length;
    const seriesBreak = previous !== undefined && isPopulationRate(measure, 'count') && crossesRateSeriesBreak(previous.year, current.year);
    const change = previous ? changeBetween(row, before, seriesBreak) : ({ kind: 'none', reason: 'the year before is not available' } as const);
    const unitSuffix = measureId === 'level23Share' ? '%' : measure.kind === 'published-rate' ? ' per 100,000' : '';
    const format = (value: number) => formatNumber(value) + unitSuffix;
    return {
      measureId,
      label: measure.label,
      row,
      previous: before,
      change,
      changeText: describeChange(change, format),
      rank: focus.kind === 'national' ? 'England and Wales as a whole' : entry ? rankPhrase(entry, rankedCount) : 'no rank: no figure',
      rankTrust: entry?.trust,
      national: nationalRow,
      unitSuffix,
      interval:
        row.interval && row.value !== undefined
          ? { text: describeInterval(row.interval).replace(/ \(/, `${unitSuffix} (`), trust: row.interval.trust }
          : undefined,
      comparison,
      rankRange: focus.kind === 'national' ? undefined : ranges.get(focus.id),
    };
  });
  const report = reportFor(current, focus.id);
  return {
    items,
    findings: report ? findInconsistentTotals(report) : [],
    hasReport: report !== undefined,
    includesIllustrative: items.some(
      (item) =>
        item.row.status === 'illustrative' || (item.change.kind === 'change' && item.change.trust === 'illustrative') || item.rankTrust === 'illustrative',
    ),
  };
}
