import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';
import { cleanExportText } from '../../lib/export-text';

export { packReadme, type PackReadmeInput } from './pack-readme';

export interface ZipEntry {
  /** Path inside the zip, e.g. "mappa-rsos-per-100k-2021-22.png". */
  name: string;
  data: Uint8Array | string;
}

export interface BuildZipOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Already compressed: deflating them again costs time and saves nothing. */
const STORED_EXTENSIONS = /\.(png|jpe?g|gif|webp|zip|gz)$/i;

/**
 * A zip of the entries, in order. Names and text are cleaned (`cleanExportText`); text is stored as UTF-8. Between entries it yields to the
 * page, so progress can be shown and `signal` can cancel: then it rejects with an AbortError.
 */
export async function buildZip(entries: ReadonlyArray<ZipEntry>, options: BuildZipOptions = {}): Promise<Blob> {
  const { signal, onProgress } = options;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let failure: Error | null = null;
  let finished = false;
  const archive = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else chunks.push(chunk);
    if (final) finished = true;
  });
  const names = uniqueNames(entries.map((entry) => cleanExportText(entry.name)));
  try {
    for (const [index, entry] of entries.entries()) {
      throwIfCancelled(signal);
      const name = names[index] ?? entry.name;
      const file = STORED_EXTENSIONS.test(name) ? new ZipPassThrough(name) : new ZipDeflate(name, { level: 6 });
      archive.add(file);
      file.push(typeof entry.data === 'string' ? strToU8(cleanExportText(entry.data)) : entry.data, true);
      if (failure) throw failure;
      onProgress?.(index + 1, entries.length);
      await nextTask();
    }
    throwIfCancelled(signal);
    archive.end();
  } catch (error) {
    archive.terminate();
    throw error;
  }
  if (failure) throw failure;
  if (!finished) throw new Error('The zip file was not completed.');
  return new Blob(chunks, { type: 'application/zip' });
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A zip may hold two files of one name, but unzipping then overwrites one: number the repeats. */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let copy = 2; taken.has(candidate.toLowerCase()); copy += 1) {
      const dot = name.lastIndexOf('.');
      candidate = dot > 0 ? `${name.slice(0, dot)}-${copy}${name.slice(dot)}` : `${name}-${copy}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
