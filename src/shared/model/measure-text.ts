import { hasCategory4, isMappaYear, ratePopulationBasis, snapshotDate, yearPeriod } from '../../domain/years';
import type { Measure } from '../../domain/measures';
import type { UnitId } from '../../domain/chart-options';

export function timingText(measure: Measure, year: string): string {
  if (!isMappaYear(year)) return year;
  return measure.timing === 'snapshot' ? `on ${snapshotDate(year)}` : `from ${yearPeriod(year)}`;
}

export function shortUnit(measure: Measure, unit: UnitId): string {
  if (measure.kind === 'published-rate') return 'per 100,000';
  if (measure.id === 'breachOfLicenceRate') return 'per 100 offenders at levels 2 and 3';
  if (measure.kind === 'calculated-share' || unit === 'share') return '%';
  if (unit === 'rate') return 'per 100,000';
  return '';
}

/** "145 per 100,000", "30.9%", "5,486": a number with its unit, the same way on both sides of a comparison. */
export function withUnit(text: string, unit: string): string {
  if (!unit) return text;
  return unit.startsWith('%') ? `${text}${unit}` : `${text} ${unit}`;
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
