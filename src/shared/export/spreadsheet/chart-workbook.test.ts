// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ChartRow, ChartSpec } from '../../../domain/chart-row';
import { MISSING, NOT_APPLICABLE, valueCell as reportValue } from '../../../domain/cell';
import { resolveDispute } from '../../../domain/disputes';
import { chartWorkbook, DATA_HEADINGS, HONESTY_PARAGRAPH, SHEET_NAMES } from './chart-workbook';
import { CSV_COLUMNS } from '../../../domain/tidy-csv';
import { exportContact } from '../export-contact';
import type { GssSheet } from './gss-workbook';

const REPORT = { kind: 'published-report', title: 'West Midlands MAPPA Annual Report 2021-22', year: '2021-22' } as const;
const STAR = { kind: 'published-press', title: 'The Star 2024-01-02', url: 'https://example.org/star', quote: '816 offenders' } as const;
const LBC = { kind: 'published-press', title: 'LBC 2024-01-30', url: 'https://example.org/lbc', quote: '987 offenders' } as const;

function row(overrides: Partial<ChartRow>): ChartRow {
  return {
    areaId: 'west-midlands',
    areaName: 'West Midlands',
    year: '2021-22',
    measureId: 'snapshot.total.category1',
    measureLabel: 'Category 1: registered sexual offenders',
    cell: reportValue(3669, REPORT),
    value: 3669,
    unit: 'people',
    status: 'published',
    source: REPORT.title,
    isFocus: true,
    isReference: false,
    ...overrides,
  };
}

const spec: ChartSpec = {
  id: 'compare-category1-count',
  title: 'Category 1: registered sexual offenders: West Midlands compared with all areas, 2021-22',
  subtitle: 'People, on 31 March 2022.',
  summary: 'West Midlands: 3,669, 2nd highest of 42 areas.',
  unit: 'people',
  rows: [
    row({ noteNumbers: [1] }),
    row({
      areaId: 'gwent',
      areaName: 'Gwent',
      value: 812,
      cell: reportValue(812),
      status: 'illustrative',
      source: 'Illustrative (synthetic)',
      isFocus: false,
      noteNumbers: [2],
    }),
    row({ areaId: 'cumbria', areaName: 'Cumbria', value: undefined, cell: NOT_APPLICABLE, status: 'not applicable', isFocus: false }),
    row({ areaId: 'dorset', areaName: 'Dorset', value: undefined, cell: MISSING, status: 'missing', isFocus: false }),
    row({ areaId: 'kent', areaName: 'Kent', value: 7, cell: MISSING, status: 'data error', source: 'Data error: bad record', isFocus: false }),
    row({
      areaId: 'south-yorkshire',
      areaName: 'South Yorkshire',
      value: 987,
      cell: {
        kind: 'disputed',
        claims: [
          { value: 816, source: STAR },
          { value: 987, source: LBC },
        ],
      },
      status: 'sources disagree',
      dispute: resolveDispute([
        { value: 816, source: STAR },
        { value: 987, source: LBC },
      ]),
      isFocus: false,
    }),
    row({ areaId: 'evil', areaName: '=HYPERLINK("http://x","click")', value: 1, cell: reportValue(1), isFocus: false }),
  ],
  sourceLine: 'Source: West Midlands MAPPA Annual Report 2021-22; includes illustrative data (synthetic values, not real statistics).',
  notes: ['West Midlands 2021-22: Published total 5,432; the figures add up to 5,433. The chart shows the published total.', 'Includes illustrative data.'],
  includesIllustrative: true,
  fileNameParts: ['category1', '2021-22'],
};

const EXPORTED_AT = new Date(Date.UTC(2024, 4, 1, 12));

