import type { Provenance } from '../../domain/provenance';
import { areaYearKey } from '../common/area-year-key';
import { templateFigureIds } from '../common/given-figures';
import { tableRecord, type TableRecord } from '../common/table-record';
import type { TidyCsvGroup } from './parse-tidy-csv';

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
export function csvGroupImports(groups: readonly TidyCsvGroup[], provenance: Provenance): CsvGroupImport[] {
  return groups.map((group) => ({
    key: areaYearKey(group.areaId, group.year),
    group,
    ...tableRecord(group.figures, group.areaId, group.year, provenance),
    templateSize: templateFigureIds(group.year).length,
  }));
}
