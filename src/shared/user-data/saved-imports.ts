import { createStore, del, entries, set } from 'idb-keyval';
import { reportSchema, type AreaYearReport, type ReportWire } from '../../domain/report-schema';
import { summariseIssues } from '../../lib/zod-issues';
import { areaYearKey } from '../../ingest/common/area-year-key';
import { areaYearOf, type ImportRecord } from './combine-imports';

/** Imports are kept in this browser's IndexedDB only; nothing is uploaded. */
const store = typeof indexedDB === 'undefined' ? undefined : createStore('mappa-compare', 'imports');

/** One import as saved. An area and year can have several, if the user chose to keep both. */
export interface SavedImport extends ImportRecord {
  /** The storage key: "kent|2021-22|2024-05-01T10:00:00.000Z" (older imports: "kent|2021-22"). */
  key: string;
  fileName: string;
  savedAt: string;
  report: AreaYearReport;
  /** The figures this import gives, when it gives only some; undefined for a whole report. */
  figureIds?: readonly string[];
  /** As stored, so that undo can put it back exactly. */
  wire: ReportWire;
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

/** A new import's storage key: its area and year, then when it was saved, so a second import never overwrites the first. */
function importStorageKey(areaId: string, year: string, savedAt: Date): string {
  return `${areaYearKey(areaId, year)}|${savedAt.toISOString()}`;
}

interface StoredImport {
  fileName: string;
  savedAt: string;
  wire: ReportWire;
  figureIds?: string[];
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
    const figureIds = value?.figureIds;
    if (!parsed.success || (figureIds !== undefined && !(Array.isArray(figureIds) && figureIds.every((id) => typeof id === 'string')))) {
      const why = parsed.success ? 'its list of imported figures is damaged' : summariseIssues(parsed.error);
      problems.push(`A saved import (${String(key)}) could not be read and is not shown: ${why}`);
      continue;
    }
    imports.push({ key: String(key), fileName: value.fileName, savedAt: value.savedAt, report: parsed.data, figureIds, wire: value.wire });
  }
  return { imports: sortImports(imports), problems };
}

/** By area and year, then oldest first. */
export function sortImports<T extends Pick<SavedImport, 'report' | 'savedAt'>>(imports: readonly T[]): T[] {
  return [...imports].sort((a, b) => areaYearOf(a).localeCompare(areaYearOf(b)) || a.savedAt.localeCompare(b.savedAt));
}

/**
 * Validate, then store as a new entry (never over another import); an invalid report or a full
 * disk throws with a message for the user. `figureIds` marks a partial import.
 */
export async function saveImport(wire: ReportWire, fileName: string, savedAt: Date, figureIds?: readonly string[]): Promise<SavedImport> {
  const parsed = reportSchema.safeParse(wire);
  if (!parsed.success) throw new ImportStorageError(`These figures cannot be saved: ${summariseIssues(parsed.error)}`);
  const key = importStorageKey(parsed.data.areaId, parsed.data.year, savedAt);
  const stored: StoredImport = { fileName, savedAt: savedAt.toISOString(), wire, ...(figureIds ? { figureIds: [...figureIds] } : {}) };
  await write(key, stored);
  return { key, fileName, savedAt: stored.savedAt, report: parsed.data, figureIds: stored.figureIds, wire };
}

/** Puts back an import exactly as it was (to undo a delete or a replace). */
export async function restoreImport(item: SavedImport): Promise<void> {
  await write(item.key, { fileName: item.fileName, savedAt: item.savedAt, wire: item.wire, ...(item.figureIds ? { figureIds: [...item.figureIds] } : {}) });
}

async function write(key: string, stored: StoredImport): Promise<void> {
  try {
    await set(key, stored, requireStore());
  } catch (error) {
    throw new ImportStorageError(describeStorageError(error));
  }
}

export async function deleteImport(key: string): Promise<void> {
  try {
    await del(key, requireStore());
  } catch (error) {
    throw new ImportStorageError(describeStorageError(error));
  }
}
