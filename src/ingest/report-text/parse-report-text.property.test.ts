import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREAS, fixtureText, seedText } from '../../../tests/fixtures/import/texts';
import { parseReportText, type ReportTextParse } from './parse-report-text';

const SEED_LINES = seedText().split('\n');

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'digits'; at: number; digits: string }
  | { kind: 'junk'; at: number; junk: string };

const junk = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    'Level 1',
    'Total\t',
    '\t-\t–\t—',
    '1,2,3',
    'Breach of SHPO',
    'Category 4: Terrorism',
    'MAPPA-eligible offenders on 31 March 2023',
    '\r',
    '\u00A0\u00A0',
  ),
  fc.array(fc.constantFrom('Level 2', 'Total', '\t', '  ', ' ', '7', '12,345', '-', '3.5', 'x'), { maxLength: 10 }).map((parts) => parts.join('')),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('digits' as const), at: fc.nat(), digits: fc.stringMatching(/^\d{1,6}$/) }),
  fc.record({ kind: fc.constant('junk' as const), at: fc.nat(), junk }),
);

function mutate(lines: readonly string[], mutations: readonly Mutation[]): string {
  const result = [...lines];
  for (const change of mutations) {
    if (result.length === 0) break;
    const at = change.at % result.length;
    switch (change.kind) {
      case 'delete':
        result.splice(at, 1);
        break;
      case 'duplicate':
        result.splice(at, 0, result[at]!);
        break;
      case 'swap': {
        const other = change.with % result.length;
        [result[at], result[other]] = [result[other]!, result[at]!];
        break;
      }
      case 'digits':
        result[at] = result[at]!.replace(/\d+/g, change.digits);
        break;
      case 'junk':
        result.splice(at, 0, change.junk);
        break;
    }
  }
  return result.join('\n');
}

const anyText = fc.oneof(
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 4, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 12 }).map((changes) => mutate(SEED_LINES, changes)) },
  {
    weight: 1,
    arbitrary: fc.array(mutation, { maxLength: 8 }).map((changes) => mutate(fixtureText('synthetic-greater-manchester-2022-23.txt').split('\n'), changes)),
  },
);

/** The properties every parse must have, whatever the text. */
function checkParse(text: string, result: ReportTextParse): void {
  expect(['ok', 'empty', 'not-a-report']).toContain(result.outcome);
  const lines = text.split(/\r\n|\r|\n/);
  for (const figure of result.figures) {
    if (typeof figure.value !== 'number') continue;
    // Never invents a number: the value is written on the very line it cites.
    expect(figure.source).not.toBeNull();
    const source = figure.source!;
    expect(lines[source.lineNumber - 1]).toBe(source.text);
    expect(source.text.replace(/,/g, '')).toContain(String(figure.value));
  }
  const nullIds = result.figures.filter((figure) => figure.value === null).map((figure) => figure.figureId);
  expect(result.notFound).toEqual(nullIds);
  expect(new Set(result.figures.map((figure) => figure.figureId)).size).toBe(result.figures.length);
  expect(result.figures).toHaveLength(result.hasCategory4 ? 71 : 58);
}

/** The snapshot table of the seed report, as its header and rows print it. */
const SNAPSHOT_HEADER = ['Category 1: Registered sex offenders', 'Violent', 'Other dangerous', 'Total'];
const SNAPSHOT_ROWS: readonly [string, readonly string[]][] = [
  ['Level 1', ['3669', '1763', '1', '5432']],
  ['Level 2', ['11', '29', '5', '45']],
  ['Level 3', ['2', '5', '2', '9']],
  ['Total', ['3682', '1797', '7', '5486']],
];

/** The seed text with the snapshot's columns printed in `order` (indices into the template's columns), header and rows alike. */
function withSnapshotColumns(order: readonly number[], separator: string): string {
  const lines = SEED_LINES.map((line) => {
    if (line === '\tCategory 1: Registered sex offenders\tViolent\tOther dangerous\tTotal') {
      return separator + order.map((column) => SNAPSHOT_HEADER[column]).join(separator);
    }
    const row = SNAPSHOT_ROWS.find(([label, cells]) => line === [label, ...cells].join('\t'));
    return row ? [row[0], ...order.map((column) => row[1][column])].join(separator) : line;
  });
  return lines.join('\n');
}

describe('parseReportText on any text', () => {
  it('never throws, never invents a number, and always says what it found', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkParse(text, parseReportText(text, AREAS));
      }),
      { numRuns: 100 },
    );
  });

  it('reads the snapshot by its header words, whatever order its columns are printed in', () => {
    const seed = parseReportText(seedText(), AREAS);
    const snapshotOf = (result: ReportTextParse) =>
      result.figures.filter((figure) => figure.figureId.startsWith('snapshot.')).map((figure) => [figure.figureId, figure.value]);
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }), fc.constantFrom('\t', '  ', '    '), (order, separator) => {
        const result = parseReportText(withSnapshotColumns(order, separator), AREAS);
        expect(snapshotOf(result)).toEqual(snapshotOf(seed));
        expect(result.warnings).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('reads any subset of the snapshot columns under a header naming them, and asks about the others', () => {
    const seed = parseReportText(seedText(), AREAS);
    const valueOf = (result: ReportTextParse, figureId: string) => result.figures.find((figure) => figure.figureId === figureId);
    const keys = ['category1', 'category2', 'category3', 'total'];
    fc.assert(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 1, maxLength: 3 }), fc.constantFrom('\t', '  ', '    '), (order, separator) => {
        const result = parseReportText(withSnapshotColumns(order, separator), AREAS);
        if (order.length === 1 && order[0] === 3) {
          // A header naming only "Total" is no header (a line of totals looks the same): the table is not read, and says so.
          expect(result.tablesNotRead).toEqual(['snapshot']);
          expect(result.warnings).toContainEqual(expect.stringMatching(/has no column headings but its rows have 1 figure, so we cannot tell/));
          return;
        }
        for (const row of ['level1', 'level2', 'level3', 'total']) {
          keys.forEach((key, column) => {
            const figureId = `snapshot.${row}.${key}`;
            const found = valueOf(result, figureId);
            if (order.includes(column)) expect(found?.value).toBe(valueOf(seed, figureId)?.value);
            else expect(found).toMatchObject({ value: null, check: expect.stringMatching(/name no column for .*, so this figure is not in it/) });
          });
        }
        expect(result.tablesNotRead).toEqual([]);
        expect(result.warnings).toContainEqual(expect.stringMatching(/^The table “MAPPA-eligible offenders on 31 March” \(line 97\) has no column for/));
      }),
      { numRuns: 60 },
    );
  });

  // Big inputs must finish and stay sound; how fast they run is measured by the benchmarks, not asserted here.
  it('reads a 5 MB text made of the report many times over', () => {
    const seed = seedText();
    const big = seed.repeat(Math.ceil((5 * 1024 * 1024) / seed.length));
    const result = parseReportText(big, AREAS);
    expect(result.outcome).toBe('ok');
    expect(result.figures.find((figure) => figure.figureId === 'snapshot.total.total')?.value).toBe(5486);
    expect(result.warnings).toEqual([]);
  });

  it('finishes on 5 MB of one line, or of headings', () => {
    const texts = [
      '1\t'.repeat(2.5 * 1024 * 1024),
      'MAPPA-eligible offenders on 31 March 2022\nLevel 1 1 2 3 4 5\n'.repeat(90_000),
      'Total number of Registered Sexual Offenders per 100,000 population\n\n'.repeat(70_000),
    ];
    for (const text of texts) checkParse(text, parseReportText(text, AREAS));
  });
});
