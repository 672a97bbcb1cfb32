import { resolveDispute } from '../../domain/disputes';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ChartRow, ChartSpec } from '../../domain/chart-row';
import { MISSING, NOT_APPLICABLE, valueCell } from '../../domain/cell';
import { CSV_COLUMNS } from '../../domain/tidy-csv';
import { chartRowsToCsv, neutraliseFormula, numberText, tidyCsv } from './csv';

const REPORT = { kind: 'published-report', title: 'West Midlands MAPPA Annual Report 2021-22', year: '2021-22' } as const;

function row(overrides: Partial<ChartRow>): ChartRow {
  return {
    areaId: 'west-midlands',
    areaName: 'West Midlands',
    year: '2021-22',
    measureId: 'rso-per-100k',
    measureLabel: 'RSOs per 100,000 population',
    cell: valueCell(145.3, REPORT),
    value: 145.3,
    unit: 'per 100,000',
    status: 'published',
    source: REPORT.title,
    isFocus: false,
    isReference: false,
    ...overrides,
  };
}

const rows: ChartRow[] = [
  row({ isFocus: true }),
  row({ areaId: 'gwent', areaName: 'Gwent', cell: valueCell(5486), value: 5486, status: 'illustrative', source: 'Illustrative (synthetic)' }),
  row({ areaId: 'x', areaName: 'Area "North", Ltd', value: 12, cell: valueCell(12), series: 'Level 2' }),
  row({ areaId: 'evil', areaName: '=HYPERLINK("http://x","click")', value: 1, cell: valueCell(1) }),
  row({ areaId: 'dyfed-powys', areaName: 'Dyfed-Powys', cell: MISSING, value: undefined, status: 'missing', source: REPORT.title }),
  row({ areaId: 'cumbria', areaName: 'Cumbria', cell: NOT_APPLICABLE, value: undefined, status: 'not applicable', source: REPORT.title }),
  row({
    areaId: 'south-yorkshire',
    areaName: 'South Yorkshire',
    cell: {
      kind: 'disputed',
      claims: [
        { value: 816, source: { kind: 'published-press', title: 'The Star', url: 'https://example.org/star', quote: '816 offenders' } },
        { value: 987, source: { kind: 'published-press', title: 'LBC', url: 'https://example.org/lbc', quote: '987 offenders' } },
      ],
    },
    value: 816,
    status: 'sources disagree',
    source: 'The Star; LBC',
    dispute: resolveDispute([
      { value: 816, source: { kind: 'published-press', title: 'The Star', url: 'https://example.org/star', quote: '816 offenders' } },
      { value: 987, source: { kind: 'published-press', title: 'LBC', url: 'https://example.org/lbc', quote: '987 offenders' } },
    ]),
    noteNumbers: [1, 2],
  }),
  row({ areaId: 'bad', areaName: 'Bad data', value: 3, status: 'data error' }),
  row({
    areaId: 'ew',
    areaName: 'England and Wales',
    value: 132.25,
    cell: valueCell(132.25),
    status: 'calculated here',
    isReference: true,
    source: 'Calculated here',
    basis: {
      count: 66741,
      countLabel: 'registered sexual offenders (category 1) on 31 March',
      countStatus: 'published',
      countSource: 'Ministry of Justice',
      denominator: 'population aged 10 and over from the 2021 census',
    },
    noteNumbers: [1],
  }),
];

const spec: ChartSpec = {
  id: 'compare-rso-per-100k',
  title: 'RSOs per 100,000 population',
  subtitle: '2021-22',
  summary: 'West Midlands is above the national rate.',
  unit: 'per 100,000',
  rows,
  sourceLine: 'Source: West Midlands MAPPA Annual Report 2021-22',
  notes: ['Rates use the 2021 census.', 'South Yorkshire 2021-22: published sources disagree: 816 (The Star) or 987 (LBC).'],
  includesIllustrative: true,
  fileNameParts: ['rsos per 100k', '2021-22', 'West Midlands'],
};

