import { resolveDispute, resolvedValue } from '../../../domain/disputes';
import type { Area } from '../../../domain/area';
import type { ComparatorGroup } from '../../../domain/comparator-groups';
import type { Cell } from '../../../domain/cell';
import type { ChartRow } from '../../../domain/chart-row';
import type { FigureDescription, PanelBarsChart, StackedSharesChart } from '../../../domain/figure';
import { CATEGORY_SHORT_LABELS, LEVEL_LABELS } from '../../../domain/labels';
import { categoriesFor, CATEGORIES, LEVELS, tableCell, type AreaYearReport, type CategoryKey, type LevelKey } from '../../../domain/report-schema';
import { hasCategory4, isMappaYear, snapshotDate } from '../../../domain/years';
import { ratioCell } from '../../../domain/measures';
import type { BreakdownId, SliceId } from '../../../domain/chart-options';
import { formatNumber } from '../../../lib/format';
import { capitalise, chartSpec, gapNotes, type NoteInput } from '../../../shared/model/chart-text';
import { statusOf } from '../../../domain/cell-status';
import { findingsOnTotal, type ConsistencyFinding, type StatedTotal } from '../../../domain/consistency';
import { statusMark, statusOfDerived, trustOfStatus, weakestTrust } from '../../../domain/trust';
import { recordErrorFor, reportFor, type YearData } from '../../../shared/model/year-data';

export type LevelsUnit = 'count' | 'share';
export type LevelsLayout = 'stacked' | 'panels';

export interface LevelsChart extends FigureDescription<StackedSharesChart | PanelBarsChart> {
  /** Series in drawing order, e.g. ["Level 1", "Level 2", "Level 3"]. */
  series: string[];
}

function sliceLabel(slice: SliceId): string {
  if (slice === 'all') return 'all';
  return slice.startsWith('level') ? LEVEL_LABELS[slice as LevelKey] : CATEGORY_SHORT_LABELS[slice as CategoryKey];
}

/** The snapshot cell, or the sum across the slice when no single cell is asked for. */
function sliceCell(report: AreaYearReport, level: LevelKey | undefined, category: CategoryKey | undefined): Cell {
  if (level && category) return tableCell(report.snapshot, level, category);
  if (level) return report.snapshot.rowTotals[level];
  if (category) return report.snapshot.columnTotals[category] ?? { kind: 'missing' };
  return report.snapshot.grandTotal;
}

/** Which stated total of the snapshot table a slice shows: none where it is a single cell. */
function statedTotalOf(level: LevelKey | undefined, category: CategoryKey | undefined): StatedTotal | undefined {
  if (level && category) return undefined;
  if (level) return { kind: 'row', level };
  if (category) return { kind: 'column', category };
  return { kind: 'overall' };
}

/** The findings on the snapshot totals a row shows or divides by: its warning, wherever it is shown. */
function snapshotTotalFindings(report: AreaYearReport, slices: readonly (readonly [LevelKey | undefined, CategoryKey | undefined])[]): ConsistencyFinding[] {
  return slices.flatMap(([level, category]) => {
    const total = statedTotalOf(level, category);
    return total ? findingsOnTotal(report, 'snapshot', total) : [];
  });
}

/** The focus area first (set apart, as on every chart), then the rest in name order. */
function inDrawingOrder(areas: readonly Area[], focusId: string): Area[] {
  return [...areas].sort((a, b) => (a.id === focusId ? -1 : b.id === focusId ? 1 : a.name.localeCompare(b.name)));
}

/**
 * Levels × categories on 31 March for the focus area and its comparators: one series per level
 * (or per category), limited to one category (or level) if asked. Drawn as one bar per area
 * stacked to 100%, or as small multiples (one panel per series, each on its own scale, so a
 * category of 8 people is as readable as one of 5,000), in counts or shares.
 */
