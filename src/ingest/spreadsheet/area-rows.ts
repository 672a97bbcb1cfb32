import type { Area } from '../../domain/area';
import type { AreaMatchKind, AreaRowMatch } from '../common/area-names';
import { LEAVE_OUT, questionId, sheetCell, type AnswerChoice, type IngestQuestion } from '../common/question';
import type { ChoiceProblem } from './sheets';
import type { AreaRowChoice } from './spreadsheet-import';

const MATCH_WORDS: Record<AreaMatchKind, string> = {
  exact: 'the same name',
  variant: 'the same words written differently',
  alias: 'another name for this area',
};

/** How a name was matched, for the review: "the same words written differently". */
export function matchWords(row: AreaRowMatch): string {
  if (!row.match) return 'not matched: choose';
  if (row.duplicateOfRow !== undefined) return `${MATCH_WORDS[row.match.how]}, but row ${row.duplicateOfRow + 1} is the same area: choose`;
  return MATCH_WORDS[row.match.how];
}

/** England and Wales first, then the areas, then leaving the row out. */
function areaChoices(areas: readonly Area[]): AnswerChoice[] {
  const national = areas.filter((area) => area.kind === 'national');
  const local = areas.filter((area) => area.kind === 'area');
  return [...national, ...local].map((area) => ({ value: area.id, label: area.name })).concat({ value: LEAVE_OUT, label: 'Leave this row out' });
}

/**
 * The area of each row of a table, one question per row, in order. A name matched to one area
 * is suggested and settled; a name we do not know, or a second row of one area, is asked with
 * nothing suggested: never guessed.
 */
export function areaNameQuestions(file: string, sheetName: string, rows: readonly AreaRowMatch[], areas: readonly Area[]): IngestQuestion[] {
  const choices = areaChoices(areas);
  return rows.map((row) => {
    const suggested = row.match && row.duplicateOfRow === undefined ? row.match.areaId : undefined;
    return {
      id: questionId('area-name', file, sheetCell(sheetName, row.ref)),
      kind: 'area-name',
      what: `Choose the area for row ${row.row + 1} (“${row.text}”), or leave it out.`,
      why: matchWords(row),
      where: { file, sheet: sheetName, cell: row.ref, row: row.row },
      choices,
      ...(suggested === undefined ? {} : { suggested }),
      settled: suggested !== undefined,
    };
  });
}

/**
 * The rows to read as areas, or what is still to answer: every row chosen or left out, no area
 * twice. `answerOf` is the screen's answer (with suggestions) or the command line's (settled only).
 */
export function checkAreaChoices(
  questions: readonly IngestQuestion[],
  answerOf: (question: IngestQuestion) => string | undefined,
  nameOf: (areaId: string) => string,
): { chosen: AreaRowChoice[]; problems: ChoiceProblem[] } {
  const problems: ChoiceProblem[] = [];
  const chosen: AreaRowChoice[] = [];
  const firstRowOf = new Map<string, number>();
  for (const question of questions) {
    const row = question.where.row ?? 0;
    const choice = answerOf(question) ?? '';
    if (choice === '') {
      problems.push({ at: row, message: question.what });
      continue;
    }
    if (choice === LEAVE_OUT) continue;
    const earlier = firstRowOf.get(choice);
    if (earlier !== undefined) {
      problems.push({ at: row, message: `Rows ${earlier + 1} and ${row + 1} are both ${nameOf(choice)}: choose another area for one, or leave it out.` });
      continue;
    }
    firstRowOf.set(choice, row);
    chosen.push({ row, areaId: choice });
  }
  return { chosen, problems };
}
