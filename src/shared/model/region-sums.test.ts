import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureArea, fixtureAreas, fixtureYearData, fixtureYears } from '../../../tests/helpers/fixture-data';
import type { Area } from '../../domain/area';
import type { Cell } from '../../domain/cell';
import { statusOf } from '../../domain/cell-status';
import { membersOf, unitsAt } from '../../domain/geography';
import { MEASURES } from '../../domain/measures';
import type { Provenance } from '../../domain/provenance';
import { mapReportCells } from '../../domain/report-cells';
import type { AreaYearReport } from '../../domain/report-schema';
import { statusOfDerived, trustOfStatus, weakestTrust } from '../../domain/trust';
import { isSumOfAreas, sumOfAreasReport, withRegionFigures } from './region-sums';
import { measureRow, reportFor, type YearData } from './year-data';

const REPORT: Provenance = { kind: 'published-report', title: 'A report', year: '2021-22' };
const ILLUSTRATIVE: Provenance = { kind: 'illustrative', method: 'test' };
const IMPORTED: Provenance = { kind: 'imported', fileName: 'mine.txt', importedAt: '2026-11-29' };
const PRESS: Provenance = { kind: 'published-press', title: 'A paper', url: 'https://example.org/a', quote: 'a quote' };

const template = fixtureYearData('2021-22').reports.find((report) => report.areaId === 'west-midlands');
if (!template) throw new Error('no West Midlands 2021-22 fixture');

const region = fixtureArea('region-west-midlands');
const members = membersOf(fixtureAreas, region.id);

const CATEGORY_1 = 'snapshot.total.category1';
const SHPO = 'orders.shpo';

interface Member {
  provenance: Provenance;
  category1: number;
  rate: number;
  shpo: Cell;
}

const memberArb: fc.Arbitrary<Member> = fc.record({
  provenance: fc.constantFrom(REPORT, ILLUSTRATIVE, IMPORTED),
  category1: fc.integer({ min: 1, max: 6000 }),
  rate: fc.integer({ min: 20, max: 400 }),
  shpo: fc.oneof(
    fc.integer({ min: 0, max: 900 }).map((value): Cell => ({ kind: 'value', value })),
    fc.integer({ min: 0, max: 900 }).map((value): Cell => ({ kind: 'value', value, source: PRESS })),
    fc.constant<Cell>({ kind: 'missing' }),
    fc.constant<Cell>({ kind: 'not-applicable' }),
  ),
});

/** One member area's report: the real West Midlands table's shape with the drawn figures in it. */
function memberReport(area: Area, member: Member): AreaYearReport {
  const cells = mapReportCells(template as AreaYearReport, (figureId, cell) => {
    if (figureId === CATEGORY_1) return { kind: 'value', value: member.category1 };
    if (figureId === 'rsoPer100k') return { kind: 'value', value: member.rate };
    if (figureId === SHPO) return member.shpo;
    return cell;
  });
  return { ...cells, areaId: area.id, provenance: member.provenance };
}

function yearOf(reports: AreaYearReport[]): YearData {
  return { year: '2021-22', reports, errors: [] };
}

const cellOf = (report: AreaYearReport, figureId: string): Cell => {
  let found: Cell = { kind: 'missing' };
  mapReportCells(report, (id, cell) => {
    if (id === figureId) found = cell;
    return cell;
  });
  return found;
};

