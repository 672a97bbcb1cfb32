import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureYearData } from '../../../tests/helpers/fixture-data';
import type { ChartRow } from '../../domain/chart-row';
import type { Cell } from '../../domain/cell';
import type { Provenance } from '../../domain/provenance';
import type { AreaYearReport } from '../../domain/report-schema';
import { TRUST_LEVELS, trustOfStatus, weakestTrust, type Trust } from '../../domain/trust';
import { hasDrawableValue, type ValueStatus } from '../../domain/value-status';
import { MEASURE_IDS, MEASURES, unitsFor, type Measure } from '../../domain/measures';
import { changeBetween } from './change';
import { measureValue } from './measure-values';
import { rankRows } from './rank';
import { statusOf } from '../../domain/cell-status';

const PRESS: Provenance = { kind: 'published-press', title: 'A paper', url: 'https://example.org/a', quote: 'a quote' };
const OTHER_PRESS: Provenance = { kind: 'published-press', title: 'Another paper', url: 'https://example.org/b', quote: 'another quote' };
const ILLUSTRATIVE: Provenance = { kind: 'illustrative', method: 'test' };
const IMPORTED: Provenance = { kind: 'imported', fileName: 'mine.txt', importedAt: '2026-11-29' };
const REPORT: Provenance = { kind: 'published-report', title: 'A report', year: '2021-22' };

const provenanceArb = fc.constantFrom(REPORT, ILLUSTRATIVE, IMPORTED);
const count = fc.integer({ min: 0, max: 6000 });
const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  count.map((value): Cell => ({ kind: 'value', value })),
  fc.tuple(count, fc.constantFrom(PRESS, ILLUSTRATIVE, IMPORTED)).map(([value, source]): Cell => ({ kind: 'value', value, source })),
  fc.constant<Cell>({ kind: 'missing' }),
  fc.constant<Cell>({ kind: 'not-applicable' }),
  fc.tuple(count, count).map(([a, b]): Cell => ({
    kind: 'disputed',
    claims: [
      { value: a, source: PRESS },
      { value: b + a + 1, source: OTHER_PRESS },
    ],
  })),
);

/** A real record's shape with every cell and the record's own provenance drawn at random. */
const template = fixtureYearData('2021-22').reports.find((report) => report.areaId === 'west-midlands');
if (!template) throw new Error('no West Midlands 2021-22 fixture');
const CELL_KINDS = new Set(['value', 'missing', 'not-applicable', 'disputed']);

function countCells(node: unknown): number {
  if (node && typeof node === 'object') {
    if (CELL_KINDS.has((node as { kind?: string }).kind ?? '')) return 1;
    return Object.values(node).reduce<number>((sum, child) => sum + countCells(child), 0);
  }
  return 0;
}

function replaceCells(node: unknown, cells: Cell[]): unknown {
  if (node && typeof node === 'object') {
    if (CELL_KINDS.has((node as { kind?: string }).kind ?? '')) return cells.shift() ?? node;
    return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, replaceCells(child, cells)]));
  }
  return node;
}

const { provenance: _ignored, ...templateCells } = template;
const reportArb: fc.Arbitrary<AreaYearReport> = fc
  .tuple(provenanceArb, fc.array(cellArb, { minLength: countCells(templateCells), maxLength: countCells(templateCells) }))
  .map(([provenance, cells]) => ({ ...(replaceCells(templateCells, [...cells]) as Omit<AreaYearReport, 'provenance'>), provenance }));

/** The figures a measure in a unit is worked out from, as measure-values.ts uses them. */
function inputsOf(report: AreaYearReport, measure: Measure, unit: 'count' | 'rate' | 'share'): Cell[] {
  if (measure.kind === 'calculated-share') return measure.inputs?.(report) ?? [];
  if (measure.kind === 'published-rate' || unit === 'count') return [measure.figure(report)];
  if (unit === 'share') return [measure.figure(report), report.snapshot.grandTotal];
  return [measure.figure(report), report.snapshot.columnTotals.category1, report.rsoPer100k.rate];
}

const strength = (trust: Trust | undefined) => (trust === undefined ? Infinity : TRUST_LEVELS.indexOf(trust));

