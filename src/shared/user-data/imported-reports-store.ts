import { create } from 'zustand';
import type { ImportedReport } from '../../domain/imported-report';

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
