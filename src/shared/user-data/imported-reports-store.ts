import { create } from 'zustand';
import type { AreaYearReport } from '../../domain/report-schema';

/**
 * A report imported in this browser (persisted in IndexedDB by saved-imports.ts), one per area
 * and year. `importedFigureIds` lists the figures it gives when it gives only some (a partial
 * import, such as a one-figure CSV): the others stay as served.
 */
export type ImportedReport = AreaYearReport & { readonly importedFigureIds?: readonly string[] };

interface ImportedReportsStore {
  imported: readonly ImportedReport[];
  setImported: (reports: readonly ImportedReport[]) => void;
}

/** The same reports in the same order (the saved imports are read again at start-up and on every change in another tab). */
function sameReports(a: readonly ImportedReport[], b: readonly ImportedReport[]): boolean {
  return a.length === b.length && a.every((report, index) => report === b[index]);
}

export const useImportedReportsStore = create<ImportedReportsStore>()((set) => ({
  imported: [],
  // An unchanged list keeps its identity, so the views do not rebuild (and redraw) their charts
  // when the start-up read of the saved imports finds none.
  setImported: (imported) => set((state) => (sameReports(state.imported, imported) ? state : { imported })),
}));
