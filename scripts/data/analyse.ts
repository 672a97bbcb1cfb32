import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Area } from '../../src/domain/area';
import { openQuestions, settledAnswer, type IngestQuestion } from '../../src/ingest/common/question';
import type { ApiDataSet } from '../../src/shared/data/api-contract';
import { checkAnswers, readAnswersFile, type AnswersFile } from './answers-file';
import { apiFiles, summaryRows, validateApiFiles, type BuildReport } from './build-output';
import { readInputs, storedInputPath, type DataFolder, type InputEntry } from './data-folder';
import { overlayInputs, type Overlay } from './overlay';
import type { Progress } from './progress';
import { readInput, type InputReading } from './read-input';

/** Everything one run works out from the data folder, before anything is written. */
export interface Analysis {
  inputs: InputEntry[];
  readings: InputReading[];
  answersFile: AnswersFile;
  /** Answers that cannot be taken, each naming its line: nothing is built while there are any. */
  answerErrors: string[];
  answerNotes: string[];
  questions: IngestQuestion[];
  open: IngestQuestion[];
  overlay: Overlay;
  /** The static API: path under api/ → JSON text. */
  files: Map<string, string>;
  /** Where a file fails its schema (the build is refused). */
  schemaProblems: string[];
  report: BuildReport;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What came of one input, in a few words for its progress line. */
export function readingSummary(reading: InputReading, open: readonly IngestQuestion[]): string {
  const records = [...new Set(reading.records.map((record) => `${record.areaId} ${record.year}`))];
  const asked = open.filter((question) => question.where.file === reading.input.name).length;
  const parts = [
    records.length === 0 ? 'no figures read yet' : records.length <= 3 ? records.join(', ') : `${plural(records.length, 'area-year')}`,
    ...(asked > 0 ? [`${plural(asked, 'open question')}`] : []),
    ...(reading.notes.length > 0 ? [`${plural(reading.notes.length, 'note')} (see build/manifest.json)`] : []),
  ];
  return parts.join('; ');
}

/**
 * Reads every input of the folder with the browser's own readers and the deployer's answers,
 * lays what is settled over the embedded default, and checks the answers and every file of the
 * result. Reads only: nothing in the folder changes.
 */
export async function analyseFolder(
  folder: DataFolder,
  base: ApiDataSet,
  progress: Progress,
  /** Inputs read already in this run, by checksum (with the same answers). */
  readAlready: ReadonlyMap<string, InputReading> = new Map(),
): Promise<Analysis> {
  const inputs = readInputs(folder);
  const inside = relative(process.cwd(), folder.answers);
  const answersLabel = inside && !inside.startsWith('..') ? inside : folder.answers;
  const answersFile = readAnswersFile(existsSync(folder.answers) ? readFileSync(folder.answers, 'utf8') : undefined, answersLabel);
  const areas = base.areas as readonly Area[];
  const readings: InputReading[] = [];
  for (const [index, input] of inputs.entries()) {
    const bar = progress.file(input.name, index + 1, inputs.length);
    let reading: InputReading;
    const path = storedInputPath(folder, input);
    const cached = readAlready.get(input.sha256);
    if (cached) {
      reading = cached;
    } else if (!existsSync(path)) {
      reading = { input, questions: [], records: [], notes: [], answerErrors: [], failure: `its stored copy ${path} is missing: add the file again` };
    } else {
      const bytes = new Uint8Array(readFileSync(path));
      reading = await readInput(input, bytes, { areas, years: base.years, answers: answersFile.answers, progress: (done, total) => bar.update(done, total) });
    }
    readings.push(reading);
    if (reading.failure) bar.failed(reading.failure);
    else bar.done(readingSummary(reading, openQuestions(reading.questions, answersFile.answers)));
  }
  const overlay = overlayInputs(base, readings, answersFile.answers);
  const questions = [...readings.flatMap((reading) => reading.questions), ...overlay.questions];
  const open = openQuestions(questions, answersFile.answers);
  const checked = checkAnswers(
    answersFile,
    questions,
    readings.flatMap((reading) => reading.answerErrors),
    answersLabel,
  );
  const files = apiFiles(overlay.data);
  const schemaProblems = validateApiFiles(files, areas);
  const answered = questions.filter(
    (question) => Object.hasOwn(answersFile.answers, question.id) && settledAnswer(question, answersFile.answers) !== undefined,
  ).length;
  const report: BuildReport = { inputs, readings, figures: overlay.figures, open, answered, rows: summaryRows(overlay.data, overlay.figures) };
  return {
    inputs,
    readings,
    answersFile,
    answerErrors: [...answersFile.errors, ...checked.errors],
    answerNotes: checked.notes,
    questions,
    open,
    overlay,
    files,
    schemaProblems,
    report,
  };
}
