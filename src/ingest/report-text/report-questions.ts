import type { Area } from '../../domain/area';
import { describeFigure } from '../common/figure-values';
import { membersOf } from '../../domain/geography';
import { LEAVE_OUT, questionId, type IngestQuestion, type SourcePlace } from '../common/question';
import { valueToText } from '../review/report-review-model';
import type { ReportTextParse, SourceLine } from './parse-report-text';

/** Where a report's text came from: its file ("pasted text" when pasted) and, for a PDF, where each page starts. */
export interface TextSource {
  file: string;
  /** PdfText.pageStartLines, so a line can be cited with its page. */
  pageStartLines?: readonly number[];
}

/** The answer that keeps a figure to check as it was read. */
export const KEEP_AS_READ = 'keep';

/** The page (from 1) a line of a PDF's text is on (PdfText.pageStartLines). */
export function pageOfLine(pageStartLines: readonly number[], lineNumber: number): number {
  let page = 1;
  pageStartLines.forEach((start, index) => {
    if (start <= lineNumber) page = index + 1;
  });
  return page;
}

/** The place of a line of the text: the file, the line, and for a PDF its page. */
function placeOfLine(source: TextSource, line: SourceLine | null | undefined): SourcePlace {
  if (!line) return { file: source.file };
  const page = source.pageStartLines ? { page: pageOfLine(source.pageStartLines, line.lineNumber) } : {};
  return { file: source.file, ...page, line: line.lineNumber };
}

/**
 * The questions a report's text raises: its area and year (settled when the title names them),
 * and each figure to look at twice (a mark taken off its number, or a later copy of its table
 * that gives another). None for a text that is not a report.
 */
export function reportTextQuestions(parse: ReportTextParse, source: TextSource, areas: readonly Area[], years: readonly string[]): IngestQuestion[] {
  if (parse.outcome !== 'ok') return [];
  const { area, year } = reportPlaceQuestions(parse, source, areas, years);
  return [area, year, ...byAreaQuestions(parse, source, areas), ...figureChecks(parse, source)];
}

/** The id of the question which area a row of a table by area is: by its line. */
export function byAreaRowQuestionId(source: TextSource, lineNumber: number): string {
  return questionId('area-name', source.file, `line ${lineNumber}`);
}

/**
 * A regional report's tables by area: each row whose name is not one of the region's areas is
 * asked about (which area, or left out), and each table in a shape we do not read is asked
 * about (left out: its figures can be typed by hand). Nothing is guessed.
 */
export function byAreaQuestions(parse: ReportTextParse, source: TextSource, areas: readonly Area[]): IngestQuestion[] {
  const members = parse.areaId ? membersOf(areas, parse.areaId) : areas.filter((area) => area.kind === 'area');
  const leaveOut = { value: LEAVE_OUT, label: 'Leave this row out: not imported' };
  const rows = parse.byArea.flatMap((table) =>
    table.rows.flatMap((row): IngestQuestion[] =>
      row.problem
        ? [
            {
              id: byAreaRowQuestionId(source, row.line.lineNumber),
              kind: 'area-name',
              what: `Which area is the row “${row.name}” of the table by area?`,
              why: `${row.problem}: we never guess which area it means.`,
              where: placeOfLine(source, row.line),
              choices: [...members.map((area) => ({ value: area.id, label: area.name })), leaveOut],
              settled: false,
            },
          ]
        : [],
    ),
  );
  const shapes = parse.byAreaShapes.map((shape): IngestQuestion => ({
    id: questionId('table-shape', source.file, `line ${shape.heading.lineNumber}`),
    kind: 'table-shape',
    what: `The table by area on line ${shape.heading.lineNumber} is in a shape we do not read: leave it out?`,
    why: shape.why,
    where: placeOfLine(source, shape.heading),
    choices: [{ value: LEAVE_OUT, label: 'Leave it out: not imported' }],
    settled: false,
  }));
  return [...rows, ...shapes];
}

