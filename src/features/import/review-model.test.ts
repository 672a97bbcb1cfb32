import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureAreas } from '../../../tests/helpers/fixture-data';
import { parseReportText } from '../../ingest/report-text/parse-report-text';
import { importScopeNote, parseEditedValue, reviewOutcome, reviewRows, savedMessage, undoWording } from './review-model';

const seedText = readFileSync(join(__dirname, '..', '..', '..', 'mocks', 'sources', 'west-midlands-mappa-annual-report-2021-22.txt'), 'utf8');
const provenance = { kind: 'imported' as const, fileName: 'report.txt', importedAt: '2026-11-25T10:00:00.000Z' };

describe('parseEditedValue', () => {
  it.each([
    ['', { value: null }],
    ['-', { value: '-' }],
    ['–', { value: '-' }],
    ['5,432', { value: 5432 }],
    ['0', { value: 0 }],
  ])('reads "%s"', (text, expected) => {
    expect(parseEditedValue(text, 'snapshot.level1.category1')).toEqual(expected);
  });

  it('explains negative, fractional and non-numeric entries', () => {
    expect(parseEditedValue('-3', 'orders.shpo')).toEqual({ error: '-3 is negative.' });
    expect(parseEditedValue('2.5', 'orders.shpo')).toEqual({ error: '2.5 is not a whole number of people.' });
    expect(parseEditedValue('about 40', 'orders.shpo')).toMatchObject({ error: expect.stringContaining('is not a number') });
    expect(parseEditedValue('131.6', 'rsoPer100k')).toEqual({ value: 131.6 });
  });
});

describe('reviewOutcome', () => {
  const parse = parseReportText(seedText, fixtureAreas);

  it('builds the West Midlands record from the seed text with its two findings', () => {
    const outcome = reviewOutcome(parse, 'west-midlands', '2021-22', {}, provenance);
    expect(outcome.recordErrors).toEqual([]);
    expect(outcome.report?.snapshot.grandTotal).toEqual({ kind: 'value', value: 5486 });
    expect(outcome.findings).toHaveLength(2);
    expect(outcome.given).toBeUndefined();
  });

  it('gives only the figures found or typed in: a figure left empty is not imported', () => {
    const outcome = reviewOutcome(parse, 'west-midlands', '2021-22', { revocations: '', 'orders.shpo': '' }, provenance);
    expect(outcome.given).toHaveLength(56);
    expect(outcome.given).not.toContain('revocations');
    const onlyOne = reviewOutcome(
      { ...parse, figures: parse.figures.map((figure) => ({ ...figure, value: null })) },
      'kent',
      '2021-22',
      { revocations: '7' },
      provenance,
    );
    expect(onlyOne.given).toEqual(['revocations']);
    expect(onlyOne.report?.revocations).toEqual({ kind: 'value', value: 7 });
  });

  it('applies a correction, and the findings follow it', () => {
    const outcome = reviewOutcome(parse, 'west-midlands', '2021-22', { 'snapshot.level1.category3': '0' }, provenance);
    expect(outcome.report?.snapshot.cells.level1.category3).toEqual({ kind: 'value', value: 0 });
    expect(outcome.findings).toEqual([]);
  });

  it('refuses to build while a box is wrong or the area or year is unknown', () => {
    expect(reviewOutcome(parse, 'west-midlands', '2021-22', { 'orders.shpo': 'lots' }, provenance).wire).toBeUndefined();
    expect(reviewOutcome(parse, '', '2021-22', {}, provenance).recordErrors).toEqual(['Choose which area this report is for.']);
    expect(reviewOutcome(parse, 'west-midlands', '2021', {}, provenance).recordErrors[0]).toMatch(/Choose the year/);
  });

  it('offers category 4 rows only from 2022-23', () => {
    expect(reviewRows(parse, '2021-22').some((row) => row.figureId.endsWith('category4'))).toBe(false);
    expect(reviewRows(parse, '2022-23').some((row) => row.figureId.endsWith('category4'))).toBe(true);
  });
});

describe('importScopeNote', () => {
  it('says a whole import replaces the served figures', () => {
    expect(importScopeNote('Kent 2021-22', undefined, 58, true)).toBe(
      'Saving replaces the served figures for Kent 2021-22 in every view, marked “imported”. Delete the import to bring the served figures back.',
    );
    expect(importScopeNote('Kent 2021-22', undefined, 58, false)).toBe('Saving adds Kent 2021-22 to every view, marked “imported”.');
  });

  it('says a partial import fills only its figures and leaves the rest as served', () => {
    expect(importScopeNote('Kent 2021-22', ['revocations'], 58, true)).toBe(
      'This import gives 1 figure of 58: saving replaces only that figure, marked “imported”; the other served figures for Kent 2021-22 stay in place.',
    );
    expect(importScopeNote('Kent 2021-22', ['revocations', 'orders.shpo'], 58, false)).toBe(
      'This import gives 2 figures of 58: the others will show as not published (never as 0).',
    );
  });
});

describe('savedMessage', () => {
  it('says what now shows and what became of an earlier import', () => {
    expect(savedMessage({ place: 'Kent 2021-22', given: undefined, replaced: [], keptBeside: false })).toBe(
      'Saved: Kent 2021-22 now shows your imported figures, labelled “imported”, in every view.',
    );
    expect(savedMessage({ place: 'Kent 2021-22', given: ['revocations'], replaced: ['kent-a.txt'], keptBeside: false })).toBe(
      'Saved 1 figure for Kent 2021-22, labelled “imported”; its other figures are unchanged. It replaced the earlier import (kent-a.txt).',
    );
    expect(savedMessage({ place: 'Kent 2021-22', given: undefined, replaced: [], keptBeside: true })).toMatch(
      /The earlier import is kept too: figures that differ show as disputed\.$/,
    );
  });
});

describe('undoWording', () => {
  const what = 'the import of Kent 2021-22 from kent.csv';
  it('names what undo does for a delete, a save and a replace', () => {
    expect(undoWording({ added: false, removed: 1 }, what)).toEqual({
      label: 'Undo: bring back the import of Kent 2021-22 from kent.csv',
      done: 'Undone: the import of Kent 2021-22 from kent.csv is back as it was.',
    });
    expect(undoWording({ added: true, removed: 0 }, what).label).toBe('Undo: remove the import of Kent 2021-22 from kent.csv');
    expect(undoWording({ added: true, removed: 1 }, what)).toEqual({
      label: 'Undo: remove the import of Kent 2021-22 from kent.csv and bring back the earlier import it replaced',
      done: 'Undone: the import of Kent 2021-22 from kent.csv is removed and the earlier import is back as before.',
    });
  });
});
