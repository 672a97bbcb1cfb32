import { useCallback, useMemo, useReducer } from 'react';
import type { Area } from '../../domain/area';
import { PageHeading } from '../../shared/view/page-heading';
import { importReducer, INITIAL_IMPORT_STATE } from './import-state';
import { ImportSources } from './import-sources';
import { ImportStatus } from './import-status';
import { BundleSource } from './bundle/bundle-source';
import { PendingReview } from './pending-review';
import { PASTED_TEXT, readBundleFile, readReportFile, readReportText, readSpreadsheetFile, type ReadContext } from './read-source';
import { SavedImportsList } from './saved-imports-list';
import { useHeldFigures } from './use-held-figures';
import { useImportActions } from './use-import-actions';

/** Bring your own data: paste a report's text, drop its PDF, or a tidy CSV or a spreadsheet; review; save. */
export default function ImportPage({ areas, years }: { areas: Area[]; years: string[] }) {
  const [state, dispatch] = useReducer(importReducer, INITIAL_IMPORT_STATE);
  const localAreas = useMemo(() => areas.filter((area) => area.kind === 'area' || area.kind === 'national'), [areas]);
  const nameOf = useCallback((areaId: string) => areas.find((area) => area.id === areaId)?.name ?? areaId, [areas]);
  const actions = useImportActions(dispatch, areas, nameOf);
  const { saved } = actions;
  const { servedKeys, heldFor } = useHeldFigures(years, saved.imports);
  // A report may be an area's or (from 2024-25) a probation region's: its text is read against both.
  const reading: ReadContext = { areas: localAreas, reportPlaces: areas, dispatch };

  return (
    <section aria-labelledby="import-heading">
      <PageHeading id="import-heading">Import a report</PageHeading>
      <p>
        Bring in an area’s annual report before it reaches any national table: paste its text, choose its PDF, or a CSV in MAPPA Compare’s own format (the
        columns our CSV downloads have). You check every figure before anything is saved. Imports stay in this browser: nothing is uploaded.
      </p>
      <ImportSources
        text={state.text}
        busy={state.busy !== undefined}
        onText={(text) => dispatch({ type: 'text-typed', text })}
        onPasteTooLong={(length) => dispatch({ type: 'paste-refused', length })}
        onReadText={() => readReportText(state.text, PASTED_TEXT, reading)}
        onReportFile={(file) => void readReportFile(file, reading)}
        onSpreadsheetFile={(file) => void readSpreadsheetFile(file, reading)}
      />
      <BundleSource busy={state.busy !== undefined} onBundleFile={(file) => void readBundleFile(file, reading)} />
      <ImportStatus busy={state.busy} error={state.error} message={state.message} undoable={state.undoable} onUndo={actions.undo} />
      {state.pending && (
        <PendingReview
          pending={state.pending}
          areas={localAreas}
          reportPlaces={areas}
          years={years}
          servedKeys={servedKeys}
          heldFor={heldFor}
          savedImports={saved.imports}
          nameOf={nameOf}
          onSaveReport={actions.saveReport}
          onSaveCsv={(pending, choices) => void actions.saveCsv(pending.imports, pending.fileName, choices)}
          onSaveSpreadsheet={actions.saveSpreadsheet}
          onSaveBundle={(groups, choices, fileName) => void actions.saveBundle(groups, choices, fileName)}
          onDiscard={(message) => dispatch({ type: 'discarded', message })}
        />
      )}
      <SavedImportsList
        imports={saved.imports}
        onDeleteFile={actions.deleteFile}
        problems={saved.problems}
        error={saved.error}
        servedKeys={servedKeys}
        nameOf={nameOf}
        onDelete={actions.deleteImport}
        onDownloadAll={actions.downloadAll}
        onDownloadBundle={actions.downloadBundle}
      />
    </section>
  );
}