function sheet(name: string, contact?: string): GssSheet {
  const found = chartWorkbook(spec, EXPORTED_AT, { contact }).sheets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('chartWorkbook', () => {
  it('has a cover, contents, notes and data sheet, in that order', () => {
    expect(chartWorkbook(spec, EXPORTED_AT).sheets.map((s) => s.name)).toEqual(['Cover', 'Contents', 'Notes', 'Data']);
  });

  it('names the contact set when the app was built, and never writes a placeholder', () => {
    expect(sheet(SHEET_NAMES.cover, 'MAPPA team, mappa@example.gov.uk').rows.map((r) => r[0])).toContain('Contact: MAPPA team, mappa@example.gov.uk');
    const without = sheet(SHEET_NAMES.cover).rows.map((r) => String(r[0]));
    expect(without.filter((line) => /contact/i.test(line) && !/who to contact/i.test(line))).toEqual([]);
    expect(without.join('\n')).not.toMatch(/\[add|placeholder/i);
    expect(exportContact({ VITE_EXPORT_CONTACT: '  MAPPA team,\n mappa@example.gov.uk ' })).toBe('MAPPA team, mappa@example.gov.uk');
    expect(exportContact({ VITE_EXPORT_CONTACT: '   ' })).toBeUndefined();
    expect(exportContact({})).toBeUndefined();
  });

  it('puts the title, source, export date and honesty rules on the cover', () => {
    const lines = sheet(SHEET_NAMES.cover).rows.map((r) => r[0]);
    expect(lines[0]).toBe(spec.title);
    expect(lines).toContain(spec.sourceLine);
    expect(lines).toContain('Date exported: 1 May 2024');
    expect(lines).toContain(HONESTY_PARAGRAPH);
    expect(HONESTY_PARAGRAPH).toMatch(/\[z\] means not applicable, which is not zero/);
    expect(HONESTY_PARAGRAPH).toMatch(/\[x\] means not published .*which is not zero/);
    expect(HONESTY_PARAGRAPH).toMatch(/Illustrative values are synthetic/);
    expect(HONESTY_PARAGRAPH).toMatch(/Published totals are shown as published, even where they do not add up/);
    expect(HONESTY_PARAGRAPH).toMatch(/every figure is listed with its source/);
    expect(lines.some((line) => typeof line === 'string' && line.includes('includes illustrative data'))).toBe(true);
    expect(sheet(SHEET_NAMES.cover).rows.every((r) => r.length === 1 && r[0] !== null && r[0] !== '')).toBe(true);
  });

  it('lists the notes as a table with a header row', () => {
    const notes = sheet(SHEET_NAMES.notes);
    expect(notes.rows.slice(notes.headerRow)).toEqual([
      ['Note number', 'Note text'],
      ['note 1', spec.notes[0]],
      ['note 2', spec.notes[1]],
    ]);
    const none = chartWorkbook({ ...spec, notes: [] }, EXPORTED_AT).sheets.find((s) => s.name === 'Notes');
    expect(none?.rows).toEqual([['Notes'], ['There are no notes for this chart.']]);
  });

  it('lists every other worksheet in the contents', () => {
    const contents = sheet(SHEET_NAMES.contents);
    expect(contents.rows.slice(contents.headerRow).map((r) => r[0])).toEqual(['Worksheet name', 'Cover', 'Notes', 'Data']);
  });

  it('writes one row per chart row: numbers as numbers, [z] and [x] never 0, the status beside them', () => {
    const data = sheet(SHEET_NAMES.data);
    const headerRow = data.headerRow ?? -1;
    expect(data.rows[0]).toEqual([spec.title]);
    const header = data.rows[headerRow] ?? [];
    // Every column of the CSV, in its order, under its heading.
    expect(header).toEqual(CSV_COLUMNS.map((column) => DATA_HEADINGS[column]));
    expect(header.slice(0, 10)).toEqual(['Area', 'Area ID', 'Year', 'Measure', 'Measure ID', 'Series', 'Value', 'Unit', 'Status', 'Source']);
    expect(header.slice(-3)).toEqual(['Notes', 'Geography level', 'Region figure']);
    const body = data.rows.slice(headerRow + 1);
    expect(body).toHaveLength(spec.rows.length);
    const column = (name: string) => body.map((r) => r[header.indexOf(name)]);
    expect(column('Value')).toEqual([3669, 812, '[z]', '[x]', '[x]', 987, 1]);
    expect(column('Status')).toEqual(['published', 'illustrative', 'not applicable', 'missing', 'data error', 'sources disagree', 'published']);
    expect(column('Source')[5]).toBe(
      'Sources disagree: 987 (LBC 2024-01-30); 816 (The Star 2024-01-02). 987 used because it is the most recently published (2024-01-30)',
    );
    expect(column('Notes')).toEqual(['[note 1]', '[note 2]', null, null, null, null, null]);
    // No blank rows inside the table: every row has its area.
    expect(body.every((r) => typeof r[0] === 'string' && r[0] !== '')).toBe(true);
  });

  it('writes counts, limits, ranks and changes as numbers, with [z] where they do not apply (no interval around a count) and [x] where there is no figure', () => {
    const withBasis: ChartSpec = {
      ...spec,
      rows: [
        row({
          series: 'Level 1',
          basis: {
            count: 3669,
            countLabel: 'registered sexual offenders',
            countStatus: 'illustrative',
            countSource: 'Illustrative (synthetic)',
            denominator: 'population aged 10 and over',
          },
          rank: { rank: 2, tied: false, trust: 'illustrative', amongReal: '1st highest of 3 areas with published figures' },
          change: {
            short: '+7 (illustrative)',
            sentence: 'up 1%',
            difference: 0.7000000000000002,
            trust: 'illustrative',
            seriesBreak: false,
            previousYear: '2020-21',
          },
        }),
        row({
          series: 'Level 2',
          basis: { count: undefined, countLabel: 'registered sexual offenders', countStatus: 'missing', countSource: 'A report', denominator: 'population' },
          rank: { rank: undefined, tied: false, trust: undefined, amongReal: '' },
          change: { short: 'no figure', sentence: 'no figure', difference: undefined, trust: undefined, seriesBreak: false, previousYear: '2020-21' },
        }),
        row({ series: 'Level 3' }),
      ],
    };
    const data = chartWorkbook(withBasis, EXPORTED_AT).sheets[3];
    const header = data?.rows[data.headerRow ?? -1] ?? [];
    const body = data?.rows.slice((data.headerRow ?? 0) + 1) ?? [];
    const column = (name: string) => body.map((r) => r[header.indexOf(name)]);
    expect(column('Series')).toEqual(['Level 1', 'Level 2', 'Level 3']);
    expect(column('Count')).toEqual([3669, '[x]', '[z]']);
    expect(column('Lower 95% limit')).toEqual(['[x]', '[x]', '[z]']);
    expect(column('Upper 95% limit')).toEqual(['[x]', '[x]', '[z]']);
    expect(column('Count status')).toEqual(['illustrative', 'missing', null]);
    expect(column('Count source')).toEqual(['Illustrative (synthetic)', 'A report', null]);
    expect(column('Rank')).toEqual([2, '[x]', '[z]']);
    expect(column('Rank status')).toEqual(['illustrative', null, null]);
    expect(column('Rank among published figures')).toEqual(['1st highest of 3 areas with published figures', null, null]);
    expect(column('Change since the year before')).toEqual([0.7, '[x]', '[z]']);
    expect(column('Change status')).toEqual(['illustrative', null, null]);
  });
});