export function buildLevelsChart(input: {
  areas: readonly Area[];
  data: YearData;
  year: string;
  focus: Area;
  group: ComparatorGroup;
  by: BreakdownId;
  slice: SliceId;
  unit: LevelsUnit;
  layout: LevelsLayout;
}): LevelsChart {
  const { areas, data, year, focus, group, by, layout } = input;
  const withCategory4 = isMappaYear(year) && hasCategory4(year);
  const categories = withCategory4 ? [...CATEGORIES] : CATEGORIES.filter((c) => c !== 'category4');
  // A slice that does not fit the breakdown (e.g. a level while splitting by level) means "all".
  const slice = by === 'level' ? (input.slice.startsWith('category') ? input.slice : 'all') : input.slice.startsWith('level') ? input.slice : 'all';
  const sliceLevel = slice.startsWith('level') ? (slice as LevelKey) : undefined;
  const sliceCategory = slice.startsWith('category') ? (slice as CategoryKey) : undefined;
  const seriesKeys: (LevelKey | CategoryKey)[] = by === 'level' ? [...LEVELS] : categories;
  const seriesLabel = (key: LevelKey | CategoryKey) => (key.startsWith('level') ? LEVEL_LABELS[key as LevelKey] : CATEGORY_SHORT_LABELS[key as CategoryKey]);
  const members = inDrawingOrder(
    areas.filter((area) => group.areaIds.includes(area.id)),
    focus.id,
  );
  const shareOf = input.unit === 'share' || layout === 'stacked';
  const unitLabel = shareOf ? `% of the area's ${slice === 'all' ? 'MAPPA-eligible offenders' : sliceLabel(slice)} (calculated here)` : 'number of people';

  const rowsByArea = members.map((area) => {
    const report = reportFor(data, area.id);
    return seriesKeys.map((key) => {
      const level = by === 'level' ? (key as LevelKey) : sliceLevel;
      const category = by === 'category' ? (key as CategoryKey) : sliceCategory;
      return levelsRow(area, report, data, year, level, category, sliceLevel, sliceCategory, shareOf, unitLabel, focus.id, seriesLabel(key));
    });
  });
  const rows = rowsByArea.flat();

  const notes: NoteInput[] = [...gapNotes(dedupeAreas(rows))];
  if (!withCategory4) notes.push('Category 4 (terrorist and terrorist-risk offenders) appears from the 2022-23 reports on; this year has no category 4.');
  if (shareOf)
    notes.push('Shares calculated here from the published table; they may not add to exactly 100% where the published totals do not match their parts.');
  if (layout === 'panels') notes.push('Each panel has its own scale, so small groups can be read: compare bar lengths within a panel, not across panels.');
  const focusRows = rows.filter((row) => row.isFocus && row.value !== undefined);
  const top = [...focusRows].sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
  const summary = top
    ? `${focus.name}: the largest group of ${slice === 'all' ? 'all MAPPA-eligible offenders' : sliceLabel(slice)} on ${isMappaYear(year) ? snapshotDate(year) : year} is ${top.series}, with ${formatNumber(top.value ?? 0)}${shareOf ? '%' : ''}${statusMark(top.status)}.`
    : `${focus.name}: no figures for ${year}.`;
  const series = seriesKeys.map(seriesLabel);
  const spec = chartSpec({
    id: `levels-by-${by}-${slice}-${shareOf ? 'share' : 'count'}-${layout}`,
    title: `MAPPA-eligible offenders by ${by}${slice === 'all' ? '' : ` (${sliceLabel(slice)} only)`}: ${focus.name} and ${group.label}, ${year}`,
    subtitle: `${capitalise(unitLabel)}, on ${isMappaYear(year) ? snapshotDate(year) : year}. ${layout === 'stacked' ? 'Each bar adds to 100%.' : 'One panel per ' + by + '; bars start at zero.'} ${focus.name} is first and highlighted.`,
    summary,
    unit: unitLabel,
    rows,
    notes,
    fileNameParts: ['levels-by', by, slice === 'all' ? '' : slice, shareOf ? 'share' : '', layout, year, focus.name, 'vs', group.label].filter(Boolean),
  });
  // The chart draws the spec's own rows (with their note numbers), by area and series.
  const specRows = members.map((_, areaIndex) => spec.rows.slice(areaIndex * series.length, (areaIndex + 1) * series.length));
  const chart: StackedSharesChart | PanelBarsChart =
    layout === 'stacked'
      ? {
          kind: 'stacked-shares',
          series,
          areas: members.map((area, index) => ({ areaId: area.id, areaName: area.name, isFocus: area.id === focus.id, segments: specRows[index] ?? [] })),
        }
      : {
          kind: 'panel-bars',
          percent: shareOf,
          panels: series.map((title, seriesIndex) => ({
            title,
            rows: specRows.map((areaRows) => areaRows[seriesIndex]).filter((row): row is ChartRow => row !== undefined),
          })),
        };
  return { series, spec, chart };
}

