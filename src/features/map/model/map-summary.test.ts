import { describe, expect, it } from 'vitest';
import type { ChartRow } from '../../../domain/chart-row';
import { mapSummary } from './map-summary';

function row(
  areaName: string,
  value: number | undefined,
  status: ChartRow['status'] = value === undefined ? 'missing' : 'published',
  extra: Partial<ChartRow> = {},
): ChartRow {
  return {
    areaId: areaName.toLowerCase().replace(/ /g, '-'),
    areaName,
    year: '2021-22',
    measureId: 'rsoPer100k',
    measureLabel: 'Registered sexual offenders per 100,000',
    cell: value === undefined ? { kind: 'missing' } : { kind: 'value', value },
    value,
    unit: 'per 100,000',
    status,
    source: 'test',
    isFocus: false,
    isReference: false,
    ...extra,
  };
}

/** 42 areas: Teesside highest at 215, Hertfordshire lowest at 79, West Midlands 13th at 145. */
function fortyTwo(overrides: Record<string, Partial<ChartRow>> = {}): ChartRow[] {
  const rows = [row('Teesside', 215), row('Hertfordshire', 79), row('West Midlands', 145)];
  for (let i = 1; i <= 11; i++) rows.push(row(`Higher ${i}`, 150 + i));
  for (let i = 1; i <= 28; i++) rows.push(row(`Lower ${i}`, 80 + i));
  rows.push(row('England and Wales', 120, 'published', { isReference: true }));
  return rows.map((r) => ({ ...r, ...overrides[r.areaName] }));
}

