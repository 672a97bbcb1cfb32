import { useId } from 'react';
import type { Area } from '../../domain/area';
import type { ReportWire } from '../../domain/report-schema';
import type { HeldFigureLookup } from '../../ingest/review/held-figures';
import type { SpreadsheetSaveItem } from '../../ingest/review/spreadsheet-review-model';
import type { SavedImport } from '../../shared/user-data/saved-imports';
import { BundleReview } from './bundle/bundle-review';
import type { BundleGroup } from './bundle/bundle-review-model';
import { CsvReview } from './csv-review';
import type { Pending } from './import-state';
import { ReportReview, type AreaRecordWire } from './report/report-review';
import type { SecondImportChoice } from './second-import';
import { SpreadsheetFlow } from './spreadsheet/spreadsheet-flow';

type Choices = Readonly<Record<string, SecondImportChoice>>;

interface PendingReviewProps {
  pending: Pending;
  /** The 42 areas and England and Wales. */
  areas: Area[];
  /** The places a report may be for: the areas, the probation regions and England and Wales. */
  reportPlaces: Area[];
  years: string[];
  servedKeys: ReadonlySet<string>;
  heldFor: (year: string) => HeldFigureLookup;
  savedImports: readonly SavedImport[];
  nameOf: (areaId: string) => string;
  onSaveReport: (
    wire: ReportWire,
    fileName: string,
    given: string[] | undefined,
    removeKeys: string[],
    areaRecords: readonly AreaRecordWire[],
  ) => Promise<void>;
  onSaveCsv: (pending: Extract<Pending, { kind: 'csv' }>, choices: Choices) => void;
  onSaveSpreadsheet: (items: SpreadsheetSaveItem[], choices: Choices, fileLabel: string) => Promise<void>;
  onSaveBundle: (groups: readonly BundleGroup[], choices: Choices, fileName: string) => void;
  onDiscard: (message?: string) => void;
}

/** What was read, to check before anything is saved: a report's figures, a CSV's reports, a spreadsheet step by step, or a data bundle's imports. */
export function PendingReview({ pending, areas, reportPlaces, years, servedKeys, heldFor, savedImports, nameOf, ...on }: PendingReviewProps) {
  const id = useId();
  switch (pending.kind) {
    case 'report':
      return (
        <ReportReview
          key={pending.importedAt}
          parse={pending.parse}
          fileName={pending.fileName}
          areas={reportPlaces}
          years={years}
          servedKeys={servedKeys}
          savedImports={savedImports}
          importedAt={pending.importedAt}
          onSave={(wire, given, removeKeys, areaRecords) => on.onSaveReport(wire, pending.fileName, given, removeKeys, areaRecords)}
          onDiscard={on.onDiscard}
        />
      );
    case 'csv':
      return (
        <CsvReview
          key={pending.importedAt}
          fileName={pending.fileName}
          imports={pending.imports}
          warnings={pending.warnings}
          servedKeys={servedKeys}
          savedImports={savedImports}
          importedAt={pending.importedAt}
          nameOf={nameOf}
          onSave={(choices) => on.onSaveCsv(pending, choices)}
          onDiscard={() => on.onDiscard()}
        />
      );
    case 'spreadsheet':
      return (
        <section aria-labelledby={`${id}-sheet-review-heading`} className="review">
          <h2 id={`${id}-sheet-review-heading`}>Import {pending.workbook.fileName}</h2>
          <SpreadsheetFlow
            key={pending.importedAt}
            workbook={pending.workbook}
            areas={areas}
            years={years}
            importedAt={pending.importedAt}
            heldFor={heldFor}
            savedImports={savedImports}
            nameOf={nameOf}
            onSave={on.onSaveSpreadsheet}
            onDiscard={() => on.onDiscard()}
          />
        </section>
      );
    case 'bundle':
      return (
        <BundleReview
          key={pending.importedAt}
          fileName={pending.fileName}
          imports={pending.imports}
          heldFor={heldFor}
          savedImports={savedImports}
          importedAt={pending.importedAt}
          nameOf={nameOf}
          onSave={(groups, choices) => on.onSaveBundle(groups, choices, pending.fileName)}
          onDiscard={() => on.onDiscard()}
        />
      );
  }
}
