import { create } from 'zustand';
import type { AreaYearReport } from '../../domain/report-schema';

/** Reports the user imported in this browser (persisted in IndexedDB by saved-imports.ts). */
interface ImportedReportsStore {
  imported: AreaYearReport[];
  setImported: (reports: AreaYearReport[]) => void;
}

export const useImportedReportsStore = create<ImportedReportsStore>()((set) => ({
  imported: [],
  setImported: (imported) => set({ imported }),
}));
