import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { z } from '../../src/lib/zod';
import { summariseIssues } from '../../src/lib/zod-issues';

/**
 * The data folder of `npm run data` (default `data/`):
 *   inputs/<sha256>.<ext>   every file added, by its checksum (the same file twice is one input)
 *   inputs.json             what each input is: its name, size, kind and checksum
 *   questions.yaml          written by the command: every question still open
 *   answers.yaml            written by the deployer: question id → answer
 *   build/                  the static API (build/api), manifest.json and summary.md
 */
export interface DataFolder {
  root: string;
  inputs: string;
  inputsManifest: string;
  questions: string;
  answers: string;
  build: string;
}

export function dataFolder(root: string): DataFolder {
  return {
    root,
    inputs: join(root, 'inputs'),
    inputsManifest: join(root, 'inputs.json'),
    questions: join(root, 'questions.yaml'),
    answers: join(root, 'answers.yaml'),
    build: join(root, 'build'),
  };
}

/** What an input is, judged from its content when it was added. */
export const INPUT_KINDS = ['report-pdf', 'report-text', 'tidy-csv', 'table', 'bundle'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

export const INPUT_KIND_WORDS: Readonly<Record<InputKind, string>> = {
  'report-pdf': 'a report (PDF)',
  'report-text': 'a report (text)',
  'tidy-csv': 'MAPPA Compare’s own CSV',
  table: 'a table of areas (spreadsheet)',
  bundle: 'a data bundle of browser imports',
};

const inputEntrySchema = z.strictObject({
  /** Unique in the folder: the file's own name, numbered when another input has it. Question ids use it. */
  name: z.string().check(z.minLength(1)),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  size: z.number(),
  kind: z.enum(INPUT_KINDS),
  /** When it was added (ISO 8601): the date an import from it cites, for kinds that cite one. */
  added: z.iso.datetime(),
});
export type InputEntry = z.infer<typeof inputEntrySchema>;

const inputsManifestSchema = z.strictObject({ inputs: z.array(inputEntrySchema) });

/** The stored copy of an input. */
export function storedInputPath(folder: DataFolder, entry: Pick<InputEntry, 'sha256' | 'name'>): string {
  return join(folder.inputs, `${entry.sha256}${extname(entry.name).toLowerCase()}`);
}

export class DataFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFolderError';
  }
}

/** The inputs held, sorted by name (none for a new folder); a damaged inputs.json is an error, never overwritten. */
export function readInputs(folder: DataFolder): InputEntry[] {
  if (!existsSync(folder.inputsManifest)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(folder.inputsManifest, 'utf8'));
  } catch (error) {
    throw new DataFolderError(`${folder.inputsManifest} is not valid JSON (${error instanceof Error ? error.message : String(error)}); fix or restore it.`);
  }
  const parsed = inputsManifestSchema.safeParse(json);
  if (!parsed.success) throw new DataFolderError(`${folder.inputsManifest} is not an inputs list: ${summariseIssues(parsed.error)}.`);
  return sortInputs(parsed.data.inputs);
}

export function sortInputs(inputs: readonly InputEntry[]): InputEntry[] {
  return [...inputs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function inputsManifestText(inputs: readonly InputEntry[]): string {
  return `${JSON.stringify({ inputs: sortInputs(inputs) }, null, 2)}\n`;
}

/** A name no other input has: "report.pdf", else "report (2).pdf", "report (3).pdf" … */
export function uniqueInputName(fileName: string, taken: ReadonlySet<string>): string {
  const name = basename(fileName);
  if (!taken.has(name)) return name;
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  for (let number = 2; ; number += 1) {
    const candidate = `${stem} (${number})${extension}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Writes a file whole or not at all: to a temporary file beside it, then renamed over it, so a
 * run that fails half-way leaves the old file as it was.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Writes a folder of files whole or not at all: into a new folder beside it, which then takes
 * the old one's place. Until the last step the old folder is untouched.
 */
export function replaceFolderAtomic(path: string, files: ReadonlyMap<string, string>): void {
  const fresh = `${path}.${process.pid}.new`;
  const old = `${path}.${process.pid}.old`;
  rmSync(fresh, { recursive: true, force: true });
  try {
    for (const [relative, content] of files) {
      const target = join(fresh, relative);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    if (existsSync(path)) renameSync(path, old);
    renameSync(fresh, path);
  } catch (error) {
    if (!existsSync(path) && existsSync(old)) renameSync(old, path);
    throw error;
  } finally {
    rmSync(fresh, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}
