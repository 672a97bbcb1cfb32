import type { Area } from '../../../domain/area';
import type { ChartRow } from '../../../domain/chart-row';
import type { ComparatorGroup } from '../../../domain/comparator-groups';
import type { FigureDescription, FunnelChart, FunnelPoint } from '../../../domain/figure';
import type { Measure } from '../../../domain/measures';
import { classifyFunnelPoint, funnelLimitCurve, funnelLimitsAt, type FunnelPosition, type FunnelSettings } from '../../../domain/statistics/funnel-limits';
import { statusMark, trustOfStatus, trustQualifier, weakestTrust } from '../../../domain/trust';
import { formatNumber } from '../../../lib/format';
import { capitalise, chartSpec, findingNotes, gapNotes, type NoteInput } from '../../../shared/model/chart-text';
import { compareWithNational, trustMark } from '../../../shared/model/comparison';
import { intervalNotes, intervalStatistic } from '../../../shared/model/intervals';
import { measureNotes, measureSlug, shortUnit, timingText, withUnit } from '../../../shared/model/measure-text';
import { measureRow, unitLabelFor, type YearData } from '../../../shared/model/year-data';
import type { UnitId } from '../../../domain/chart-options';

export interface FunnelInput {
  areas: readonly Area[];
  data: YearData | undefined;
  year: string;
  measure: Measure;
  /** 'rate' or 'share' for counts; 'count' for a measure that is already a rate or share. */
  unit: UnitId;
  focus: Area;
  group: ComparatorGroup;
}

/** Points drawn per limit line: enough for a smooth curve. */
const LIMIT_POINTS = 80;

const POSITION_TEXT: Record<FunnelPosition, string> = {
  'above 99.8%': 'above the upper 99.8% limit',
  'above 95%': 'above the upper 95% limit (within the 99.8% limits)',
  within: 'within the 95% limits',
  'below 95%': 'below the lower 95% limit (within the 99.8% limits)',
  'below 99.8%': 'below the lower 99.8% limit',
};

/** What the x axis counts: the population for rates, the whole for shares. */
export function denominatorLabel(measure: Measure, unit: UnitId): string {
  if (measure.kind === 'published-rate' || unit === 'rate') return 'Population aged 10 and over (inferred from the published rate)';
  if (measure.basisLabels) return capitalise(measure.basisLabels.whole);
  return 'All MAPPA-eligible offenders on 31 March';
}

/**
 * A funnel plot of one measure for the comparator group: each area's rate or share against its
 * denominator, with England and Wales's figure and the 95% and 99.8% control limits around it.
 * The limits are only as trustworthy as England and Wales's figure; each point's position as the
 * weaker of that and its own interval.
 */
export function buildFunnelFigure(input: FunnelInput): FigureDescription<FunnelChart> {
  const { areas, data, year, measure, unit, focus, group } = input;
  const statistic = intervalStatistic(measure, unit);
  if (!statistic) throw new RangeError(`A funnel plot needs a rate or a share, not a count (${measure.id}).`);
  const multiplier = statistic === 'rate' ? 100_000 : 100;
  const short = shortUnit(measure, unit);
  const inGroup = new Set(group.areaIds);
  const national = areas.find((area) => area.kind === 'national');
  const reference = national ? measureRow(national, data, year, measure, unit, focus.id) : undefined;
  const benchmark = reference?.value !== undefined ? reference : undefined;
  const comparing = { quantity: statistic === 'rate' || measure.id === 'breachOfLicenceRate' ? 'rate' : 'share', unitText: short } as const;
  const rows = areas
    .filter((area) => inGroup.has(area.id))
    .map((area) => {
      const row = measureRow(area, data, year, measure, unit, focus.id);
      return { ...row, comparison: compareWithNational(row, reference, comparing) };
    })
    .sort((a, b) => a.areaName.localeCompare(b.areaName));
  const settings: FunnelSettings | undefined = benchmark?.value === undefined ? undefined : { statistic, benchmark: benchmark.value, multiplier };
  const benchmarkTrust = benchmark ? trustOfStatus(benchmark.status) : undefined;
  const points = rows.flatMap((row): FunnelPoint[] => {
    const count = row.basis?.count;
    const denominator = row.basis?.denominatorValue;
    if (row.value === undefined || count === undefined || denominator === undefined || !(denominator > 0) || !row.interval) return [];
    // Classified by the unrounded value, so a point is outside a 95% line exactly when its own interval excludes England and Wales.
    const exact = (count / denominator) * multiplier;
    const position = settings ? classifyFunnelPoint(exact, funnelLimitsAt(settings, denominator)) : undefined;
    return [{ row, denominator, position, trust: weakestTrust([row.interval.trust, benchmarkTrust]) }];
  });
  const denominators = points.map((point) => point.denominator);
  const limits =
    settings && denominators.length > 0 ? funnelLimitCurve(settings, Math.min(...denominators) * 0.85, Math.max(...denominators) * 1.05, LIMIT_POINTS) : [];

  const nameOf = (id: string) => areas.find((area) => area.id === id)?.name ?? id;
  const unitLabel = unitLabelFor(measure, unit);
  const allRows: ChartRow[] = [...rows, ...(reference ? [reference] : [])];
  const notes: NoteInput[] = [
    ...findingNotes(data?.reports ?? [], new Set([...inGroup, ...(national ? [national.id] : [])]), measure.id, nameOf),
    ...gapNotes(allRows, '(not plotted, not zero)'),
    ...funnelNotes(points, benchmark, rows),
    ...measureNotes(measure, unit, year),
    ...intervalNotes(measure, unit),
  ];
  const spec = chartSpec({
    id: `funnel-${measure.id}-${unit}`,
    title: `${measure.label}: funnel plot of ${group.label}, ${year}`,
    subtitle:
      `${capitalise(unitLabel)}, ${timingText(measure, year)}, against ${denominatorLabel(measure, unit).toLowerCase()}. ` +
      `The solid line is England and Wales; dashed lines are the 95% control limits and dotted lines the 99.8% limits. ${focus.name} is the large diamond.`,
    summary: funnelSummary(points, benchmark, focus, short),
    unit: unitLabel,
    rows: allRows,
    notes,
    fileNameParts: [
      'funnel',
      measureSlug(measure.id),
      unit === 'count' ? '' : unit,
      year,
      focus.name,
      'vs',
      group.label.replace(/^(all|the|areas in the) /, ''),
    ].filter(Boolean),
  });
  const specRow = new Map(spec.rows.map((row) => [row.areaId, row]));
  return {
    spec,
    chart: {
      kind: 'funnel',
      statistic,
      multiplier,
      benchmark: benchmark && specRow.get(benchmark.areaId),
      points: points.map((point) => ({ ...point, row: specRow.get(point.row.areaId) ?? point.row })),
      limits,
      xLabel: denominatorLabel(measure, unit),
      yLabel: short === '%' ? 'Per cent (%)' : capitalise(short),
    },
  };
}

