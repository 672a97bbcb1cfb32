import { describe, expect, it } from 'vitest';
import { AREAS } from '../../../tests/fixtures/import/texts';
import { TIDY_CSV_COLUMNS } from '../../domain/tidy-csv';
import { ingestTidyCsv } from './ingest-tidy-csv';

const IMPORTED_AT = '2024-05-01T10:00:00.000Z';
const row = (areaId: string, areaName: string, measureId: string, value: string, status = 'published') =>
  [areaName, areaId, '2021-22', 'A figure', measureId, value, 'number of people', status, 'A report'].join(',');

describe('ingestTidyCsv: the app’s own CSV read back without a screen', () => {
  it('gives one record per area and year, with only the figures the file gives', () => {
    const text = [TIDY_CSV_COLUMNS.join(','), row('kent', 'Kent', 'orders.shpo', '12'), row('kent', 'Kent', 'revocations', '', 'missing')].join('\n');
    const read = ingestTidyCsv({ text, file: 'kent.csv', areas: AREAS, importedAt: IMPORTED_AT });
    if (!read.ok) throw new Error(read.errors[0]?.message);
    expect(read.imports).toHaveLength(1);
    expect(read.imports[0]).toMatchObject({ key: 'kent|2021-22', given: ['orders.shpo'], error: undefined, templateSize: 58 });
    expect(read.imports[0]?.wire).toMatchObject({ provenance: { kind: 'imported', fileName: 'kent.csv', importedAt: IMPORTED_AT }, revocations: null });
  });

  it('refuses the file with every problem on its line, and guesses nothing', () => {
    const text = [TIDY_CSV_COLUMNS.join(','), row('kent', 'Essex', 'orders.shpo', '12')].join('\n');
    const read = ingestTidyCsv({ text, file: 'kent.csv', areas: AREAS, importedAt: IMPORTED_AT });
    expect(read).toMatchObject({ ok: false, errors: [{ line: 2, field: 'area', message: expect.stringContaining('does not match the area id') }] });
  });
});
