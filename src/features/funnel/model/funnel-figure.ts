import type { Area } from '../../../domain/area';
import type { ChartRow } from '../../../domain/chart-row';
import type { ComparatorGroup } from '../../../domain/comparator-groups';
import type { FigureDescription, FunnelChart, FunnelPoint } from '../../../domain/figure';
import type { Measure } from '../../../domain/measures';
import {
  classifyFunnelPoint,
  funnelLimitCurve,
  funnelLimitsAt,
  logSpacedDenominators,
  type FunnelLimits,
  type FunnelPosition,
  type FunnelSettings,
} from '../../../domain/statistics/funnel-limits';
import { estimateOverdispersion, overdispersedLimitsAt, spreadInPlottedUnits, type OverdispersionEstimate } from '../../../domain/statistics/overdispersion';
import type { FunnelOverdispersion } from '../../../domain/figure';
import { statusMark, trustOfStatus, trustQualifier, weakestTrust } from '../../../domain/trust';
import { formatNumber } from '../../../lib/format';
import { capitalise, chartSpec, gapNotes, type NoteInput } from '../../../shared/model/chart-text';
import { compareWithNational, trustMark } from '../../../shared/model/comparison';
import { intervalNotes, intervalStatistic } from '../../../shared/model/intervals';
import { measureNotes, measureSlug, shortUnit, timingText, withUnit } from '../../../shared/model/measure-text';
import { measureRow, unitLabelFor, type YearData } from '../../../shared/model/year-data';
import type { LimitsId, UnitId } from '../../../domain/chart-options';
import type { Trust } from '../../../domain/trust';

export interface FunnelInput {
  areas: readonly Area[];
  data: YearData | undefined;
  year: string;
  measure: Measure;
  /** 'rate' or 'share' for counts; 'count' for a measure that is already a rate or share. */
  unit: UnitId;
  focus: Area;
  group: ComparatorGroup;
  /** Plain limits (chance alone, the default), or limits that allow for overdispersion. */
  limits?: LimitsId | undefined;
}

/** Points drawn per limit line: enough for a smooth curve. */
const LIMIT_POINTS = 80;

/** Where a point is, in words; `which` names the limits where they allow for overdispersion. */
function positionWords(position: FunnelPosition, which: string): string {
  switch (position) {
    case 'above 99.8%':
      return `above the upper 99.8% limit${which}`;
    case 'above 95%':
      return `above the upper 95% limit${which} (within the 99.8% limits)`;
    case 'within':
      return `within the 95% limits${which}`;
    case 'below 95%':
      return `below the lower 95% limit${which} (within the 99.8% limits)`;
    case 'below 99.8%':
      return `below the lower 99.8% limit${which}`;
  }
}

