import type { Cell } from './cell';
import { resolvedValue } from './disputes';
import { hasCategory4 } from './years';
import type { AreaYearReport } from './report-schema';
import type { UnitId } from './chart-options';

export const MEASURE_IDS = [
  'rsoPer100k',
  'total',
  'category1',
  'category2',
  'category3',
  'category4',
  'level1',
  'level2',
  'level3',
  'level23Share',
  'level23Yearly',
  'revocations',
  'shpo',
  'shpoForeignTravel',
  'notificationOrders',
  'sroBreachNotifications',
  'breachOfLicence',
  'breachOfOrder',
  'breachOfLicenceRate',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export type MeasureKind = 'count' | 'published-rate' | 'calculated-share';

export interface Measure {
  id: MeasureId;
  label: string;
  /** What one unit of the value is, for subtitles and axes. */
  unitLabel: string;
  kind: MeasureKind;
  /** "snapshot" figures are counted on 31 March; "year" figures over the whole year. */
  timing: 'snapshot' | 'year';
  glossary: GlossaryTermId[];
  figure: (report: AreaYearReport) => Cell;
  /** The report figure this measure is (see figure-catalogue.ts); none for values calculated here. */
  figureId?: string;
  /** For values calculated here: the published figures they are calculated from (the parts, then the whole). */
  inputs?: (report: AreaYearReport) => Cell[];
  /** For values calculated here: what the parts count and what the whole is, for the count-beside-rate columns. */
  basisLabels?: { count: string; whole: string };
}

export type GlossaryTermId =
  | 'mappa'
  | 'levels'
  | 'categories'
  | 'shpo'
  | 'notificationOrder'
  | 'sro'
  | 'recall'
  | 'revocation'
  | 'per100k'
  | 'snapshot'
  | 'illustrative'
  | 'notApplicable'
  | 'disputed'
  | 'confidenceInterval'
  | 'comparedWithNational'
  | 'rankRange'
  | 'funnelPlot'
  | 'overdispersion'
  | 'spineChart';

/** part ÷ whole × scale, to one decimal place; no value unless every input has one. */
export function ratioCell(parts: Cell[], whole: Cell, scale: number): Cell {
  const inputs = [...parts, whole];
  if (inputs.some((cell) => resolvedValue(cell) === undefined)) {
    return inputs.some((cell) => cell.kind === 'not-applicable') ? { kind: 'not-applicable' } : { kind: 'missing' };
  }
  const values = inputs.map((cell) => resolvedValue(cell) ?? 0);
  const wholeValue = values.pop() ?? 0;
  if (wholeValue === 0) return { kind: 'missing' };
  const partSum = values.reduce((a, b) => a + b, 0);
  return { kind: 'value', value: Math.round((partSum / wholeValue) * scale * 10) / 10 };
}

const level23ShareInputs = (r: AreaYearReport) => [r.snapshot.rowTotals.level2, r.snapshot.rowTotals.level3, r.snapshot.grandTotal];
const recallRateInputs = (r: AreaYearReport) => [r.returnedToCustody.breachOfLicence.grandTotal, r.level23Yearly.grandTotal];

const count = (
  id: MeasureId,
  label: string,
  timing: Measure['timing'],
  glossary: GlossaryTermId[],
  figure: (report: AreaYearReport) => Cell,
  figureId: string,
): Measure => ({ id, label, unitLabel: 'people', kind: 'count', timing, glossary, figure, figureId });

export const MEASURES: Record<MeasureId, Measure> = {
  rsoPer100k: {
    id: 'rsoPer100k',
    label: 'Registered sexual offenders per 100,000 population',
    unitLabel: 'per 100,000 population aged 10 and over',
    kind: 'published-rate',
    timing: 'snapshot',
    glossary: ['per100k', 'confidenceInterval', 'comparedWithNational'],
    figure: (r) => r.rsoPer100k.rate,
    figureId: 'rsoPer100k',
  },
  total: count('total', 'MAPPA-eligible offenders (all)', 'snapshot', ['mappa', 'snapshot'], (r) => r.snapshot.grandTotal, 'snapshot.total.total'),
  category1: count(
    'category1',
    'Category 1: registered sexual offenders',
    'snapshot',
    ['categories'],
    (r) => r.snapshot.columnTotals.category1,
    'snapshot.total.category1',
  ),
  category2: count(
    'category2',
    'Category 2: violent offenders',
    'snapshot',
    ['categories'],
    (r) => r.snapshot.columnTotals.category2,
    'snapshot.total.category2',
  ),
  category3: count(
    'category3',
    'Category 3: other dangerous offenders',
    'snapshot',
    ['categories'],
    (r) => r.snapshot.columnTotals.category3,
    'snapshot.total.category3',
  ),
  category4: count(
    'category4',
    'Category 4: terrorist and terrorist-risk offenders',
    'snapshot',
    ['categories'],
    (r) => (hasCategory4(r.year) ? (r.snapshot.columnTotals.category4 ?? { kind: 'missing' }) : { kind: 'not-applicable' }),
    'snapshot.total.category4',
  ),
  level1: count('level1', 'Managed at level 1', 'snapshot', ['levels'], (r) => r.snapshot.rowTotals.level1, 'snapshot.level1.total'),
  level2: count('level2', 'Managed at level 2', 'snapshot', ['levels'], (r) => r.snapshot.rowTotals.level2, 'snapshot.level2.total'),
  level3: count('level3', 'Managed at level 3', 'snapshot', ['levels'], (r) => r.snapshot.rowTotals.level3, 'snapshot.level3.total'),
  level23Share: {
    id: 'level23Share',
    label: 'Share managed at level 2 or 3 (calculated here)',
    unitLabel: '% of all MAPPA-eligible offenders',
    kind: 'calculated-share',
    timing: 'snapshot',
    glossary: ['levels'],
    figure: (r) => ratioCell([r.snapshot.rowTotals.level2, r.snapshot.rowTotals.level3], r.snapshot.grandTotal, 100),
    inputs: level23ShareInputs,
    basisLabels: { count: 'offenders managed at level 2 or 3 on 31 March', whole: 'all MAPPA-eligible offenders on 31 March' },
  },
  level23Yearly: count(
    'level23Yearly',
    'Managed at level 2 or 3 during the year',
    'year',
    ['levels'],
    (r) => r.level23Yearly.grandTotal,
    'level23Yearly.total.total',
  ),
  revocations: count('revocations', 'Lifetime notification revoked on application', 'year', ['revocation'], (r) => r.revocations, 'revocations'),
  shpo: count('shpo', 'Sexual Harm Prevention Orders (SHPOs)', 'year', ['shpo'], (r) => r.orders.shpo, 'orders.shpo'),
  shpoForeignTravel: count(
    'shpoForeignTravel',
    'SHPOs with a foreign travel restriction',
    'year',
    ['shpo'],
    (r) => r.orders.shpoForeignTravel,
    'orders.shpoForeignTravel',
  ),
  notificationOrders: count(
    'notificationOrders',
    'Notification orders',
    'year',
    ['notificationOrder'],
    (r) => r.orders.notificationOrders,
    'orders.notificationOrders',
  ),
  sroBreachNotifications: count(
    'sroBreachNotifications',
    'Made subject to notification after breaching a Sexual Risk Order',
    'year',
    ['sro'],
    (r) => r.sroBreachNotifications,
    'sroBreachNotifications',
  ),
  breachOfLicence: count(
    'breachOfLicence',
    'Returned to custody: breach of licence',
    'year',
    ['recall'],
    (r) => r.returnedToCustody.breachOfLicence.grandTotal,
    'breachOfLicence.total.total',
  ),
  breachOfLicenceRate: {
    id: 'breachOfLicenceRate',
    label: 'Returned to custody for breach of licence per 100 offenders at levels 2 and 3 in the year (calculated here)',
    unitLabel: 'per 100 offenders managed at levels 2 and 3 during the year',
    kind: 'calculated-share',
    timing: 'year',
    glossary: ['recall', 'levels'],
    figure: (r) => ratioCell([r.returnedToCustody.breachOfLicence.grandTotal], r.level23Yearly.grandTotal, 100),
    inputs: recallRateInputs,
    basisLabels: { count: 'returned to custody for breach of licence', whole: 'offenders managed at levels 2 and 3 during the year' },
  },
  breachOfOrder: count(
    'breachOfOrder',
    'Returned to custody: breach of SOPO/SHPO',
    'year',
    ['recall', 'shpo'],
    (r) => r.returnedToCustody.breachOfOrder.grandTotal,
    'breachOfOrder.total.total',
  ),
};

/** Rates per 100,000 population, whose population basis changes at the 2021 census. */
export function isPopulationRate(measure: Measure, unit: UnitId): boolean {
  return measure.id === 'rsoPer100k' || (measure.kind === 'count' && unit === 'rate');
}

/** Units a measure can be shown in: counts can become rates or shares; published rates cannot. */
export function unitsFor(measure: Measure): UnitId[] {
  if (measure.kind === 'count') return measure.id === 'total' ? ['count', 'rate'] : ['count', 'rate', 'share'];
  return ['count'];
}
