import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_STEM, exportFileName, slugify } from './file-names';

const SAFE_NAME = /^mappa(-[a-z0-9]+)*\.(png|svg|csv|zip)$/;

describe('exportFileName', () => {
  it('joins the parts into a lower-case hyphenated name with the prefix', () => {
    expect(exportFileName(['rsos per 100k', '2021-22', 'West Midlands', 'vs', 'metropolitan'], 'png')).toBe(
      'mappa-rsos-per-100k-2021-22-west-midlands-vs-metropolitan.png',
    );
  });

  it.each([
    [['A/B\\C:D*E?F"G<H>I|J'], 'mappa-a-b-c-d-e-fg-h-i-j.csv'],
    [["Avon & Somerset's \u201cbest\u201d"], 'mappa-avon-and-somersets-best.csv'],
    [['Ynys Môn', 'Gwynedd'], 'mappa-ynys-mon-gwynedd.csv'],
    [['Straße', 'Øresund', 'Łódź'], 'mappa-strasse-oresund-lodz.csv'],
    [['  --tabs\tand\nnew lines\u0000\u001f--  '], 'mappa-tabs-and-new-lines.csv'],
    [['..', '.', 'CON', 'nul'], 'mappa-con-nul.csv'],
    [['2.5% share', '😀 emoji', '北京'], 'mappa-2-5-share-emoji.csv'],
    [['MAPPA', 'Compare'], 'mappa-compare.csv'],
  ])('makes %j safe', (parts, expected) => {
    const name = exportFileName(parts, 'csv');
    expect(name).toBe(expected);
    expect(name).toMatch(SAFE_NAME);
  });

  it('is never empty', () => {
    expect(exportFileName([], 'zip')).toBe('mappa-export.zip');
    expect(exportFileName(['', '   ', '///', '北京'], 'svg')).toBe('mappa-export.svg');
  });

  it('keeps long names short, cutting at a hyphen', () => {
    const name = exportFileName(
      Array.from({ length: 40 }, (_, i) => `word${i}`),
      'png',
    );
    const stem = name.replace(/\.png$/, '');
    expect(stem.length).toBeLessThanOrEqual(MAX_FILE_NAME_STEM);
    expect(name).toMatch(SAFE_NAME);
    expect(stem.endsWith('-')).toBe(false);
  });

  it('cuts a single very long word at the limit', () => {
    const name = exportFileName(['x'.repeat(500)], 'png');
    expect(name).toBe(`mappa-${'x'.repeat(MAX_FILE_NAME_STEM - 6)}.png`);
  });
});

describe('slugify', () => {
  it('collapses runs of separators into one hyphen', () => {
    expect(slugify('a -- b __ c')).toBe('a-b-c');
  });
});
