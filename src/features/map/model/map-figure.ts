import type { Area } from '../../../domain/area';
import type { ChartRow } from '../../../domain/chart-row';
import type { ComparatorGroup } from '../../../domain/comparator-groups';
import type { FigureDescription } from '../../../domain/figure';
import { isPopulationRate, type Measure } from '../../../domain/measures';
import type { TileMapChart } from '../../../domain/tile-map';
import { statusMark, valueMark } from '../../../domain/trust';
import { NO_VALUE_TEXT } from '../../../domain/value-status';
import { crossesRateSeriesBreak, isRegionalEra } from '../../../domain/years';
import { formatNumber } from '../../../lib/format';
import { changeBetween, rowChange } from '../../../shared/model/change';
import { capitalise, chartSpec, gapNotes } from '../../../shared/model/chart-text';
import { measureNotes, measureSlug, shortUnit, timingText, withUnit } from '../../../shared/model/measure-text';
import { compareNationalWithAreaSum } from '../../../shared/model/national-sum';
import { rankNotes, rankRows, rowRank } from '../../../shared/model/rank';
import { measureRow, unitLabelFor, type YearData } from '../../../shared/model/year-data';
import type { UnitId } from '../../../domain/chart-options';
import { mapSummary } from './map-summary';
import { tileMapModel } from './tile-map-model';
import { REGION_TILE_LAYOUT, TILE_LAYOUT } from './tile-layout';

export interface MapFigureInput {
  areas: readonly Area[];
  data: YearData | undefined;
  year: string;
  measure: Measure;
  unit: UnitId;
  focus: Area;
  group: ComparatorGroup;
  /** The year before, for the table's change column. */
  previous?: YearData | undefined;
}

/**
 * The map of one measure and year: the same rows, ranks, changes, notes and source as the compare
 * view's ranked bars (so the table, CSV and workbook are the same), drawn as one tile per area.
 */
export function buildMapFigure(input: MapFigureInput): FigureDescription<TileMapChart> {
  const { areas, data, year, measure, unit, focus, group, previous } = input;
  const inGroup = new Set(group.areaIds);
  const national = areas.find((area) => area.kind === 'national');
  const members = areas.filter((area) => inGroup.has(area.id));
  const seriesBreak = previous !== undefined && isPopulationRate(measure, unit) && crossesRateSeriesBreak(previous.year, year);
  const withChange = (row: ChartRow, area: Area): ChartRow => {
    if (!previous) return row;
    const change = changeBetween(row, measureRow(area, previous, previous.year, measure, unit, focus.id), seriesBreak);
    return { ...row, change: rowChange(change, previous.year) };
  };
  const rows = members.map((area) => withChange(measureRow(area, data, year, measure, unit, focus.id), area));
  const reference = national ? withChange(measureRow(national, data, year, measure, unit, focus.id), national) : undefined;
  // The table lists the areas in rank order, as the compare view's does by default.
  const ranked = rankRows(rows).map((entry) => ({ ...entry, row: { ...entry.row, rank: rowRank(entry) } }));
  // Counts add up, rates do not: only a count can be set beside England and Wales's own figure.
  const nationalSum =
    // The areas add up to England and Wales in the years they reported (regions are their sums then).
    reference && measure.kind === 'count' && unit === 'count' && !isRegionalEra(year) && members.every((area) => area.kind === 'area')
      ? compareNationalWithAreaSum(
          areas.filter((area) => area.kind === 'area').map((area) => measureRow(area, data, year, measure, unit, focus.id)),
          reference,
        )
      : undefined;
  const allRows = [...ranked.map((entry) => entry.row), ...(reference ? [reference] : [])];
  const nameOf = (id: string) => areas.find((area) => area.id === id)?.name ?? id;
  const notes = [
    ...gapNotes(allRows, '(a white square marked “no figure”, not zero)'),
    ...(nationalSum ? [{ text: nationalSum.text, appliesTo: (row: ChartRow) => row.isReference }] : []),
    ...measureNotes(measure, unit, year),
    ...(seriesBreak && previous
      ? [`Changes since ${previous.year} compare rates on different population bases (the 2021 census from 2021-22), so they are not like for like.`]
      : []),
    ...rankNotes(ranked),
  ];

  const unitLabel = unitLabelFor(measure, unit);
  const short = shortUnit(measure, unit);
  const summaryParts = [mapSummary(allRows, focus.id, { unitSuffix: withUnit('', short) })];
  if (reference?.value !== undefined) summaryParts.push(`England and Wales: ${withUnit(formatNumber(reference.value), short)}${statusMark(reference.status)}.`);
  const atRegions = focus.kind === 'region' || members.some((area) => area.kind === 'region');
  const unit1 = atRegions ? 'probation region' : 'area';
  const everyArea = members.length === areas.filter((area) => area.kind === (atRegions ? 'region' : 'area')).length;
  const spec = chartSpec({
    id: `map-${measureSlug(measure.id)}${unit === 'count' ? '' : `-${unit}`}`,
    title: `${measure.label}: map of ${group.label}, ${year}`,
    subtitle: `${capitalise(unitLabel)}, ${timingText(measure, year)}. One square per ${unit1}, placed roughly where it is; darker squares have higher values. ${focus.name} has a thick outline.${everyArea ? '' : ` ${capitalise(unit1)}s outside ${group.label} are grey.`}`,
    summary: summaryParts.join(' '),
    unit: unitLabel,
    rows: allRows,
    notes,
    fileNameParts: [
      'map',
      measureSlug(measure.id),
      unit === 'count' ? '' : unit,
      year,
      focus.name,
      'vs',
      group.label.replace(/^(all|the|areas in the) /, ''),
    ].filter(Boolean),
  });

  const model = tileMapModel({
    rows: spec.rows,
    focusAreaId: focus.id,
    groupAreaIds: group.areaIds,
    areaName: nameOf,
    formatValue: formatNumber,
    layout: atRegions ? REGION_TILE_LAYOUT : TILE_LAYOUT,
  });
  const specReference = spec.rows.find((row) => row.isReference);
  return {
    spec,
    chart: {
      kind: 'tile-map',
      id: spec.id,
      legendTitle: capitalise(unitLabel),
      columns: model.grid.columns,
      rows: model.grid.rows,
      tiles: model.tiles,
      legend: model.legend,
      referenceText: specReference ? `England and Wales (no square): ${referenceValue(specReference, short)}` : undefined,
    },
  };
}

function referenceValue(row: ChartRow, short: string): string {
  if (row.value === undefined) return NO_VALUE_TEXT[row.status] ?? 'no figure';
  return `${withUnit(formatNumber(row.value), short)}${valueMark(row.status, row.dispute !== undefined)}`;
}