const OVERDISPERSED_WORDS = ' allowing for overdispersion';

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
  const placed = rows.flatMap((row): { row: ChartRow; count: number; denominator: number; trust: Trust | undefined }[] => {
    const count = row.basis?.count;
    const denominator = row.basis?.denominatorValue;
    if (row.value === undefined || count === undefined || denominator === undefined || !(denominator > 0) || !row.interval) return [];
    return [{ row, count, denominator, trust: weakestTrust([row.interval.trust, benchmarkTrust]) }];
  });
  const allowance = settings && input.limits === 'overdispersed' ? overdispersionFor(settings, placed) : undefined;
  const widened = allowance?.kind === 'estimate' && allowance.estimate.adjusted ? allowance : undefined;
  const limitsAt = (denominator: number): FunnelLimits | undefined =>
    settings ? (widened ? overdispersedLimitsAt(settings, widened.estimate.tau2, denominator) : funnelLimitsAt(settings, denominator)) : undefined;
  const which = widened ? OVERDISPERSED_WORDS : '';
  const points = placed.map(({ row, count, denominator, trust }): FunnelPoint => {
    // Classified by the unrounded value, so a point is outside a plain 95% line exactly when its own interval excludes England and Wales.
    const exact = (count / denominator) * multiplier;
    const drawn = limitsAt(denominator);
    return {
      row,
      denominator,
      position: drawn ? classifyFunnelPoint(exact, drawn) : undefined,
      // Widened limits are estimated from every area plotted: a place against them is no better than the weakest.
      trust: widened ? weakestTrust([trust, widened.trust]) : trust,
    };
  });
  const denominators = points.map((point) => point.denominator);
  const low = Math.min(...denominators) * 0.85;
  const high = Math.max(...denominators) * 1.05;
  const limits: FunnelLimits[] =
    !settings || denominators.length === 0
      ? []
      : widened
        ? logSpacedDenominators(low, high, LIMIT_POINTS).map((denominator) => overdispersedLimitsAt(settings, widened.estimate.tau2, denominator))
        : funnelLimitCurve(settings, low, high, LIMIT_POINTS);
  const funnelOf = new Map(
    points.map((point) => [
      point.row.areaId,
      { position: point.position, limits: widened ? ('overdispersed' as const) : ('plain' as const), text: positionText(point, which), trust: point.trust },
    ]),
  );
  const placedRows = rows.map((row) => {
    const funnel = funnelOf.get(row.areaId);
    return funnel ? { ...row, funnel } : row;
  });

  const unitLabel = unitLabelFor(measure, unit);
  const allRows: ChartRow[] = [...placedRows, ...(reference ? [reference] : [])];
  const notes: NoteInput[] = [
    ...gapNotes(allRows, '(not plotted, not zero)'),
    ...funnelNotes(points, benchmark, rows, allowance, settings, short),
    ...measureNotes(measure, unit, year),
    ...intervalNotes(measure, unit),
  ];
  const overdispersedTitle = input.limits === 'overdispersed' ? ' (limits allowing for overdispersion)' : '';
  const spec = chartSpec({
    id: `funnel-${measure.id}-${unit}${input.limits === 'overdispersed' ? '-overdispersed' : ''}`,
    title: `${measure.label}: funnel plot of ${group.label}${overdispersedTitle}, ${year}`,
    subtitle:
      `${capitalise(unitLabel)}, ${timingText(measure, year)}, against ${denominatorLabel(measure, unit).toLowerCase()}. ` +
      `The solid line is England and Wales; dashed lines are the 95% control limits${which} and dotted lines the 99.8% limits. ${focus.name} is the large diamond.`,
    summary: funnelSummary(points, benchmark, focus, short, widened ? placed.length : undefined, which),
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
      input.limits === 'overdispersed' ? 'overdispersion-limits' : '',
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
      limitsMethod: widened ? 'overdispersed' : 'plain',
      overdispersion: allowance?.kind === 'estimate' ? describedEstimate(allowance) : undefined,
      xLabel: denominatorLabel(measure, unit),
      yLabel: short === '%' ? 'Per cent (%)' : capitalise(short),
    },
  };
}

/** Which side of the limits a point is on, in words, with how far it can be quoted. */
export function positionText(point: Pick<FunnelPoint, 'position' | 'trust'>, which = ''): string {
  if (!point.position) return 'not placed: there is no England and Wales figure to draw limits around';
  return `${positionWords(point.position, which)}${trustMark(point.trust)}`;
}

/** The overdispersion estimate, or why there is none. */
type Allowance = { kind: 'estimate'; estimate: OverdispersionEstimate; trust: Trust | undefined } | { kind: 'none'; reason: string };

/**
 * Spiegelhalter's estimate from every area plotted, around England and Wales. It is built from all
 * of them, so it is as trustworthy as the weakest (each point's trust already includes England and Wales's).
 */
function overdispersionFor(settings: FunnelSettings, placed: readonly { count: number; denominator: number; trust: Trust | undefined }[]): Allowance {
  if (placed.length < 2)
    return {
      kind: 'none',
      reason: `it needs at least 2 areas with a count and what it is divided by, and there ${placed.length === 1 ? 'is 1' : `are ${placed.length}`}`,
    };
  try {
    const estimate = estimateOverdispersion(settings, placed);
    return { kind: 'estimate', estimate, trust: weakestTrust(placed.map((unit) => unit.trust)) };
  } catch (error) {
    if (error instanceof RangeError) return { kind: 'none', reason: error.message.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase()) };
    throw error;
  }
}

