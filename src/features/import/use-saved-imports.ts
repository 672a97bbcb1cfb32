import { useCallback, useEffect } from 'react';
import { create } from 'zustand';
import { useImportedReportsStore } from '../../shared/data/imported-reports-store';
import { deleteImport, loadImports, saveImport, type SavedImport } from './saved-imports';
import type { ReportWire } from '../../domain/report-schema';

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

function publish(imports: SavedImport[]) {
  useImportedReportsStore.getState().setImported(imports.map((item) => item.report));
}

/** Load saved imports once at start-up so they show in every view. */
export function useLoadSavedImports(): void {
  useEffect(() => {
    let cancelled = false;
    loadImports()
      .then(({ imports, problems }) => {
        if (cancelled) return;
        useSavedImportsState.getState().set({ imports, problems, loaded: true });
        publish(imports);
      })
      .catch((error: unknown) => {
        if (!cancelled) useSavedImportsState.getState().set({ loaded: true, error: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      cancelled = true;
    };
  }, []);
}

/** The saved imports, with save and delete that keep IndexedDB, this list and the views in step. */
export function useSavedImports() {
  const state = useSavedImportsState();
  const save = useCallback(async (wire: ReportWire, fileName: string) => {
    const saved = await saveImport(wire, fileName, new Date());
    const imports = [...useSavedImportsState.getState().imports.filter((item) => item.key !== saved.key), saved].sort((a, b) => a.key.localeCompare(b.key));
    useSavedImportsState.getState().set({ imports });
    publish(imports);
    return saved;
  }, []);
  const remove = useCallback(async (key: string) => {
    await deleteImport(key);
    const imports = useSavedImportsState.getState().imports.filter((item) => item.key !== key);
    useSavedImportsState.getState().set({ imports });
    publish(imports);
  }, []);
  return { ...state, save, remove };
}
