import { LEVEL_NOUNS, levelOf, unitsAt } from '../../../domain/geography';
import type { Area } from '../../../domain/area';
import type { ChartRow } from '../../../domain/chart-row';
import type { FigureDescription, SpineChart, SpineLine } from '../../../domain/figure';
import { MEASURES, type MeasureId } from '../../../domain/measures';
import { spineSummary } from '../../../domain/statistics/spine';
import { trustOfStatus, weakestTrust } from '../../../domain/trust';
import { hasCategory4, isMappaYear, snapshotDate } from '../../../domain/years';
import { chartSpec, gapNotes, type NoteInput } from '../../../shared/model/chart-text';
import { compareWithNational } from '../../../shared/model/comparison';
import { intervalMethodNote } from '../../../shared/model/intervals';
import { shortUnit } from '../../../shared/model/measure-text';
import { measureRow, type YearData } from '../../../shared/model/year-data';
import type { UnitId } from '../../../domain/chart-options';

interface SpineMeasure {
  id: MeasureId;
  unit: UnitId;
  /** Short enough for a row of the profile. */
  label: string;
}

/**
 * The area profile's measures: every one a rate or share, so areas of different sizes can be set
 * side by side and each value has an interval. Counts appear beside them in the Count column.
 */
export const SPINE_MEASURES: readonly SpineMeasure[] = [
  { id: 'rsoPer100k', unit: 'count', label: 'Registered sexual offenders per 100,000' },
  { id: 'total', unit: 'rate', label: 'MAPPA-eligible offenders per 100,000' },
  { id: 'category2', unit: 'rate', label: 'Category 2 (violent offenders) per 100,000' },
  { id: 'category3', unit: 'rate', label: 'Category 3 (other dangerous offenders) per 100,000' },
  { id: 'category4', unit: 'rate', label: 'Category 4 (terrorist and terrorist-risk) per 100,000' },
  { id: 'level23Share', unit: 'count', label: 'Managed at level 2 or 3 on 31 March, %' },
  { id: 'level23Yearly', unit: 'rate', label: 'Managed at level 2 or 3 during the year, per 100,000' },
  { id: 'shpo', unit: 'rate', label: 'SHPOs made, per 100,000' },
  { id: 'revocations', unit: 'rate', label: 'Lifetime notification revoked, per 100,000' },
  { id: 'breachOfLicenceRate', unit: 'count', label: 'Recalled for breach of licence, per 100 at levels 2 and 3' },
];

export interface SpineInput {
  areas: readonly Area[];
  data: YearData;
  focus: Area;
}

function periodOf(id: MeasureId, year: string): string {
  return MEASURES[id].timing === 'snapshot' && isMappaYear(year) ? snapshotDate(year) : year;
}

/**
 * The focus area's profile after Fingertips: for each measure its count and value, England and
 * Wales's value, and where it sits on the spread of all the areas' values (lowest, 25th and 75th
 * percentiles, highest), with its comparison with England and Wales. The spread is as trustworthy
 * as the weakest of the values it is taken from.
 */
export function buildSpineFigure({ areas, data, focus }: SpineInput): FigureDescription<SpineChart> {
  const year = data.year;
  const national = areas.find((area) => area.kind === 'national');
  // A region is set among the regions, an area (or England and Wales) among the areas.
  const locals = unitsAt(areas, levelOf(focus));
  const measures = SPINE_MEASURES.filter((entry) => entry.id !== 'category4' || (isMappaYear(year) && hasCategory4(year)));
  const lines = measures.map((entry): SpineLine => {
    const measure = MEASURES[entry.id];
    const unitText = shortUnit(measure, entry.unit);
    const labelled = (row: ChartRow): ChartRow => ({ ...row, measureLabel: entry.label });
    const nationalRow = national ? labelled(measureRow(national, data, year, measure, entry.unit, focus.id)) : undefined;
    const quantity = measure.kind === 'calculated-share' && entry.id !== 'breachOfLicenceRate' ? 'share' : 'rate';
    const own = labelled(measureRow(focus, data, year, measure, entry.unit, focus.id));
    const row = focus.kind !== 'national' ? { ...own, comparison: compareWithNational(own, nationalRow, { quantity, unitText }) } : own;
    const values = locals.map((area) => measureRow(area, data, year, measure, entry.unit, focus.id)).filter((r) => r.value !== undefined);
    const spread =
      values.length >= 2 ? { ...spineSummary(values.map((r) => r.value ?? 0)), trust: weakestTrust(values.map((r) => trustOfStatus(r.status))) } : undefined;
    return { measureLabel: entry.label, period: periodOf(entry.id, year), unitText, row, national: nationalRow, spread };
  });
  const rows = [...lines.map((line) => line.row), ...lines.flatMap((line) => (line.national ? [line.national] : []))];
  const notes: NoteInput[] = [
    ...gapNotes(rows, '(no marker, not zero)'),
    'Each spine runs from the lowest to the highest value among the areas with a figure; the darker middle is the 25th to 75th percentile (half the areas lie there). The black line is England and Wales, held at the end of the spine where it lies outside the areas’ range.',
    ...(lines.some((line) => line.spread?.trust === 'illustrative')
      ? ['The spread of the areas (lowest, percentiles, highest) includes illustrative figures, so it is illustrative too: values marked * are synthetic.']
      : []),
    intervalMethodNote('rate', ' (in the table) for rates per 100,000'),
    'Shares and “per 100” figures use the Wilson score method for their intervals instead.',
    'Rates per 100,000 other than registered sexual offenders are calculated here, using each area’s population aged 10 and over inferred from its category 1 count and published rate. Counts are whole populations, not samples: the Count column has no interval.',
  ];
  const results = lines.map((line) => line.row.comparison?.result ?? 'not compared');
  const count = (result: string) => results.filter((r) => r === result).length;
  const illustrative = lines.some((line) => line.row.comparison?.trust === 'illustrative');
  const summary =
    focus.kind !== 'national'
      ? `${focus.name} compared with England and Wales, ${year}: higher on ${count('higher')} of ${lines.length} measures, similar on ${count('similar')} and lower on ${count('lower')}` +
        `${count('not compared') > 0 ? `; ${count('not compared')} not compared` : ''}${illustrative ? ' (some comparisons are illustrative: built from synthetic figures)' : ''}.`
      : `England and Wales, ${year}, on the spread of the areas' values.`;
  const spec = chartSpec({
    id: 'area-profile',
    title: `${focus.kind === 'region' ? 'Region' : 'Area'} profile: ${focus.name} among the ${locals.length} ${LEVEL_NOUNS[levelOf(focus)].many}, ${year}`,
    subtitle: `Each measure’s value for ${focus.name}, England and Wales’s, and where ${focus.name} sits on the spread of every area’s value. ▲ higher, ● similar, ▼ lower than England and Wales (95% interval); hollow markers are illustrative.`,
    summary,
    unit: 'various: see each measure',
    rows,
    notes,
    fileNameParts: ['area-profile', year, focus.name],
  });
  const specRow = new Map(spec.rows.map((row) => [`${row.areaId}|${row.measureId}`, row]));
  const fromSpec = (row: ChartRow | undefined) => (row ? (specRow.get(`${row.areaId}|${row.measureId}`) ?? row) : undefined);
  return {
    spec,
    chart: {
      kind: 'spine',
      areaName: focus.name,
      lines: lines.map((line) => ({ ...line, row: fromSpec(line.row) ?? line.row, national: fromSpec(line.national) })),
    },
  };
}