function parse(csv: string): Array<Record<string, string>> {
  const result = Papa.parse<Record<string, string>>(csv, { header: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('chartRowsToCsv', () => {
  const csv = chartRowsToCsv(spec, new Date('2026-11-25T10:00:00Z'));

  it('starts with a UTF-8 byte order mark and the tidy header', () => {
    expect(csv.startsWith(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(CSV_COLUMNS.slice(0, 10).join(',')).toBe('area,area_id,year,measure,measure_id,series,value,unit,value_status,source');
  });

  it('ends every line with CRLF and has one line per row', () => {
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(rows.length + 1);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('quotes names with quotes and commas (RFC 4180)', () => {
    expect(csv).toContain('"Area ""North"", Ltd"');
    expect(csv).toContain('"RSOs per 100,000 population"');
  });

  it('writes numbers without thousands separators and decimals as they are', () => {
    const parsed = parse(csv);
    expect(parsed[1]?.value).toBe('5486');
    expect(parsed[0]?.value).toBe('145.3');
    expect(parsed[8]?.value).toBe('132.25');
  });

  it('writes figures at their precision: no floating-point noise, no digit the inputs did not have', () => {
    // 14.6 - 13.9 is 0.6999999999999993 in binary floating point; 1 - 0.9 is 0.09999999999999998.
    const noisy: ChartSpec = {
      ...spec,
      rows: [
        row({
          value: 14.6,
          unit: 'per 100,000',
          change: { short: '+0.7', sentence: 'up 0.7', difference: 14.6 - 13.9, trust: 'published', seriesBreak: false, previousYear: '2020-21' },
        }),
        row({
          value: 0.1 + 0.2,
          unit: '%',
          change: { short: '+0.1', sentence: 'up 0.1', difference: 1 - 0.9, trust: 'published', seriesBreak: false, previousYear: '2020-21' },
        }),
        row({ value: 132.25, unit: 'per 100,000' }),
        row({
          value: 5486,
          unit: 'offenders',
          change: { short: '−3', sentence: 'down 3', difference: -3, trust: 'published', seriesBreak: false, previousYear: '2020-21' },
        }),
      ],
    };
    const parsed = parse(chartRowsToCsv(noisy, new Date('2026-11-25T10:00:00Z')));
    expect(parsed.map((record) => record.value)).toEqual(['14.6', '0.3', '132.25', '5486']);
    expect(parsed.map((record) => record.change_since_year_before)).toEqual(['0.7', '0.1', '', '-3']);
    // Round trip: each number read back is the figure, to its precision.
    expect(parsed.map((record) => Number(record.value))).toEqual([14.6, 0.3, 132.25, 5486]);
    expect(numberText(1234567.8)).toBe('1234567.8');
    expect(numberText(-0.30000000000000004)).toBe('-0.3');
  });

  it('parses back to exactly the rows the table shows', () => {
    const parsed = parse(csv);
    expect(parsed).toHaveLength(rows.length);
    parsed.forEach((record, index) => {
      const source = rows[index]!;
      expect(Object.keys(record)).toEqual([...CSV_COLUMNS]);
      expect(record.area_id).toBe(source.areaId);
      expect(record.year).toBe(source.year);
      expect(record.measure).toBe(source.measureLabel);
      expect(record.measure_id).toBe(source.measureId);
      expect(record.series).toBe(source.series ?? '');
      expect(record.unit).toBe(source.unit);
      expect(record.value_status).toBe(source.status);
      const expectedValue = source.status === 'data error' ? undefined : source.value;
      expect(record.value === '' ? undefined : Number(record.value)).toBe(expectedValue);
      if (source.cell.kind !== 'disputed') expect(record.source).toBe(source.source);
    });
  });

  it('leaves missing, not applicable and data error values blank and says why', () => {
    const parsed = parse(csv);
    expect(parsed[4]).toMatchObject({ area: 'Dyfed-Powys', value: '', value_status: 'missing' });
    expect(parsed[5]).toMatchObject({ area: 'Cumbria', value: '', value_status: 'not applicable' });
    expect(parsed[7]).toMatchObject({ area: 'Bad data', value: '', value_status: 'data error' });
  });

  it('writes the chosen value and lists every claim, and the rule, in the source column where sources disagree', () => {
    expect(parse(csv)[6]).toMatchObject({
      value: '816',
      value_status: 'sources disagree',
      source: 'Sources disagree: 816 (The Star); 987 (LBC). 816 used because no source has a stronger claim, so the first recorded is used as a tie-break',
    });
  });

  it('writes, in full and numbered, the chart notes that apply to each row', () => {
    const parsed = parse(csv);
    expect(parsed[6]?.notes).toBe('[1] Rates use the 2021 census. | [2] South Yorkshire 2021-22: published sources disagree: 816 (The Star) or 987 (LBC).');
    expect(parsed[8]?.notes).toBe('[1] Rates use the 2021 census.');
    expect(parsed[0]?.notes).toBe('');
  });

  it('puts the count and the denominator beside a rate', () => {
    expect(parse(csv)[8]).toMatchObject({
      value: '132.25',
      count: '66741',
      count_of: 'registered sexual offenders (category 1) on 31 March',
      denominator: 'population aged 10 and over from the 2021 census',
    });
    expect(parse(csv)[0]).toMatchObject({ count: '', count_of: '', denominator: '' });
  });

  it('neutralises a name that a spreadsheet would run as a formula, and it parses back as text', () => {
    const parsed = parse(csv);
    expect(parsed[3]?.area).toBe(`'=HYPERLINK("http://x","click")`);
    expect(parsed.every((record) => Object.values(record).every((cell) => !/^[=+\-@\t\r]/.test(cell)))).toBe(true);
  });

  it('quotes line breaks inside a cell and keeps Welsh letters', () => {
    const text = tidyCsv([row({ areaName: 'Ynys Môn', source: 'Line one\r\nline two' })]);
    expect(text).toContain('"Line one\r\nline two"');
    expect(parse(text)[0]).toMatchObject({ area: 'Ynys Môn', source: 'Line one\r\nline two' });
  });

  it('removes control characters from names and text, keeping tabs and line breaks inside quotes', () => {
    const text = tidyCsv([row({ areaName: 'Kent\u0000 and\u001b Medway', source: 'Report\u0007 2021-22' })]);
    // eslint-disable-next-line no-control-regex -- checking the control characters are gone is the point
    expect(text).not.toMatch(/[\u0000\u0007\u001b]/);
    expect(parse(text)[0]).toMatchObject({ area: 'Kent and Medway', source: 'Report 2021-22' });
  });

  it('adds the 95% interval, its method and status, the comparison with England and Wales and the rank range after count_source', () => {
    const at = (column: string) => CSV_COLUMNS.indexOf(column as (typeof CSV_COLUMNS)[number]);
    expect(CSV_COLUMNS.slice(at('count_source'), at('count_source') + 7)).toEqual([
      'count_source',
      'lower_95',
      'upper_95',
      'interval_method',
      'interval_status',
      'compared_with_england_and_wales',
      'comparison_status',
    ]);
    expect(at('count_of')).toBe(at('comparison_status') + 1);
    const withInterval = row({
      value: 145,
      interval: { lower: 140.3512, upper: 149.7649, level: 0.95, method: 'byar', trust: 'published' },
      comparison: { result: 'higher', benchmark: 126, trust: 'illustrative', short: 'higher (illustrative)', sentence: 'Higher than England and Wales.' },
      rank: { rank: 13, tied: true, trust: 'illustrative', amongReal: 'joint 4th highest of 14', range: 'between 8th and 19th highest (illustrative)' },
    });
    expect(parse(tidyCsv([withInterval]))[0]).toMatchObject({
      lower_95: '140.35',
      upper_95: '149.76',
      interval_method: 'Byar',
      // An interval from published figures is worked out here: its status says so.
      interval_status: 'calculated here',
      compared_with_england_and_wales: 'higher',
      comparison_status: 'illustrative',
      rank_range_95: 'between 8th and 19th highest (illustrative)',
    });
    // No interval for counts, and none written beside a value that is not there.
    expect(parse(tidyCsv([row({})]))[0]).toMatchObject({ lower_95: '', upper_95: '', interval_method: '', compared_with_england_and_wales: '' });
    const gap = row({ value: undefined, status: 'missing', cell: MISSING, interval: withInterval.interval });
    expect(parse(tidyCsv([gap]))[0]).toMatchObject({ lower_95: '', upper_95: '' });
  });

  it('writes only the header for a chart without rows', () => {
    expect(tidyCsv([])).toBe('\uFEFF' + CSV_COLUMNS.join(','));
  });
});

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('prefixes %j with an apostrophe', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it.each(['', 'West Midlands', '2021-22', "'quoted", ' =1'])('leaves %j alone', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});
