import { describe, expect, it } from 'vitest';
import { importScopeNote, savedMessage, undoWording } from './import-messages';

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
