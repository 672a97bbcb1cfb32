import type { Dispatch } from 'react';
import type { Area } from '../../domain/area';
import type { ReportWire } from '../../domain/report-schema';
import { templateFigureIds } from '../../ingest/common/given-figures';
import type { SpreadsheetSaveItem } from '../../ingest/review/spreadsheet-review-model';
import type { CsvGroupImport } from '../../ingest/tidy-csv/ingest-tidy-csv';
import { CSV_TYPE, downloadBlob, JSON_TYPE, textBlob } from '../../shared/export/download';
import { tidyCsv } from '../../shared/export/csv';
import { exportFileName } from '../../shared/export/file-names';
import { areaYearOf, combineImports } from '../../shared/user-data/combine-imports';
import { savedImportsBundle } from '../../shared/user-data/imports-bundle';
import type { SavedImport } from '../../shared/user-data/saved-imports';
import { useSavedImports, type ImportChange } from '../../shared/user-data/use-saved-imports';
import { bundleBatch, type BundleGroup } from './bundle/bundle-review-model';
import { importsFromFile } from './file-imports';
import { savedMessage, undoWording } from './import-messages';
import { problemText, type ImportAction, type Undoable } from './import-state';
import { importsToRows } from './imports-csv';
import { planSecondImport, type SecondImportChoice } from './second-import';
import type { AreaRecordWire } from './report/report-review';

type Choices = Readonly<Record<string, SecondImportChoice>>;

function undoScope(change: ImportChange) {
  return { added: change.added.length > 0, removed: change.removed.length };
}

/** The Undo button's name for the last change. */
export function undoLabel(undoable: Undoable): string {
  return undoWording(undoScope(undoable.change), undoable.what).label;
}

/**
 * What the import page does with the saved imports: save what was reviewed, delete, undo the
 * last change, download them all. Each reports to the page's state through `dispatch`.
 */
