import { describe, expect, it } from 'vitest';
import { seedReport } from '../../../tests/helpers/seed-report';
import type { Cell } from '../../domain/cell';
import type { Provenance } from '../../domain/provenance';
import type { AreaYearReport } from '../../domain/report-schema';
import { mapReportCells } from '../../domain/report-cells';
import { compareWithEarlier, keepBothText, planSecondImport, sideText, type EarlierRecord } from './second-import';

const FIRST: Provenance = { kind: 'imported', fileName: 'kent-a.txt', importedAt: '2024-05-01T10:00:00.000Z' };
const SECOND: Provenance = { kind: 'imported', fileName: 'kent-b.txt', importedAt: '2024-05-02T10:00:00.000Z' };
const value = (n: number): Cell => ({ kind: 'value', value: n });

function kent(provenance: Provenance, changes: Record<string, Cell> = {}): AreaYearReport {
  return mapReportCells({ ...seedReport(), areaId: 'kent', provenance }, (figureId, cell) => changes[figureId] ?? cell);
}

function saved(report: AreaYearReport, key: string, figureIds?: string[]): EarlierRecord {
  return { key, fileName: key, report, figureIds, savedAt: report.provenance.kind === 'imported' ? report.provenance.importedAt : '' };
}

describe('compareWithEarlier', () => {
  const earlier = saved(kent(FIRST, { revocations: value(7), 'breachOfOrder.level2.category2': value(3) }), 'kent|2021-22|a');
  const westMidlands = saved({ ...seedReport(), provenance: FIRST }, 'west-midlands|2021-22|a');

  it('has nothing to compare when the area and year has no import', () => {
    expect(compareWithEarlier([westMidlands], { report: kent(SECOND), savedAt: SECOND.importedAt })).toBeUndefined();
  });

  it('puts the earlier import beside the new one and lists what differs', () => {
    const incoming = { report: kent(SECOND, { revocations: value(9) }), savedAt: SECOND.importedAt };
    const comparison = compareWithEarlier([westMidlands, earlier], incoming);
    expect(comparison?.earlier.map((record) => record.key)).toEqual(['kent|2021-22|a']);
    expect(comparison?.differing).toEqual(['breachOfOrder.level2.category2', 'revocations']);
    expect(comparison?.disputedIfKept).toEqual(['revocations']);
    expect(comparison?.newerIfKept).toEqual(['breachOfOrder.level2.category2']);
    expect(comparison?.figures.find((figure) => figure.figureId === 'revocations')).toEqual({
      figureId: 'revocations',
      earlier: value(7),
      incoming: value(9),
      agreement: 'differs',
    });
    expect(comparison?.figures.filter((figure) => figure.agreement === 'same')).toHaveLength(56);
  });

  it('does not count a figure one partial import leaves out as a difference', () => {
    const incoming = { report: kent(SECOND, { revocations: value(9) }), figureIds: ['revocations'], savedAt: SECOND.importedAt };
    const comparison = compareWithEarlier([saved(kent(FIRST), 'kent|2021-22|a', ['orders.shpo'])], incoming);
    expect(comparison?.differing).toEqual([]);
    expect(comparison?.figures.find((figure) => figure.figureId === 'revocations')?.agreement).toBe('only-new');
    expect(comparison?.figures.find((figure) => figure.figureId === 'orders.shpo')?.agreement).toBe('only-earlier');
    expect(comparison?.figures.find((figure) => figure.figureId === 'snapshot.total.total')?.agreement).toBe('neither');
  });
});

describe('planSecondImport', () => {
  const comparison = { earlier: [saved(kent(FIRST), 'kent|2021-22|a'), saved(kent(SECOND), 'kent|2021-22|b')] };

  it('replace stores the new import and removes every earlier one', () => {
    expect(planSecondImport('replace', comparison)).toEqual({ save: true, remove: ['kent|2021-22|a', 'kent|2021-22|b'] });
  });

  it('keep both stores the new import and removes nothing', () => {
    expect(planSecondImport('keep-both', comparison)).toEqual({ save: true, remove: [] });
  });

  it('cancel stores nothing and removes nothing', () => {
    expect(planSecondImport('cancel', comparison)).toEqual({ save: false, remove: [] });
  });
});

describe('sideText', () => {
  it.each([
    [value(5432), '5,432'],
    [{ kind: 'not-applicable' }, '-'],
    [{ kind: 'missing' }, 'not given'],
    [
      {
        kind: 'disputed',
        claims: [
          { value: 7, source: FIRST },
          { value: 9, source: SECOND },
        ],
      },
      '7 or 9 (disputed)',
    ],
  ] as [Cell, string][])('shows %j as %s', (cell, text) => {
    expect(sideText(cell)).toBe(text);
  });
});

describe('keepBothText', () => {
  it('says which figures become disputed and which show the newer import', () => {
    expect(keepBothText({ disputedIfKept: ['revocations'], newerIfKept: [] }, 1)).toBe(
      "Both imports are kept. The figure that differs is shown as disputed in every view, each value naming its file (the earliest import's value is used for sums).",
    );
    expect(keepBothText({ disputedIfKept: [], newerIfKept: ['a', 'b'] }, 2)).toBe(
      "All the imports are kept. 2 figures are “-” (not applicable) in one import and a number in another, which cannot be shown as disputed: this import's is shown, and the earlier imports stay saved.",
    );
    expect(keepBothText({ disputedIfKept: [], newerIfKept: [] }, 1)).toBe('Both imports are kept; they agree, so every view shows the same figures.');
  });
});
