import type { Area } from '../../domain/area';
import type { Provenance } from '../../domain/provenance';
import { areaYearKey } from '../common/area-year-key';
import { templateFigureIds } from '../common/given-figures';
import { tableRecord, type TableRecord } from '../common/table-record';
import { parseTidyCsv, type CsvIssue, type TidyCsvGroup } from './parse-tidy-csv';

/** One area-year of a tidy CSV, ready to save: its record, and the figures it gives when only some. */
export interface CsvGroupImport extends TableRecord {
  key: string;
  group: TidyCsvGroup;
  templateSize: number;
}

/**
 * The CSV's area-years as imports. A figure the file does not list, or lists as missing, is
 * not given: it never blanks a served figure.
 */
function csvGroupImports(groups: readonly TidyCsvGroup[], provenance: Provenance): CsvGroupImport[] {
  return groups.map((group) => ({
    key: areaYearKey(group.areaId, group.year),
    group,
    ...tableRecord(group.figures, group.areaId, group.year, provenance),
    templateSize: templateFigureIds(group.year).length,
  }));
}

export type TidyCsvIngest = { ok: true; imports: CsvGroupImport[]; warnings: CsvIssue[] } | { ok: false; errors: CsvIssue[]; warnings: CsvIssue[] };

/**
 * The app's own CSV read back: one record per area and year. It names each area by id and each
 * figure by measure id, so it raises no question: anything wrong is an error naming its line,
 * and the file is not read.
 */
export function ingestTidyCsv({ text, file, areas, importedAt }: { text: string; file: string; areas: readonly Area[]; importedAt: string }): TidyCsvIngest {
  const parsed = parseTidyCsv(text, areas);
  if (!parsed.ok) return parsed;
  return { ok: true, imports: csvGroupImports(parsed.groups, { kind: 'imported', fileName: file, importedAt }), warnings: parsed.warnings };
}
