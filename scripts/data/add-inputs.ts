import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Area } from '../../src/domain/area';
import { MAX_IMPORT_BYTES } from '../../src/ingest/common/source-file';
import type { IngestAnswers } from '../../src/ingest/common/question';
import { inputsManifestText, readInputs, storedInputPath, uniqueInputName, writeFileAtomic, type DataFolder, type InputEntry } from './data-folder';
import type { Progress } from './progress';
import { inputKindOf, readInput, type InputReading } from './read-input';

export interface AddOutcome {
  added: InputEntry[];
  /** Files held already (the same checksum): nothing changed for them. */
  alreadyHeld: { file: string; as: string }[];
  /** Files that could not be read, each with the reason: not added. */
  notRead: { file: string; reason: string }[];
  /** What each new input was read as, to reuse rather than read again. */
  readings: Map<string, InputReading>;
}

/** Every file of the paths given, folders walked in name order; hidden files (".DS_Store") are skipped. */
export function filesOf(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith('.')) walk(join(path, name));
    } else if (stat.isFile()) files.push(path);
  };
  for (const path of paths) {
    try {
      walk(path);
    } catch {
      missing.push(path);
    }
  }
  return { files, missing };
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Adds files to the data folder by checksum: each one is read first with the browser's readers,
 * and only a file that reads is kept (its copy under inputs/, its line in inputs.json). The same
 * file again changes nothing; one that cannot be read is named with the reason and the others go
 * on. Every write is whole or nothing, so a failed run loses nothing the folder held.
 */
export async function addInputs(
  paths: readonly string[],
  folder: DataFolder,
  context: { areas: readonly Area[]; years: readonly string[]; answers: IngestAnswers; now: Date },
  progress: Progress,
): Promise<AddOutcome> {
  const inputs = readInputs(folder);
  const bySha = new Map(inputs.map((input) => [input.sha256, input]));
  const names = new Set(inputs.map((input) => input.name));
  const { files, missing } = filesOf(paths);
  const outcome: AddOutcome = { added: [], alreadyHeld: [], notRead: missing.map((file) => ({ file, reason: 'no such file or folder' })), readings: new Map() };
  for (const file of missing) progress.line(`${file}: NOT READ: no such file or folder`);
  for (const [index, file] of files.entries()) {
    const bar = progress.file(basename(file), index + 1, files.length);
    const fail = (reason: string) => {
      outcome.notRead.push({ file, reason });
      bar.failed(reason);
    };
    const size = statSync(file).size;
    if (size > MAX_IMPORT_BYTES) {
      fail(`it is ${(size / 1024 / 1024).toFixed(1)} MB; the largest file read is ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
      continue;
    }
    const bytes = new Uint8Array(readFileSync(file));
    const sha256 = sha256Of(bytes);
    const held = bySha.get(sha256);
    if (held) {
      outcome.alreadyHeld.push({ file, as: held.name });
      bar.done(`held already as ${held.name}: nothing changed`);
      continue;
    }
    const kind = inputKindOf(basename(file), bytes);
    if (!kind.ok) {
      fail(kind.message);
      continue;
    }
    const entry: InputEntry = { name: uniqueInputName(file, names), sha256, size: bytes.length, kind: kind.kind, added: context.now.toISOString() };
    const reading = await readInput(entry, bytes, { ...context, progress: (done, total) => bar.update(done, total) });
    if (reading.failure) {
      fail(reading.failure);
      continue;
    }
    writeFileAtomic(storedInputPath(folder, entry), bytes);
    names.add(entry.name);
    bySha.set(sha256, entry);
    outcome.added.push(entry);
    outcome.readings.set(sha256, reading);
    bar.done(`added as ${entry.name} (${kind.kind})`);
  }
  if (outcome.added.length > 0) writeFileAtomic(folder.inputsManifest, inputsManifestText([...inputs, ...outcome.added]));
  return outcome;
}
