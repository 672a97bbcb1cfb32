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

describe('parseReportText on any text', () => {
  it('never throws, never invents a number, and always says what it found', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkParse(text, parseReportText(text, AREAS));
      }),
      { numRuns: 500 },
    );
  });

  // How fast is for `npm run bench`: a test on a busy machine only checks that big input finishes, right.
  it('reads a 5 MB text', () => {
    const seed = seedText();
    const big = seed.repeat(Math.ceil((5 * 1024 * 1024) / seed.length));
    const result = parseReportText(big, AREAS);
    expect(result.outcome).toBe('ok');
    expect(result.figures.find((figure) => figure.figureId === 'snapshot.total.total')?.value).toBe(5486);
  });

  it('reads 5 MB of one line, or of headings, without failing', () => {
    const texts = [
      '1\t'.repeat(2.5 * 1024 * 1024),
      'MAPPA-eligible offenders on 31 March 2022\nLevel 1 1 2 3 4 5\n'.repeat(90_000),
      'Total number of Registered Sexual Offenders per 100,000 population\n\n'.repeat(70_000),
    ];
    for (const text of texts) {
      checkParse(text, parseReportText(text, AREAS));
    }
  });
});
