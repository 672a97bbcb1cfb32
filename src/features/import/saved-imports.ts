import { createStore, del, entries, set } from 'idb-keyval';
import { reportSchema, type AreaYearReport, type ReportWire } from '../../domain/report-schema';
import { summariseIssues } from '../../shared/data/parse-reports';

/** Imports are kept in this browser's IndexedDB only; nothing is uploaded. */
const store = typeof indexedDB === 'undefined' ? undefined : createStore('mappa-compare', 'imports');

export interface SavedImport {
  key: string;
  fileName: string;
  savedAt: string;
  report: AreaYearReport;
}

export interface LoadedImports {
  imports: SavedImport[];
  /** Stored entries that no longer pass validation: reported, left in place, never shown as data. */
  problems: string[];
}

export class ImportStorageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportStorageError';
  }
}

export function importKey(areaId: string, year: string): string {
  return `${areaId}|${year}`;
}

interface StoredImport {
  fileName: string;
  savedAt: string;
  wire: ReportWire;
}

function requireStore() {
  if (!store) throw new ImportStorageError('This browser does not offer storage (IndexedDB), so imports cannot be saved.');
  return store;
}

function describeStorageError(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return 'The browser has no room left to store this import (storage quota exceeded). Delete older imports or free space, then try again.';
  }
  return `The browser could not store the import: ${error instanceof Error ? error.message : String(error)}`;
}

export async function loadImports(): Promise<LoadedImports> {
  const all = await entries<string, StoredImport>(requireStore());
  const imports: SavedImport[] = [];
  const problems: string[] = [];
  for (const [key, value] of all) {
    const parsed = reportSchema.safeParse(value?.wire);
    if (!parsed.success) {
      problems.push(`A saved import (${String(key)}) could not be read and is not shown: ${summariseIssues(parsed.error)}`);
      continue;
    }
    imports.push({ key: String(key), fileName: value.fileName, savedAt: value.savedAt, report: parsed.data });
  }
  imports.sort((a, b) => a.key.localeCompare(b.key));
  return { imports, problems };
}

/** Validate, then store; an invalid report or a full disk throws with a message for the user. */
export async function saveImport(wire: ReportWire, fileName: string, savedAt: Date): Promise<SavedImport> {
  const parsed = reportSchema.safeParse(wire);
  if (!parsed.success) throw new ImportStorageError(`These figures cannot be saved: ${summariseIssues(parsed.error)}`);
  const key = importKey(parsed.data.areaId, parsed.data.year);
  const stored: StoredImport = { fileName, savedAt: savedAt.toISOString(), wire };
  try {
    await set(key, stored, requireStore());
  } catch (error) {
    throw new ImportStorageError(describeStorageError(error));
  }
  return { key, fileName, savedAt: stored.savedAt, report: parsed.data };
}

export async function deleteImport(key: string): Promise<void> {
  try {
    await del(key, requireStore());
  } catch (error) {
    throw new ImportStorageError(describeStorageError(error));
  }
}
