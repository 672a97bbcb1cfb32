import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Area } from '../../src/domain/area';
import type { ApiDataSet } from '../../src/shared/data/api-contract';
import { addInputs } from './add-inputs';
import { analyseFolder, type Analysis } from './analyse';
import { questionsFileText } from './answers-file';
import { manifestText, summaryTable, summaryText } from './build-output';
import { DataFolderError, replaceFolderAtomic, writeFileAtomic, type DataFolder } from './data-folder';
import { progressOn, type Output, type Progress } from './progress';

export interface CommandContext {
  folder: DataFolder;
  /** The embedded default: what the app serves without a data folder. */
  base: ApiDataSet;
  /** Where progress and summaries go (standard error). */
  output: Output;
  /** Exit non-zero while questions remain. */
  strict: boolean;
  now?: () => Date;
}

const QUIET: Progress = { file: () => ({ update: () => undefined, done: () => undefined, failed: () => undefined }), line: () => undefined };

function say(context: CommandContext, text = ''): void {
  context.output.write(`${text}\n`);
}

/** A path as the deployer typed it: relative to here when inside it, else in full. */
function shown(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') ? inside : resolve(path);
}

function listProblems(context: CommandContext, title: string, problems: readonly string[]): void {
  if (problems.length === 0) return;
  say(context, title);
  for (const problem of problems) say(context, `  - ${problem}`);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The files of data/build: the static API under api/, the provenance manifest and the summary. */
export function buildFiles(analysis: Analysis): Map<string, string> {
  const files = new Map<string, string>();
  for (const [path, text] of [...analysis.files].sort(([a], [b]) => (a < b ? -1 : 1))) files.set(`api/${path}`, text);
  files.set('manifest.json', manifestText(analysis.report));
  files.set('summary.md', summaryText(analysis.report));
  return files;
}

function unreadInputs(analysis: Analysis): string[] {
  return analysis.readings.flatMap((reading) => (reading.failure ? [`${reading.input.name}: ${reading.failure}`] : []));
}

function reportOpen(context: CommandContext, analysis: Analysis): void {
  if (analysis.open.length === 0) {
    say(context, 'No question is open.');
    return;
  }
  say(context, `${plural(analysis.open.length, 'question is', 'questions are')} open: see ${shown(context.folder.questions)}.`);
  say(context, `Their figures are not published until you answer them in ${shown(context.folder.answers)}, then run: npm run data -- build`);
}

/** Answers that cannot be taken stop the run before anything is written. */
function refuseBadAnswers(context: CommandContext, analysis: Analysis): boolean {
  for (const note of analysis.answerNotes) say(context, `Note: ${note}`);
  if (analysis.answerErrors.length === 0) return false;
  listProblems(context, `Nothing was written: fix these answers first.`, analysis.answerErrors);
  return true;
}

/** `npm run data -- add <files or folders>` */
export async function runAdd(paths: readonly string[], context: CommandContext): Promise<number> {
  if (paths.length === 0) {
    say(context, 'Name the files or folders to add, e.g.  npm run data -- add reports/ tables.ods');
    return 2;
  }
  const progress = progressOn(context.output);
  const before = await analyseFolder(context.folder, context.base, QUIET);
  const outcome = await addInputs(
    paths,
    context.folder,
    {
      areas: context.base.areas as readonly Area[],
      years: context.base.years,
      answers: before.answersFile.answers,
      now: (context.now ?? (() => new Date()))(),
    },
    progress,
  );
  const analysis = await analyseFolder(context.folder, context.base, QUIET, outcome.readings);
  say(context);
  say(
    context,
    [
      `Added ${plural(outcome.added.length, 'file')}`,
      ...(outcome.alreadyHeld.length > 0 ? [`${plural(outcome.alreadyHeld.length, 'file was', 'files were')} held already (nothing changed)`] : []),
      ...(outcome.notRead.length > 0 ? [`${plural(outcome.notRead.length, 'file')} could not be read`] : []),
    ].join('; ') + '.',
  );
  listProblems(
    context,
    'Not added:',
    outcome.notRead.map((item) => `${item.file}: ${item.reason}`),
  );
  if (refuseBadAnswers(context, analysis)) return 1;
  writeFileAtomic(context.folder.questions, questionsFileText(analysis.open));
  reportOpen(context, analysis);
  say(context, `Next: npm run data -- build${context.folder.root === 'data' ? '' : ` --dir ${shown(context.folder.root)}`}`);
  if (outcome.notRead.length > 0) return 1;
  return context.strict && analysis.open.length > 0 ? 1 : 0;
}

/** `npm run data -- build` */
export async function runBuild(context: CommandContext): Promise<number> {
  const analysis = await analyseFolder(context.folder, context.base, progressOn(context.output));
  say(context);
  if (refuseBadAnswers(context, analysis)) return 1;
  if (analysis.schemaProblems.length > 0) {
    listProblems(context, `Nothing was written: the built data fails the app's schemas.`, analysis.schemaProblems.slice(0, 20));
    return 1;
  }
  writeFileAtomic(context.folder.questions, questionsFileText(analysis.open));
  replaceFolderAtomic(context.folder.build, buildFiles(analysis));
  say(context, summaryTable(analysis.report.rows));
  say(context);
  say(
    context,
    `Built ${plural(analysis.files.size, 'file')} of the static API in ${shown(join(context.folder.build, 'api'))}, with manifest.json and summary.md.`,
  );
  const unread = unreadInputs(analysis);
  listProblems(context, 'Not read (their figures are not in the build):', unread);
  reportOpen(context, analysis);
  // vite.config.ts reads MAPPA_DATA_DIR (default data/) from the project folder, where npm runs this.
  const servedByDefault = resolve(context.folder.root) === resolve('data');
  say(context, servedByDefault ? 'npm run build now serves this data.' : `To serve this data: MAPPA_DATA_DIR=${resolve(context.folder.root)} npm run build`);
  if (unread.length > 0) return 1;
  return context.strict && analysis.open.length > 0 ? 1 : 0;
}

function readFolderFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(root, full).split('\\').join('/'), readFileSync(full, 'utf8'));
    }
  };
  if (existsSync(root)) walk(root);
  return files;
}