/** Which side of the limits a point is on, in words, with how far it can be quoted. */
export function positionText(point: FunnelPoint): string {
  if (!point.position) return 'not placed: there is no England and Wales figure to draw limits around';
  return `${POSITION_TEXT[point.position]}${trustMark(point.trust)}`;
}

function funnelSummary(points: readonly FunnelPoint[], benchmark: ChartRow | undefined, focus: Area, short: string): string {
  if (!benchmark?.value) {
    return `There is no England and Wales figure for this measure and year, so no control limits can be drawn.`;
  }
  const national = `England and Wales: ${withUnit(formatNumber(benchmark.value), short)}${statusMark(benchmark.status)}.`;
  const focusPoint = points.find((point) => point.row.areaId === focus.id);
  const focusText = focusPoint
    ? `${focus.name}: ${withUnit(formatNumber(focusPoint.row.value ?? 0), short)}${statusMark(focusPoint.row.status)}, ${positionText(focusPoint)}.`
    : `${focus.name} is not plotted: it has no figure, or no count and denominator to place it by.`;
  const outside95 = points.filter((point) => point.position !== 'within').length;
  const outside998 = points.filter((point) => point.position === 'above 99.8%' || point.position === 'below 99.8%').length;
  const trust = weakestTrust(points.map((point) => point.trust));
  const caveat = trust === 'published' || trust === undefined ? '' : ` (${trustQualifier(trust)})`;
  return `${focusText} ${national} ${outside95} of ${points.length} areas plotted are outside the 95% limits and ${outside998} outside the 99.8% limits${caveat}.`;
}

function funnelNotes(points: readonly FunnelPoint[], benchmark: ChartRow | undefined, rows: readonly ChartRow[]): NoteInput[] {
  const notes: NoteInput[] = [
    'Control limits: if every area’s true value were England and Wales’s, about 1 area in 20 would fall outside the 95% limits and 1 in 500 outside the 99.8% limits by chance alone. ' +
      'They narrow as the denominator grows, because larger counts vary less by chance. Many areas outside the limits mean the areas genuinely differ (or are recorded differently), not that chance is at work.',
  ];
  if (benchmark && trustOfStatus(benchmark.status) !== 'published') {
    notes.push({
      text: `The limits are drawn around England and Wales’s figure, which is ${benchmark.status}, so they are ${benchmark.status === 'illustrative' ? 'illustrative' : benchmark.status} too.`,
      appliesTo: (row: ChartRow) => row.isReference,
    });
  }
  for (const side of ['above', 'below'] as const) {
    const beyond = points.filter((point) => point.position === `${side} 99.8%`);
    if (beyond.length === 0) continue;
    const ids = new Set(beyond.map((point) => point.row.areaId));
    const names = beyond.map((point) => `${point.row.areaName}${trustMark(point.trust)}`);
    notes.push({
      text: `${capitalise(side)} the ${side === 'above' ? 'upper' : 'lower'} 99.8% limit: ${names.join(', ')}.`,
      appliesTo: (row: ChartRow) => ids.has(row.areaId),
    });
  }
  const unplotted = rows.filter((row) => row.value !== undefined && !points.some((point) => point.row.areaId === row.areaId));
  if (unplotted.length > 0) {
    notes.push(
      `Not plotted: ${unplotted.map((row) => row.areaName).join(', ')}: the count or what it is divided by is not there, so there is nothing to place them by.`,
    );
  }
  return notes;
}
