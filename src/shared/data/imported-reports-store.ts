import { create } from 'zustand';
import type { AreaYearReport } from '../../domain/report-schema';

/**
 * A report imported in this browser (persisted in IndexedDB by saved-imports.ts), one per area
 * and year. `importedFigureIds` lists the figures it gives when it gives only some (a partial
 * import, such as a one-figure CSV): the others stay as served.
 */
export type ImportedReport = AreaYearReport & { readonly importedFigureIds?: readonly string[] };

interface ImportedReportsStore {
  imported: ImportedReport[];
  setImported: (reports: ImportedReport[]) => void;
}

export const useImportedReportsStore = create<ImportedReportsStore>()((set) => ({
  imported: [],
  setImported: (imported) => set({ imported }),
}));