function levelsRow(
  area: Area,
  report: AreaYearReport | undefined,
  data: YearData,
  year: string,
  level: LevelKey | undefined,
  category: CategoryKey | undefined,
  sliceLevel: LevelKey | undefined,
  sliceCategory: CategoryKey | undefined,
  share: boolean,
  unit: string,
  focusId: string,
  series: string,
): ChartRow {
  const base = {
    areaId: area.id,
    areaName: area.name,
    year,
    measureId: `snapshot.${level ?? 'total'}.${category ?? 'total'}`,
    measureLabel: `MAPPA-eligible offenders: ${series}`,
    series,
    unit,
    isFocus: area.id === focusId,
    isReference: area.kind === 'national',
  };
  const error = recordErrorFor(data, area.id);
  if (error) return { ...base, cell: { kind: 'missing' }, value: undefined, status: 'data error', source: `Data error: ${error.message}` };
  if (!report)
    return { ...base, cell: { kind: 'missing' }, value: undefined, status: 'no figure held', source: `No figures for ${area.name} ${year} are held here` };
  if (category && !categoriesFor(report.year).includes(category)) {
    return { ...base, cell: { kind: 'not-applicable' }, value: undefined, status: 'not applicable', source: 'Category 4 starts in 2022-23' };
  }
  const cell = sliceCell(report, level, category);
  if (!share) {
    const own = statusOf(cell, report.provenance);
    // A disputed total is drawn at the value the rule chooses; the note lists every value.
    const dispute = cell.kind === 'disputed' ? resolveDispute(cell.claims) : undefined;
    return { ...base, cell, value: resolvedValue(cell), ...own, dispute, ...warnings(snapshotTotalFindings(report, [[level, category]])) };
  }
  const whole = sliceCell(report, sliceLevel, sliceCategory);
  const ratio = ratioCell([cell], whole, 100);
  const part = statusOf(cell, report.provenance);
  const total = statusOf(whole, report.provenance);
  // A share is only as trustworthy as the weaker of its part and its whole.
  const trust = weakestTrust([trustOfStatus(part.status), trustOfStatus(total.status)]);
  const wholeValue = resolvedValue(whole);
  return {
    ...base,
    measureId: `${base.measureId}.share`,
    cell: ratio,
    value: ratio.kind === 'value' ? ratio.value : undefined,
    status: ratio.kind === 'value' && trust ? statusOfDerived(trust) : 'cannot be calculated',
    source: `Calculated here from: ${[...new Set([part.source, total.source])].join('; ')}`,
    basis: {
      count: resolvedValue(cell),
      countLabel: `MAPPA-eligible offenders: ${series}`,
      countStatus: part.status,
      countSource: part.source,
      denominator: `the area's total (${wholeValue === undefined ? 'not there' : `${formatNumber(wholeValue)}, ${total.status}`})`,
    },
    // A share of a published total that does not add up carries the total's warning.
    ...warnings(
      snapshotTotalFindings(report, [
        [level, category],
        [sliceLevel, sliceCategory],
      ]),
    ),
  };
}

function warnings(findings: ConsistencyFinding[]): Pick<ChartRow, 'totalFindings'> {
  return findings.length > 0 ? { totalFindings: findings } : {};
}

/** One gap note per area, not one per series. */
function dedupeAreas(rows: ChartRow[]): ChartRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.areaId}-${row.status}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
