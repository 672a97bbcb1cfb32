import { useCallback, useEffect } from 'react';
import { create } from 'zustand';
import type { ReportWire } from '../../domain/report-schema';
import { combineImports } from './combine-imports';
import { useImportedReportsStore } from './imported-reports-store';
import { connectImportsSync, type ImportsSync } from './imports-sync';
import { deleteImport, loadImports, restoreImport, saveImport, sortImports, type SavedImport } from './saved-imports';

interface SavedImportsState {
  imports: SavedImport[];
  problems: string[];
  loaded: boolean;
  error: string | undefined;
  set: (patch: Partial<Omit<SavedImportsState, 'set'>>) => void;
}

const useSavedImportsState = create<SavedImportsState>()((set) => ({
  imports: [],
  problems: [],
  loaded: false,
  error: undefined,
  set: (patch) => set(patch),
}));

/** The one connection to the other tabs, open while the app is. */
let sync: ImportsSync | undefined;

/** Counts this tab's own changes, so a reload that started before one never publishes a stale list. */
let changes = 0;

function publish(imports: SavedImport[]) {
  changes += 1;
  useSavedImportsState.getState().set({ imports });
  useImportedReportsStore.getState().setImported(combineImports(imports));
}

async function reload(): Promise<void> {
  const started = changes;
  const { imports, problems } = await loadImports();
  if (started !== changes) return reload();
  useSavedImportsState.getState().set({ problems, loaded: true, error: undefined });
  publish(imports);
}

/** Load saved imports at start-up so they show in every view, and reload when another tab changes them. */
export function useLoadSavedImports(): void {
  useEffect(() => {
    let cancelled = false;
    const load = () =>
      reload().catch((error: unknown) => {
        if (!cancelled) useSavedImportsState.getState().set({ loaded: true, error: error instanceof Error ? error.message : String(error) });
      });
    void load();
    const connection = connectImportsSync(() => void load());
    sync = connection;
    return () => {
      cancelled = true;
      connection.close();
      if (sync === connection) sync = undefined;
    };
  }, []);
}

/** What a change did, so it can be undone: the imports it removed and the ones it added. */
export interface ImportChange {
  added: SavedImport[];
  removed: SavedImport[];
}

/** One import of a batch (such as every area of a spreadsheet), and the earlier imports it replaces. */
export interface BatchItem {
  wire: ReportWire;
  figureIds: readonly string[] | undefined;
  removeKeys: readonly string[];
  /** Its own file and moment saved, where it keeps them (an import from a data bundle); else the batch's file, and now. */
  fileName?: string;
  savedAt?: Date;
}

/** The saved imports, with changes that keep IndexedDB, this list, the views and other tabs in step. */
export function useSavedImports() {
  const state = useSavedImportsState();

  /** Stores a new import, then (for "replace") removes the earlier ones: a failure never loses both. */
  const save = useCallback(async (wire: ReportWire, fileName: string, figureIds: readonly string[] | undefined, removeKeys: readonly string[] = []) => {
    const added = await saveImport(wire, fileName, new Date(), figureIds);
    const current = useSavedImportsState.getState().imports;
    publish(sortImports([...current, added]));
    const removed = await removeKeysNow(removeKeys);
    sync?.announce();
    return { added: [added], removed } satisfies ImportChange;
  }, []);

  /**
   * Stores every import of a batch, then removes the earlier ones they replace. If storing one
   * fails, the ones this batch stored are taken out again: a batch is saved whole or not at all.
   */
  const saveAll = useCallback(async (items: readonly BatchItem[], fileName: string): Promise<ImportChange> => {
    const added: SavedImport[] = [];
    try {
      for (const item of items) added.push(await saveImport(item.wire, item.fileName ?? fileName, item.savedAt ?? new Date(), item.figureIds));
    } catch (error) {
      for (const item of added) await deleteImport(item.key).catch(() => undefined);
      throw error;
    }
    publish(sortImports([...useSavedImportsState.getState().imports, ...added]));
    const removed = await removeKeysNow(items.flatMap((item) => item.removeKeys));
    sync?.announce();
    return { added, removed };
  }, []);

  const remove = useCallback(async (keys: readonly string[]): Promise<ImportChange> => {
    const removed = await removeKeysNow(keys);
    sync?.announce();
    return { added: [], removed };
  }, []);

  /** Puts a change back: the removed imports return exactly, the added one goes. */
  const undo = useCallback(async (change: ImportChange) => {
    for (const item of change.removed) await restoreImport(item);
    const restored = [...useSavedImportsState.getState().imports.filter((item) => !change.removed.some((back) => back.key === item.key)), ...change.removed];
    publish(sortImports(restored));
    await removeKeysNow(change.added.map((item) => item.key));
    sync?.announce();
  }, []);

  return { ...state, save, saveAll, remove, undo };
}

async function removeKeysNow(keys: readonly string[]): Promise<SavedImport[]> {
  const removed: SavedImport[] = [];
  const gone = new Set<string>();
  // The list and the views change once, after the last delete (or the one that failed), not once per import.
  try {
    for (const key of keys) {
      const item = useSavedImportsState.getState().imports.find((candidate) => candidate.key === key);
      await deleteImport(key);
      gone.add(key);
      if (item) removed.push(item);
    }
  } finally {
    if (gone.size > 0) publish(useSavedImportsState.getState().imports.filter((candidate) => !gone.has(candidate.key)));
  }
  return removed;
}