describe('a probation region summed from its areas (calculated here)', () => {
  it('counts are the sums of the areas’; the status is the weakest of theirs; any gap makes it "cannot be calculated"', () => {
    fc.assert(
      fc.property(fc.array(memberArb, { minLength: members.length, maxLength: members.length }), (drawn) => {
        const reports = members.map((area, index) => memberReport(area, drawn[index] as Member));
        const summed = sumOfAreasReport(region, members, yearOf(reports));
        if (!summed) throw new Error('no sum');
        expect(summed.areaId).toBe(region.id);
        expect(isSumOfAreas(summed)).toBe(true);
        const shpo = statusOf(cellOf(summed, SHPO), summed.provenance);
        const memberShpo = reports.map((report) => ({ cell: cellOf(report, SHPO), report }));
        const numbers = memberShpo.filter(({ cell }) => cell.kind !== 'not-applicable');
        if (numbers.length === 0) {
          expect(shpo.status).toBe('not applicable');
        } else if (numbers.some(({ cell }) => cell.kind === 'missing')) {
          expect(shpo.status).toBe('cannot be calculated');
          expect(cellOf(summed, SHPO).kind).toBe('missing');
        } else {
          const total = numbers.reduce((sum, { cell }) => sum + (cell.kind === 'value' ? cell.value : 0), 0);
          expect(cellOf(summed, SHPO)).toMatchObject({ kind: 'value', value: total });
          const weakest = weakestTrust(numbers.map(({ cell, report }) => trustOfStatus(statusOf(cell, report.provenance).status)));
          expect(shpo.status).toBe(statusOfDerived(weakest ?? 'published'));
          expect(shpo.source).toMatch(/^Sum of areas, calculated here: /);
        }
        const category1 = drawn.reduce((sum, member) => sum + member.category1, 0);
        expect(cellOf(summed, CATEGORY_1)).toMatchObject({ kind: 'value', value: category1 });
      }),
      { numRuns: 120 },
    );
  });

  it('a rate is the summed count over the summed population, never an average of the rates', () => {
    fc.assert(
      fc.property(fc.array(memberArb, { minLength: members.length, maxLength: members.length }), (drawn) => {
        const reports = members.map((area, index) => memberReport(area, drawn[index] as Member));
        const summed = sumOfAreasReport(region, members, yearOf(reports));
        const category1 = drawn.reduce((sum, member) => sum + member.category1, 0);
        const population = drawn.reduce((sum, member) => sum + (member.category1 / member.rate) * 100_000, 0);
        const rate = summed?.rsoPer100k.rate;
        expect(rate?.kind).toBe('value');
        if (rate?.kind !== 'value') return;
        expect(rate.value).toBeCloseTo((category1 / population) * 100_000, 1);
      }),
      { numRuns: 120 },
    );
    // Two areas: 100 people at 100 per 100,000 (100,000 people) and 900 at 300 (300,000): 1,000 over
    // 400,000 is 250, where the average of the rates would say 200.
    const [first, second] = members;
    if (!first || !second) throw new Error('the West Midlands region has fewer than two areas');
    const pair = [memberReport(first, { provenance: REPORT, category1: 100, rate: 100, shpo: { kind: 'missing' } })];
    pair.push(memberReport(second, { provenance: REPORT, category1: 900, rate: 300, shpo: { kind: 'missing' } }));
    const summed = sumOfAreasReport(region, [first, second], yearOf(pair));
    expect(summed?.rsoPer100k.rate).toMatchObject({ kind: 'value', value: 250 });
    expect(statusOf(summed?.rsoPer100k.rate ?? { kind: 'missing' }, REPORT).status).toBe('calculated here');
  });

  it('an area with no record makes every figure of the region "cannot be calculated", naming the area', () => {
    const [first, ...rest] = members;
    if (!first) throw new Error('no member');
    const reports = rest.map((area) => memberReport(area, { provenance: REPORT, category1: 10, rate: 50, shpo: { kind: 'value', value: 1 } }));
    const summed = sumOfAreasReport(region, members, yearOf(reports));
    if (!summed) throw new Error('no sum');
    const category1 = statusOf(cellOf(summed, CATEGORY_1), summed.provenance);
    expect(category1.status).toBe('cannot be calculated');
    expect(category1.source).toContain(first.name);
    expect(summed.rsoPer100k.rate.kind).toBe('missing');
  });
});

describe('the probation regions in the fixtures', () => {
  it('holds 2024-25 in the years list, and each region’s own illustrative 2024-25 figures', () => {
    expect(fixtureYears.at(-1)).toBe('2024-25');
    const data = withRegionFigures(fixtureYearData('2024-25'), fixtureAreas);
    for (const unit of unitsAt(fixtureAreas, 'region')) {
      const row = measureRow(unit, data, '2024-25', MEASURES.rsoPer100k, 'count', 'region-west-midlands');
      expect(row.status, unit.id).toBe('illustrative');
      expect(row.value, unit.id).toBeGreaterThan(0);
      expect(row.regionFigure, unit.id).toBe('regional report');
    }
    expect(reportFor(data, 'region-west-midlands')?.provenance).toMatchObject({
      kind: 'illustrative',
      method: expect.stringMatching(/no regional report is held here/),
    });
  });

  it('says an area is "not reported by area" from 2024-25, never no figure, missing or 0', () => {
    const data = withRegionFigures(fixtureYearData('2024-25'), fixtureAreas);
    const row = measureRow(fixtureArea('west-midlands'), data, '2024-25', MEASURES.total, 'count', 'west-midlands');
    expect(row).toMatchObject({ status: 'not reported by area', value: undefined });
    expect(row.source).toMatch(/^Not reported by area: from 2024-25/);
    // England and Wales is still reported.
    expect(measureRow(fixtureArea('england-and-wales'), data, '2024-25', MEASURES.total, 'count', 'west-midlands').value).toBeGreaterThan(0);
  });

  it('sums every region from its areas before 2024-25, labelled calculated here and never published', () => {
    const served = fixtureYearData('2021-22');
    const data = withRegionFigures(served, fixtureAreas);
    expect(withRegionFigures(served, fixtureAreas)).toBe(data);
    for (const unit of unitsAt(fixtureAreas, 'region')) {
      const report = reportFor(data, unit.id);
      expect(isSumOfAreas(report), unit.id).toBe(true);
      const row = measureRow(unit, data, '2021-22', MEASURES.total, 'count', 'region-west-midlands');
      expect(row.regionFigure).toBe('sum of areas, calculated here');
      expect(row.status).not.toBe('published');
      const areaTotals = membersOf(fixtureAreas, unit.id).map((area) => measureRow(area, served, '2021-22', MEASURES.total, 'count', '').value ?? NaN);
      expect(row.value, unit.id).toBe(areaTotals.reduce((sum, value) => sum + value, 0));
    }
  });

  it('takes a summed figure from published inputs as "calculated here"', () => {
    const reports = members.map((area) => memberReport(area, { provenance: REPORT, category1: 500, rate: 120, shpo: { kind: 'value', value: 7 } }));
    const data = withRegionFigures(yearOf(reports), fixtureAreas);
    const row = measureRow(region, data, '2021-22', MEASURES.shpo, 'count', region.id);
    expect(row).toMatchObject({ value: 7 * members.length, status: 'calculated here', regionFigure: 'sum of areas, calculated here' });
  });
});
