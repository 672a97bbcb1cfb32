import type { Area } from '../../areas/area-schema';
import type { ChartRow } from '../../charts/chart-data';
import { findInconsistentTotals, type ConsistencyFinding } from '../../data/consistency';
import { hasCategory4, isMappaYear } from '../../data/years';
import { formatNumber } from '../../../lib/format';
import { MEASURES, type MeasureId } from '../measures';
import { describeChange } from './change';
import { positionText, rankRows } from './rank';
import { measureRow, reportFor, type YearData } from './year-data';

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
  /** "up 3% from 141". */
  change: string;
  /** "9th highest of 42 areas", or why there is no rank. */
  rank: string;
  /** England and Wales, for context. */
  national: ChartRow | undefined;
}

export interface AreaSummary {
  items: SummaryItem[];
  findings: ConsistencyFinding[];
  hasReport: boolean;
  includesIllustrative: boolean;
}

/** The focus area's key figures for a year, each with the change from the year before and its rank. */
export function buildAreaSummary(areas: readonly Area[], focus: Area, current: YearData, previous: YearData | undefined): AreaSummary {
  const national = areas.find((area) => area.kind === 'national');
  const locals = areas.filter((area) => area.kind === 'area');
  const measures = SUMMARY_MEASURES.filter((id) => id !== 'category4' || (isMappaYear(current.year) && hasCategory4(current.year)));
  const items = measures.map((measureId): SummaryItem => {
    const measure = MEASURES[measureId];
    const row = measureRow(focus, current, current.year, measure, 'count', focus.id);
    const before = previous ? measureRow(focus, previous, previous.year, measure, 'count', focus.id) : undefined;
    const ranked = rankRows(locals.map((area) => measureRow(area, current, current.year, measure, 'count', focus.id)));
    const entry = ranked.find((r) => r.row.areaId === focus.id);
    const rankedCount = ranked.filter((r) => r.rank !== undefined).length;
    const rank =
      focus.kind === 'national'
        ? 'England and Wales as a whole'
        : entry?.rank !== undefined
          ? `${positionText(entry.rank, entry.tied)} of ${rankedCount} areas with a figure`
          : 'no rank: no figure';
    const format = (value: number) => formatNumber(value) + (measure.kind === 'calculated-share' && measureId === 'level23Share' ? '%' : '');
    return {
      measureId,
      label: measure.label,
      row,
      previous: before,
      change: previous ? describeChange(row.value, before?.value, format) : 'the year before is not available',
      rank,
      national: national && national.id !== focus.id ? measureRow(national, current, current.year, measure, 'count', focus.id) : undefined,
    };
  });
  const report = reportFor(current, focus.id);
  return {
    items,
    findings: report ? findInconsistentTotals(report) : [],
    hasReport: report !== undefined,
    includesIllustrative: items.some((item) => item.row.status === 'illustrative' || item.previous?.status === 'illustrative'),
  };
}
