import { describe, expect, it } from 'vitest';
import type { Cell } from '../../domain/cell';
import type { HeldFigure, HeldFigureLookup } from './held-figures';
import type { FigureOrigin, ImportedFigures } from '../spreadsheet/spreadsheet-import';
import { outcomeWords, reviewSummary, spreadsheetReviewRows, spreadsheetSaveItems } from './spreadsheet-review-model';

const FIGURE = 'snapshot.total.category1';
const provenance = { kind: 'imported', fileName: 'national.xlsx (sheet Table_3)', importedAt: '2026-11-29T12:00:00.000Z' } as const;

function origin(ref: string, text: string, extra: Partial<FigureOrigin> = {}): FigureOrigin {
  return { sheetName: 'Table_3', ref, text, notes: [], lowReliability: false, ...extra } as FigureOrigin;
}

function area(areaId: string, cell: Cell, from: FigureOrigin): ImportedFigures {
  return { areaId, year: '2022-23', provenance, figures: { [FIGURE]: cell }, origins: { [FIGURE]: from }, areaNotes: [] };
}

const held = (cell: Cell, status: HeldFigure['status'], text: string): HeldFigure => ({ cell, status, text, source: '' });
const heldNow: Record<string, HeldFigure> = {
  kent: held({ kind: 'value', value: 2209 }, 'illustrative', '2,209'),
  london: held({ kind: 'value', value: 6901 }, 'published', '6,901'),
  gwent: held({ kind: 'value', value: 816 }, 'illustrative', '816'),
  dyfed: held({ kind: 'value', value: 412 }, 'published', '412'),
};
const heldFor = (): HeldFigureLookup => (areaId) => heldNow[areaId];

const result = {
  areas: [
    area('kent', { kind: 'value', value: 2017 }, origin('B21', '2017')),
    area('london', { kind: 'value', value: 6901 }, origin('B25', '6901', { fromFormula: true })),
    area('gwent', { kind: 'missing', notPublishedBy: { source: provenance, symbol: '[x]', cell: 'Table_3!B17' } }, origin('B17', '[x]', { symbol: '[x]' })),
    area('dyfed', { kind: 'missing', notPublishedBy: { source: provenance, symbol: '[c]', cell: 'Table_3!B18' } }, origin('B18', '[c]', { symbol: '[c]' })),
    area('essex', { kind: 'missing' }, origin('B19', '', { symbol: 'blank' })),
  ],
  errors: [{ message: 'MAPPA-eligible offenders: a date, not a number', ref: 'Table_3!B30', areaId: 'surrey', figureId: FIGURE }],
};

describe('the spreadsheet review', () => {
  const rows = spreadsheetReviewRows(result, heldFor);

  it('puts every figure beside its cell and the figure held now', () => {
    const kent = rows.find((row) => row.areaId === 'kent');
    expect(kent).toMatchObject({ from: 'Table_3!B21', cellText: '2017', incomingText: '2,017', comparison: 'differs', outcome: 'imported' });
    expect(kent?.held?.status).toBe('illustrative');
    const london = rows.find((row) => row.areaId === 'london');
    expect(london).toMatchObject({ comparison: 'same', outcome: 'imported' });
    expect(london?.flags).toContain('read the saved result of a formula (never recalculated)');
  });

  it('never reads [x] as a figure: a real source’s “not published” replaces an illustrative figure (issue 26 item 2)', () => {
    const gwent = rows.find((row) => row.areaId === 'gwent');
    expect(gwent).toMatchObject({ outcome: 'not-published', incomingText: 'not published ([x]: not available)' });
    expect(outcomeWords(gwent ?? { outcome: 'imported', held: undefined })).toBe('imported as not published: replaces the illustrative figure held here');
  });

  it('keeps a published figure held here over a [c], and a blank is never given', () => {
    const dyfed = rows.find((row) => row.areaId === 'dyfed');
    expect(dyfed).toMatchObject({ outcome: 'not-given', incomingText: 'not published ([c]: confidential)' });
    expect(outcomeWords(dyfed ?? { outcome: 'imported', held: undefined })).toBe('not imported: the figure held here stays');
    expect(rows.find((row) => row.areaId === 'essex')).toMatchObject({ outcome: 'not-given', incomingText: 'not published (blank)' });
  });

  it('lists a cell that could not be read, with its reference', () => {
    const surrey = rows.find((row) => row.areaId === 'surrey');
    expect(surrey).toMatchObject({ outcome: 'unreadable', from: 'Table_3!B30', incoming: undefined });
    expect(surrey?.incomingText).toMatch(/^could not be read: /);
  });

  it('counts what saving does, and which figures held now it changes', () => {
    expect(reviewSummary(rows)).toEqual({
      imported: 2,
      notPublished: 1,
      notGiven: 2,
      unreadable: 1,
      differing: { illustrative: 1 },
      differingCount: 1,
      areaYears: 2,
    });
  });

  it('saves one partial import per area-year that gives a figure or a source’s “not published”, and none for a blank', () => {
    const items = spreadsheetSaveItems(result.areas);
    expect(items.map((item) => [item.key, item.given, item.error])).toEqual([
      ['kent|2022-23', [FIGURE], undefined],
      ['london|2022-23', [FIGURE], undefined],
      ['gwent|2022-23', [FIGURE], undefined],
      ['dyfed|2022-23', [FIGURE], undefined],
    ]);
    expect(items[0]?.wire.provenance).toEqual(provenance);
    // With what is held here, as the review says: the [c] over Dyfed's published figure is not saved.
    expect(spreadsheetSaveItems(result.areas, heldFor).map((item) => item.key)).toEqual(['kent|2022-23', 'london|2022-23', 'gwent|2022-23']);
    // The saved record says who does not publish the figure, and where.
    expect(items[2]?.report?.snapshot.columnTotals.category1).toEqual({
      kind: 'missing',
      notPublishedBy: { source: provenance, symbol: '[x]', cell: 'Table_3!B17' },
    });
  });
});