/** Which area and which year a report is for: settled when its title names them, else asked. */
export function reportPlaceQuestions(
  parse: ReportTextParse,
  source: TextSource,
  areas: readonly Area[],
  years: readonly string[],
): { area: IngestQuestion; year: IngestQuestion } {
  return { area: areaQuestion(parse, source, areas), year: yearQuestion(parse, source, years) };
}

interface PlaceAnswer {
  kind: 'report-area' | 'report-year';
  what: string;
  /** What the text's title or a heading says, with its line; undefined when none says it. */
  found: { value: string; line: SourceLine; rule: 'the title' | 'a heading' } | undefined;
  notFound: string;
  choices: IngestQuestion['choices'];
}

/** Which area or year a report is for: settled by the line that names it, else asked. */
function placeQuestion(source: TextSource, { kind, what, found, notFound, choices }: PlaceAnswer): IngestQuestion {
  return {
    id: questionId(kind, source.file),
    kind,
    what,
    why: found ? `Read from ${found.rule}, line ${found.line.lineNumber}: “${found.line.text.slice(0, 80)}”` : notFound,
    where: placeOfLine(source, found?.line),
    choices,
    ...(found ? { suggested: found.value } : {}),
    settled: found !== undefined,
  };
}

function areaQuestion(parse: ReportTextParse, source: TextSource, areas: readonly Area[]): IngestQuestion {
  const regional = parse.level === 'region';
  const unknown = parse.unknownRegion;
  return placeQuestion(source, {
    kind: 'report-area',
    what: regional ? 'Which probation region is this report for?' : 'Which area is this report for?',
    found: parse.areaId && parse.areaEvidence ? { value: parse.areaId, line: parse.areaEvidence, rule: parse.areaRule ?? 'the title' } : undefined,
    notFound: unknown
      ? `Line ${unknown.lineNumber} says this is a regional report (“${unknown.text.trim().slice(0, 80)}”) but names no probation region we know (we never guess one): please choose.`
      : 'No title or heading of the text names the area (we never take it from a sentence): please choose.',
    // A regional report is offered the probation regions first; an area report, the areas and England and Wales.
    choices: [...areas]
      .sort((a, b) => Number(b.kind === 'region') - Number(a.kind === 'region'))
      .filter((area) => regional || area.kind !== 'region')
      .map((area) => ({ value: area.id, label: area.name })),
  });
}

function yearQuestion(parse: ReportTextParse, source: TextSource, years: readonly string[]): IngestQuestion {
  const options = [...new Set([...years, ...(parse.year ? [parse.year] : [])])].sort().reverse();
  return placeQuestion(source, {
    kind: 'report-year',
    what: 'Which year does this report cover?',
    found: parse.year && parse.yearEvidence ? { value: parse.year, line: parse.yearEvidence, rule: parse.yearRule ?? 'the title' } : undefined,
    notFound: 'No title or heading of the text gives the year (we never take it from a sentence): please choose.',
    choices: options.map((year) => ({ value: year, label: year })),
  });
}

function figureChecks(parse: ReportTextParse, source: TextSource): IngestQuestion[] {
  return parse.figures.flatMap((figure): IngestQuestion[] =>
    figure.check
      ? [
          {
            id: questionId('figure-check', source.file, figure.figureId),
            kind: 'figure-check',
            what: `Is ${describeFigure(figure.figureId)} ${valueToText(figure.value) || 'empty'}?`,
            why: figure.check,
            where: placeOfLine(source, figure.source),
            figureId: figure.figureId,
            // A figure not in the text can only be typed, or left empty.
            choices:
              figure.value === null
                ? [{ value: '', label: 'Leave it empty: not imported' }]
                : [
                    { value: KEEP_AS_READ, label: `Keep ${valueToText(figure.value)} as read` },
                    { value: '', label: 'Leave it empty: not imported' },
                  ],
            takesFigure: true,
            suggested: figure.value === null ? '' : KEEP_AS_READ,
            settled: false,
          },
        ]
      : [],
  );
}