/** The files that differ between the build folder and what a build would write now. */
function staleFiles(built: ReadonlyMap<string, string>, fresh: ReadonlyMap<string, string>): string[] {
  const paths = [...new Set([...built.keys(), ...fresh.keys()])].sort();
  return paths.filter((path) => built.get(path) !== fresh.get(path));
}

/** `npm run data -- check`: for a host's CI. The data builds, every schema holds, no question is open, the build is current. */
export async function runCheck(context: CommandContext): Promise<number> {
  const analysis = await analyseFolder(context.folder, context.base, progressOn(context.output));
  say(context);
  const failures: string[] = [];
  failures.push(...unreadInputs(analysis).map((problem) => `not read: ${problem}`));
  failures.push(...analysis.answerErrors);
  failures.push(...analysis.schemaProblems.slice(0, 20));
  failures.push(...analysis.open.map((question) => `open question ${question.id}: ${question.what}`));
  for (const note of analysis.answerNotes) say(context, `Note: ${note}`);
  if (existsSync(context.folder.build)) {
    const stale = staleFiles(readFolderFiles(context.folder.build), buildFiles(analysis));
    if (stale.length > 0) {
      failures.push(
        `${shown(context.folder.build)} is not what the inputs and answers build now (${plural(stale.length, 'file')} differ, e.g. ${stale[0]}): run npm run data -- build`,
      );
    }
  } else {
    say(context, `Note: ${shown(context.folder.build)} has not been built yet (npm run data -- build).`);
  }
  if (failures.length > 0) {
    listProblems(context, `The data is not ready (${plural(failures.length, 'problem')}):`, failures);
    return 1;
  }
  say(context, `The data is ready: ${plural(analysis.inputs.length, 'input')} read, every schema holds, no question is open.`);
  return 0;
}

export { DataFolderError };