describe('mapSummary', () => {
  it('names the highest and lowest areas and ranks the focus area', () => {
    expect(mapSummary(fortyTwo(), 'west-midlands')).toBe('Highest: Teesside 215; lowest: Hertfordshire 79; West Midlands 145, 13th highest of 42.');
  });

  it('never ranks England and Wales, even when it has the highest figure', () => {
    const rows = fortyTwo({ 'England and Wales': { value: 999 } });
    expect(mapSummary(rows, 'west-midlands')).toBe('Highest: Teesside 215; lowest: Hertfordshire 79; West Midlands 145, 13th highest of 42.');
    expect(mapSummary(rows, 'england-and-wales')).toBe('Highest: Teesside 215; lowest: Hertfordshire 79.');
  });

  it('appends a unit suffix to every number', () => {
    expect(mapSummary(fortyTwo(), 'west-midlands', { unitSuffix: ' per 100,000' })).toBe(
      'Highest: Teesside 215 per 100,000; lowest: Hertfordshire 79 per 100,000; West Midlands 145 per 100,000, 13th highest of 42.',
    );
    expect(mapSummary([row('Kent', 21.5), row('Essex', 9.25)], 'kent', { unitSuffix: '%' })).toBe(
      'Highest: Kent 21.5%; lowest: Essex 9.3%; Kent 21.5%, the highest of 2.',
    );
  });

  it('formats numbers with thousands separators, or with the formatter given', () => {
    expect(mapSummary([row('Kent', 1234), row('Essex', 987)], 'essex')).toBe('Highest: Kent 1,234; lowest: Essex 987; Essex 987, 2nd highest of 2.');
    expect(mapSummary([row('Kent', 1234), row('Essex', 987)], 'essex', { formatValue: (v) => v.toFixed(2) })).toBe(
      'Highest: Kent 1234.00; lowest: Essex 987.00; Essex 987.00, 2nd highest of 2.',
    );
  });

  it('shares highest, lowest and rank between tied areas', () => {
    const rows = [row('Teesside', 215), row('Durham', 215), row('Kent', 100), row('Essex', 100), row('Surrey', 79), row('Sussex', 79), row('Dorset', 79)];
    expect(mapSummary(rows, 'kent')).toBe(
      'Highest: Durham and Teesside, both 215; lowest: Dorset, Surrey and Sussex, all 79; Kent 100, joint 3rd highest of 7.',
    );
    const many = [row('A', 5), row('B', 5), row('C', 5), row('D', 5), row('E', 9)];
    expect(mapSummary(many, 'e')).toBe('Highest: E 9; lowest: 4 areas, all 5; E 9, the highest of 5.');
  });

  it('says when the focus area has no figure, and ranks only among areas that have one', () => {
    expect(mapSummary(fortyTwo({ 'West Midlands': { value: undefined, status: 'missing' } }), 'west-midlands')).toBe(
      'Highest: Teesside 215; lowest: Hertfordshire 79; West Midlands: not published.',
    );
    expect(mapSummary(fortyTwo({ 'West Midlands': { value: undefined, status: 'not applicable' } }), 'west-midlands')).toBe(
      'Highest: Teesside 215; lowest: Hertfordshire 79; West Midlands: not applicable.',
    );
    expect(mapSummary(fortyTwo({ 'Lower 1': { value: undefined, status: 'missing' } }), 'west-midlands')).toBe(
      'Highest: Teesside 215; lowest: Hertfordshire 79; West Midlands 145, 13th highest of 41 with a figure.',
    );
  });

  it('marks illustrative numbers, and a rank built on any illustrative value, with the rank among published figures beside it', () => {
    expect(mapSummary(fortyTwo({ Teesside: { status: 'illustrative' } }), 'west-midlands')).toBe(
      'Highest: Teesside 215 (illustrative); lowest: Hertfordshire 79; which is highest and lowest illustrative: the ranking includes synthetic figures; West Midlands 145, 13th highest of 42 (illustrative: the ranking includes synthetic figures; 12th highest of 41 areas with published figures).',
    );
    expect(mapSummary(fortyTwo({ 'West Midlands': { status: 'illustrative' } }), 'west-midlands', { unitSuffix: ' per 100,000' })).toBe(
      'Highest: Teesside 215 per 100,000; lowest: Hertfordshire 79 per 100,000; which is highest and lowest illustrative: the ranking includes synthetic figures; West Midlands 145 per 100,000 (illustrative), 13th highest of 42 (illustrative: the ranking includes synthetic figures; no rank among published figures: this figure is illustrative).',
    );
    const tied = [row('Teesside', 215, 'illustrative'), row('Durham', 215), row('Kent', 100, 'illustrative'), row('Essex', 100, 'illustrative')];
    expect(mapSummary(tied, 'durham')).toBe(
      'Highest: Durham and Teesside, both 215 (illustrative for Teesside); lowest: Essex and Kent, both 100 (illustrative); which is highest and lowest illustrative: the ranking includes synthetic figures; Durham 215, joint highest of 4 (illustrative: the ranking includes synthetic figures; the only area with published figures).',
    );
  });

  it('marks disputed and imported figures, and ranks built on them, as the rest of the app does', () => {
    expect(mapSummary(fortyTwo({ Teesside: { status: 'sources disagree' } }), 'west-midlands')).toBe(
      'Highest: Teesside 215 (disputed); lowest: Hertfordshire 79; which is highest and lowest uses a figure on which published sources disagree; West Midlands 145, 13th highest of 42 (uses a figure on which published sources disagree; 13th highest of 42 areas with published figures).',
    );
    expect(mapSummary(fortyTwo({ 'West Midlands': { status: 'imported' } }), 'west-midlands')).toBe(
      'Highest: Teesside 215; lowest: Hertfordshire 79; which is highest and lowest includes figures imported in this browser; West Midlands 145 (imported), 13th highest of 42 (includes figures imported in this browser; 13th highest of 42 areas with published or imported figures).',
    );
    const tied = [row('Teesside', 215, 'sources disagree'), row('Durham', 215, 'illustrative'), row('Kent', 100)];
    expect(mapSummary(tied, 'kent')).toBe(
      'Highest: Durham and Teesside, both 215 (illustrative for Durham; disputed for Teesside); lowest: Kent 100; which is highest and lowest illustrative: the ranking includes synthetic figures; Kent 100, 3rd highest of 3 (illustrative: the ranking includes synthetic figures; 2nd highest of 2 areas with published figures).',
    );
  });

  it('says why the focus area has no figure in the app’s words', () => {
    expect(mapSummary(fortyTwo({ 'West Midlands': { value: undefined, status: 'no figure held' } }), 'west-midlands')).toMatch(
      /; West Midlands: no figure held here\.$/,
    );
    expect(mapSummary(fortyTwo({ 'West Midlands': { value: undefined, status: 'data error' } }), 'west-midlands')).toMatch(/; West Midlands: data error\.$/);
  });

  it('copes with one figure, equal figures, no figures and an unknown focus area', () => {
    expect(mapSummary([row('Kent', 5), row('Essex', undefined)], 'essex')).toBe('Only Kent has a figure: 5; Essex: not published.');
    expect(mapSummary([row('Kent', 5), row('Essex', undefined)], 'kent')).toBe('Only Kent has a figure: 5.');
    expect(mapSummary([row('Kent', 5), row('Essex', 5)], 'kent')).toBe('Every area with a figure has 5; Kent 5, joint highest of 2.');
    expect(mapSummary([row('Kent', undefined), row('Essex', undefined)], 'kent')).toBe('No area has a figure.');
    expect(mapSummary(fortyTwo(), 'atlantis')).toBe('Highest: Teesside 215; lowest: Hertfordshire 79.');
  });
});
