import { dataBundleText } from '../../ingest/bundle/data-bundle';
import type { SavedImport } from './saved-imports';

/**
 * Every import saved in this browser as one data bundle ("Download my imports"): each keeps its
 * record as stored, its file, when it was saved and the figures it gives, so opening the bundle
 * elsewhere (or `npm run data -- add`) shows the same figures, sources and statuses.
 */
export function savedImportsBundle(imports: readonly SavedImport[]): string {
  return dataBundleText(
    imports.map((item) => ({ fileName: item.fileName, savedAt: item.savedAt, ...(item.figureIds ? { figureIds: item.figureIds } : {}), report: item.wire })),
  );
}
