import type { AreaYearReport } from './report-schema';

/**
 * A report imported in this browser (persisted in IndexedDB by saved-imports.ts), one per area
 * and year. `importedFigureIds` lists the figures it gives when it gives only some (a partial
 * import, such as a one-figure CSV): the others stay as served.
 */
export type ImportedReport = AreaYearReport & { readonly importedFigureIds?: readonly string[] };