export function useImportActions(dispatch: Dispatch<ImportAction>, areas: readonly Area[], nameOf: (areaId: string) => string) {
  const saved = useSavedImports();
  const fail = (problem: unknown) => dispatch({ type: 'failed', error: problemText(problem) });
  const earlierOf = (key: string) => saved.imports.filter((candidate) => areaYearOf(candidate) === key);

  const saveReport = async (
    wire: ReportWire,
    fileName: string,
    given: string[] | undefined,
    removeKeys: string[],
    areaRecords: readonly AreaRecordWire[] = [],
  ) => {
    try {
      // A regional report's areas (its table by area) are saved with it, as one change that one Undo takes back.
      const change =
        areaRecords.length === 0
          ? await saved.save(wire, fileName, given, removeKeys)
          : await saved.saveAll(
              [{ wire, figureIds: given, removeKeys }, ...areaRecords.map((area) => ({ wire: area.wire, figureIds: area.given, removeKeys: [] }))],
              fileName,
            );
      const place = `${nameOf(wire.areaId)} ${wire.year}`;
      const [added] = change.added;
      const keptBeside =
        removeKeys.length === 0 && added !== undefined && saved.imports.some((item) => item.key !== added.key && areaYearOf(item) === areaYearOf(added));
      const areas =
        areaRecords.length === 0 ? '' : ` Its table by area gave ${areaRecords.map((area) => nameOf(area.wire.areaId)).join(', ')} their figures too.`;
      const message = `${savedMessage({ place, given, replaced: change.removed.map((item) => item.fileName), keptBeside })}${areas}`;
      dispatch({ type: 'saved', message, undoable: { change, what: `the import of ${place} from ${fileName}` }, clearText: true });
    } catch (problem) {
      fail(problem);
    }
  };

  const saveCsv = async (imports: readonly CsvGroupImport[], fileName: string, choices: Choices) => {
    let count = 0;
    for (const item of imports) {
      const plan = planSecondImport(choices[item.key] ?? 'keep-both', { earlier: earlierOf(item.key) });
      if (!plan.save) continue;
      try {
        await saved.save(item.wire, fileName, item.given, plan.remove);
        count += 1;
      } catch (problem) {
        const error = `${nameOf(item.group.areaId)} ${item.group.year}: ${problemText(problem)}. Reports before it were saved; it and later ones were not.`;
        dispatch({ type: 'failed', error });
        return;
      }
    }
    dispatch({ type: 'saved', message: `Saved ${count} ${count === 1 ? 'report' : 'reports'} from ${fileName}.`, undoable: undefined });
  };

  /** Every area-year of a spreadsheet, saved as one change that one Undo takes back. */
  const saveSpreadsheet = async (items: readonly SpreadsheetSaveItem[], choices: Choices, fileLabel: string) => {
    const batch = items.flatMap((item) => {
      const plan = planSecondImport(choices[item.key] ?? 'keep-both', { earlier: earlierOf(item.key) });
      const count = item.given?.length ?? templateFigureIds(item.year).length;
      return plan.save ? [{ wire: item.wire, figureIds: item.given, removeKeys: plan.remove, count }] : [];
    });
    if (batch.length === 0) {
      dispatch({ type: 'discarded', message: `Nothing was saved from ${fileLabel}: you cancelled every area-year. The earlier imports are unchanged.` });
      return;
    }
    try {
      const change = await saved.saveAll(batch, fileLabel);
      const figures = batch.reduce((count, item) => count + item.count, 0);
      const removed = change.removed.length;
      const replaced = removed > 0 ? ` It replaced ${removed === 1 ? 'an earlier import' : `${removed} earlier imports`}.` : '';
      const areaCount = `${batch.length} ${batch.length === 1 ? 'area' : 'areas'}`;
      const message = `Saved ${figures} ${figures === 1 ? 'figure' : 'figures'} for ${areaCount} from ${fileLabel}, labelled “imported” in every view; their other figures are unchanged.${replaced}`;
      dispatch({ type: 'saved', message, undoable: { change, what: `the ${batch.length === 1 ? 'import' : `${batch.length} imports`} from ${fileLabel}` } });
    } catch (problem) {
      dispatch({ type: 'failed', error: `${problemText(problem)} Nothing from ${fileLabel} was saved.` });
    }
  };

  /** A data bundle's area-years, each import keeping its file and moment saved, as one change that one Undo takes back. */
  const saveBundle = async (groups: readonly BundleGroup[], choices: Choices, fileName: string) => {
    const batch = bundleBatch(groups, choices, saved.imports);
    if (batch.length === 0) {
      dispatch({ type: 'discarded', message: `Nothing was saved from ${fileName}: you cancelled every area-year. The earlier imports are unchanged.` });
      return;
    }
    try {
      const change = await saved.saveAll(batch, fileName);
      const removed = change.removed.length;
      const replaced = removed > 0 ? ` It replaced ${removed === 1 ? 'an earlier import' : `${removed} earlier imports`}.` : '';
      const count = `${batch.length} ${batch.length === 1 ? 'import' : 'imports'}`;
      const message = `Saved ${count} from ${fileName}, each with its own file and sources, labelled “imported” in every view.${replaced}`;
      dispatch({ type: 'saved', message, undoable: { change, what: `the ${count} from ${fileName}` } });
    } catch (problem) {
      dispatch({ type: 'failed', error: `${problemText(problem)} Nothing from ${fileName} was saved.` });
    }
  };

  const removeNow = (keys: string[], what: string) =>
    saved
      .remove(keys)
      .then((change) => dispatch({ type: 'deleted', message: `Deleted ${what}.`, undoable: { change, what } }))
      .catch(fail);

  /** Deletes every import saved from one file (or sheet), as one change that one Undo takes back. */
  const deleteFile = (fileName: string) => {
    const items = importsFromFile(saved.imports, fileName);
    void removeNow(
      items.map((item) => item.key),
      `the ${items.length === 1 ? 'import' : `${items.length} imports`} from ${fileName}`,
    );
  };

  const deleteImport = (item: SavedImport) =>
    void removeNow([item.key], `the import of ${nameOf(item.report.areaId)} ${item.report.year} from ${item.fileName}`);

  const undo = (last: Undoable) => {
    dispatch({ type: 'undo-started' });
    saved
      .undo(last.change)
      .then(() => dispatch({ type: 'undone', message: undoWording(undoScope(last.change), last.what).done }))
      .catch(fail);
  };

  const downloadAll = () => {
    const rows = importsToRows(combineImports(saved.imports), areas);
    downloadBlob(textBlob(tidyCsv(rows), CSV_TYPE), exportFileName(['imports'], 'csv'));
  };

  /** Every saved import as one data bundle, which "Open a data bundle" and `npm run data -- add` read. */
  const downloadBundle = () => {
    downloadBlob(textBlob(savedImportsBundle(saved.imports), JSON_TYPE), exportFileName(['my-imports'], 'json'));
  };

  return { saved, saveReport, saveCsv, saveSpreadsheet, saveBundle, deleteFile, deleteImport, undo, downloadAll, downloadBundle };
}
