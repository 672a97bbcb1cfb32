// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ChartRow, ChartSpec } from '../../../domain/chart-row';
import { MISSING, NOT_APPLICABLE, valueCell as reportValue } from '../../../domain/cell';
import { resolveDispute } from '../../../domain/disputes';
import { chartWorkbook, CONTACT_PLACEHOLDER, HONESTY_PARAGRAPH, SHEET_NAMES } from './chart-workbook';
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

function sheet(name: string): GssSheet {
  const found = chartWorkbook(spec, EXPORTED_AT).sheets.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('chartWorkbook', () => {
  it('has a cover, contents, notes and data sheet, in that order', () => {
    expect(chartWorkbook(spec, EXPORTED_AT).sheets.map((s) => s.name)).toEqual(['Cover', 'Contents', 'Notes', 'Data']);
  });

  it('puts the title, source, export date, contact placeholder and honesty rules on the cover', () => {
    const lines = sheet(SHEET_NAMES.cover).rows.map((r) => r[0]);
    expect(lines[0]).toBe(spec.title);
    expect(lines).toContain(spec.sourceLine);
    expect(lines).toContain('Date exported: 1 May 2024');
    expect(lines).toContain(CONTACT_PLACEHOLDER);
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
    expect(header).toEqual(['Area', 'Area ID', 'Year', 'Measure', 'Measure ID', 'Value', 'Unit', 'Status', 'Source', 'Notes']);
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

  it('adds series and count columns only when the chart has them, with [z] where a count does not apply', () => {
    const withBasis: ChartSpec = {
      ...spec,
      rows: [
        row({
          series: 'Level 1',
          basis: {
            count: 3669,
            countLabel: 'registered sexual offenders',
            countStatus: 'published',
            countSource: 'A report',
            denominator: 'population aged 10 and over',
          },
        }),
        row({
          series: 'Level 2',
          basis: { count: undefined, countLabel: 'registered sexual offenders', countStatus: 'missing', countSource: 'A report', denominator: 'population' },
        }),
        row({ series: 'Level 3' }),
      ],
    };
    const data = chartWorkbook(withBasis, EXPORTED_AT).sheets[3];
    const header = data?.rows[data.headerRow ?? -1] ?? [];
    expect(header).toEqual([
      'Area',
      'Area ID',
      'Year',
      'Measure',
      'Measure ID',
      'Series',
      'Value',
      'Unit',
      'Status',
      'Source',
      'Count',
      'Count of',
      'Denominator',
      'Notes',
    ]);
    const counts = data?.rows.slice((data.headerRow ?? 0) + 1).map((r) => r[header.indexOf('Count')]);
    expect(counts).toEqual([3669, '[x]', '[z]']);
  });
});