function describedEstimate(allowance: Extract<Allowance, { kind: 'estimate' }>): FunnelOverdispersion {
  const { estimate, trust } = allowance;
  return { phi: estimate.phi, tau: estimate.tau, units: estimate.units, winsorise: estimate.winsorise, adjusted: estimate.adjusted, trust };
}

/** φ to one decimal place (two below 1); τ to two significant figures. */
function phiText(phi: number): string {
  return phi < 1 ? phi.toFixed(2) : formatNumber(Math.round(phi * 10) / 10);
}

function tauText(tau: number): string {
  return String(Number(tau.toPrecision(2)));
}

function funnelSummary(
  points: readonly FunnelPoint[],
  benchmark: ChartRow | undefined,
  focus: Area,
  short: string,
  widenedFrom: number | undefined,
  which: string,
): string {
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
  const limitsWords = widenedFrom === undefined ? '' : which;
  return `${focusText} ${national} ${outside95} of ${points.length} areas plotted are outside the 95% limits${limitsWords} and ${outside998} outside the 99.8% limits${caveat}.`;
}

const PLAIN_LIMITS_NOTE =
  'Control limits: if every area’s true value were England and Wales’s, about 1 area in 20 would fall outside the 95% limits and 1 in 500 outside the 99.8% limits by chance alone. ' +
  'They narrow as the denominator grows, because larger counts vary less by chance. Many areas outside the limits mean the areas genuinely differ (or are recorded differently), not that chance is at work.';

/** What the limits allowing for overdispersion are, the estimate and what it means, in plain English. */
function overdispersionNote(allowance: Allowance, settings: FunnelSettings, short: string): string {
  if (allowance.kind === 'none') return `Limits allowing for overdispersion cannot be estimated here: ${allowance.reason}. The plain limits are drawn.`;
  const { estimate, trust } = allowance;
  const caveat = trust === 'published' || trust === undefined ? '' : ` The estimate is ${trustQualifier(trust)}, so the widened limits are too.`;
  const method = `Spiegelhalter’s random-effects method (2005), from the ${estimate.units} areas plotted, with the most extreme ${Math.round(estimate.winsorise * 100)}% at each end pulled in so that a few do not decide it`;
  if (!estimate.adjusted) {
    return `Limits allowing for overdispersion were asked for, but the areas vary no more than chance alone would make them (φ = ${phiText(estimate.phi)} by ${method}), so no allowance is needed: the plain limits are drawn.${caveat}`;
  }
  const spread = spreadInPlottedUnits(settings, estimate.tau);
  const spreadText =
    settings.statistic === 'rate'
      ? withUnit(formatNumber(Math.round(spread * 10) / 10), short)
      : `${formatNumber(Math.round(spread * 10) / 10)} percentage points`;
  return (
    `Limits allowing for overdispersion: the areas vary about ${phiText(estimate.phi)} times as much as chance alone would make them (φ = ${phiText(estimate.phi)}, by ${method}). ` +
    `Their true values differ from England and Wales’s by roughly ±${spreadText} beyond chance (τ = ${tauText(estimate.tau)} on the method’s ${settings.statistic === 'rate' ? 'square-root' : 'arcsine'} scale), and the limits are widened by that spread. ` +
    `An area outside these limits is unusual even among areas that differ as these do; the plain limits (the other setting) show which areas differ from England and Wales by more than chance.${caveat}`
  );
}

function funnelNotes(
  points: readonly FunnelPoint[],
  benchmark: ChartRow | undefined,
  rows: readonly ChartRow[],
  allowance: Allowance | undefined,
  settings: FunnelSettings | undefined,
  short: string,
): NoteInput[] {
  const widened = allowance?.kind === 'estimate' && allowance.estimate.adjusted;
  // Drawn or not, the plain limits are what the widened ones are measured against.
  const notes: NoteInput[] = [
    widened ? PLAIN_LIMITS_NOTE.replace(/^Control limits:/, 'Plain control limits (the other setting, not drawn here):') : PLAIN_LIMITS_NOTE,
  ];
  if (allowance && settings) notes.push(overdispersionNote(allowance, settings, short));
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
      text: `${capitalise(side)} the ${side === 'above' ? 'upper' : 'lower'} 99.8% limit${widened ? OVERDISPERSED_WORDS : ''}: ${names.join(', ')}.`,
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