describe('a derived figure is only as trustworthy as its weakest input', () => {
  it('holds for every measure and unit, and nothing is worked out from a gap or a "-"', () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        for (const id of MEASURE_IDS) {
          const measure = MEASURES[id];
          for (const unit of unitsFor(measure)) {
            const result = measureValue(report, measure, unit);
            const inputs = inputsOf(report, measure, unit).map((cell) => statusOf(cell, report.provenance).status);
            if (inputs.some((status) => !hasDrawableValue(status))) {
              expect(result.value, `${id} in ${unit} from a gap`).toBeUndefined();
              continue;
            }
            if (result.value === undefined) continue;
            const weakest = weakestTrust(inputs.map(trustOfStatus));
            expect(strength(trustOfStatus(result.status)), `${id} in ${unit}: ${result.status} from ${inputs.join(', ')}`).toBeGreaterThanOrEqual(
              strength(weakest),
            );
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('holds for intervals: illustrative in, illustrative out; never stronger than the count or denominator; none from a gap; none for counts', () => {
    // The figures an interval is worked out from: the rate's count is category 1, and its population comes from category 1 and the rate.
    const intervalInputs = (report: AreaYearReport, measure: Measure, unit: 'count' | 'rate' | 'share'): Cell[] =>
      measure.kind === 'published-rate' ? [report.snapshot.columnTotals.category1, report.rsoPer100k.rate] : inputsOf(report, measure, unit);
    fc.assert(
      fc.property(reportArb, (report) => {
        for (const id of MEASURE_IDS) {
          const measure = MEASURES[id];
          for (const unit of unitsFor(measure)) {
            const { interval, value } = measureValue(report, measure, unit);
            if (measure.kind === 'count' && unit === 'count') {
              expect(interval, `${id} is a count`).toBeUndefined();
              continue;
            }
            const inputs = intervalInputs(report, measure, unit).map((cell) => statusOf(cell, report.provenance).status);
            if (inputs.some((status) => !hasDrawableValue(status)) || value === undefined) {
              expect(interval, `${id} in ${unit} from a gap`).toBeUndefined();
              continue;
            }
            if (!interval) continue;
            const weakest = weakestTrust(inputs.map(trustOfStatus));
            expect(interval.trust, `${id} in ${unit}: interval from ${inputs.join(', ')}`).toBe(weakest);
            if (inputs.includes('illustrative')) expect(interval.trust).toBe('illustrative');
            expect(interval.lower).toBeLessThanOrEqual(interval.upper);
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  const statusArb = fc.constantFrom<ValueStatus>(
    'published',
    'calculated here',
    'imported',
    'sources disagree',
    'illustrative',
    'missing',
    'no figure held',
    'not applicable',
  );
  const rowArb = fc.tuple(fc.integer({ min: 0, max: 500 }), statusArb).map(([value, status]): ChartRow => {
    const drawable = hasDrawableValue(status);
    return {
      areaId: 'area',
      areaName: 'Area',
      year: '2021-22',
      measureId: 'm',
      measureLabel: 'M',
      cell: drawable ? { kind: 'value', value } : { kind: 'missing' },
      value: drawable ? value : undefined,
      unit: 'people',
      status,
      source: 'test',
      isFocus: false,
      isReference: false,
    };
  });

  it('holds for changes: never stronger than either year, and none from a gap', () => {
    fc.assert(
      fc.property(rowArb, rowArb, fc.boolean(), (current, previous, seriesBreak) => {
        const change = changeBetween(current, { ...previous, year: '2020-21' }, seriesBreak);
        if (current.value === undefined || previous.value === undefined) {
          expect(change.kind).toBe('none');
          return;
        }
        expect(change.kind).toBe('change');
        if (change.kind !== 'change') return;
        expect(strength(change.trust)).toBeGreaterThanOrEqual(Math.max(strength(trustOfStatus(current.status)), strength(trustOfStatus(previous.status))));
        expect(change.seriesBreak).toBe(seriesBreak);
      }),
      { numRuns: 300 },
    );
  });

  it('holds for ranks: as weak as the weakest value ranked; the rank among real figures leaves out every illustrative one', () => {
    fc.assert(
      fc.property(
        fc
          .array(rowArb, { minLength: 1, maxLength: 20 })
          .map((rows) => rows.map((row, index) => ({ ...row, areaId: `area-${index}`, areaName: `Area ${index}` }))),
        (rows) => {
          const ranked = rankRows(rows);
          const weakest = weakestTrust(rows.filter((row) => row.value !== undefined).map((row) => trustOfStatus(row.status)));
          for (const entry of ranked) {
            if (entry.row.value === undefined) {
              expect(entry.rank).toBeUndefined();
              continue;
            }
            expect(entry.trust).toBe(weakest);
            if (entry.row.status === 'illustrative') expect(entry.amongReal).toBeUndefined();
            else expect(entry.amongReal?.of).toBe(rows.filter((row) => row.value !== undefined && row.status !== 'illustrative').length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
