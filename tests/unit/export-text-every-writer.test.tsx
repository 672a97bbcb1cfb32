import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ChartRow } from '../../src/domain/chart-row';
import type { FigureDescription } from '../../src/domain/figure';
import { escapeXml } from '../../src/lib/svg-text';
import { blobBytes } from '../../src/shared/export/blob-bytes';
import { chartRowsToCsv, tidyCsv } from '../../src/shared/export/csv';
import { pngTextOf } from '../../src/shared/export/figure-export';
import { exportFileName } from '../../src/shared/export/file-names';
import { packReadme } from '../../src/shared/export/pack-readme';
import { readPngText, withPngText } from '../../src/shared/export/png-text';
import { renderFigureSvg } from '../../src/shared/export/render-figure';
import { chartWorkbook } from '../../src/shared/export/spreadsheet/chart-workbook';
import { writeWorkbook, type WorkbookFormat } from '../../src/shared/export/spreadsheet/write-workbook';
import { buildZip } from '../../src/shared/export/zip-pack';
import { compareFigure } from '../helpers/compare-figure';
import { fixtureAreas } from '../helpers/fixture-data';
import { HOSTILE_NAME, HOSTILE_NAME_CLEANED, hostileText, uncleanCharacters, uncleanCharactersInXml } from '../helpers/hostile-text';

/**
 * Every export writer takes its text through cleanExportText: a hostile area name goes through
 * each one, the file is opened or parsed as a reader would, and no unclean character is left.
 */
const EXPORTED_ON = new Date('2026-11-25T12:00:00Z');
const HOSTILE_NOTE = `Note on ${HOSTILE_NAME}: \u0000\u202Ehidden\u0085`;

function hostileFigure(): FigureDescription {
  const areas = fixtureAreas.map((area) => (area.id === 'west-midlands' ? { ...area, name: HOSTILE_NAME } : area));
  const figure = compareFigure({ group: 'region', areas });
  return { ...figure, spec: { ...figure.spec, notes: [...figure.spec.notes, HOSTILE_NOTE] } };
}

/** Every XML part of a zipped file (ODS, XLSX), by path. */
function xmlParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes))
      .filter(([path]) => path.endsWith('.xml') || path.endsWith('.rels'))
      .map(([path, data]) => [path, strFromU8(data)]),
  );
}

describe('a hostile area name, through every export writer', () => {
  const figure = hostileFigure();
  const { spec } = figure;

  it('really is in the figure, so each writer is handed it', () => {
    expect(spec.title).toContain(HOSTILE_NAME);
    expect(spec.rows.some((row) => row.areaName === HOSTILE_NAME)).toBe(true);
  });

  it('CSV: no unclean character in any field, and the formula it hid is still neutralised', () => {
    const text = chartRowsToCsv(spec, EXPORTED_ON);
    expect(uncleanCharacters(text)).toEqual([]);
    const fields = Papa.parse<string[]>(text.slice(1)).data.flat();
    expect(fields).toContain(`'${HOSTILE_NAME_CLEANED}`);
  });

  it('SVG (and the PNG drawn from it): well-formed XML with no unclean character, the name cleaned', () => {
    const { svg } = renderFigureSvg(figure, 960, EXPORTED_ON);
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(uncleanCharactersInXml(svg)).toEqual([]);
    expect(parsed.documentElement.textContent).toContain(HOSTILE_NAME_CLEANED);
  });

  it('PNG text: the title, source and notes carried in the file are clean', () => {
    const onePixel = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) =>
      c.charCodeAt(0),
    );
    const text = readPngText(withPngText(onePixel, pngTextOf(spec, EXPORTED_ON)));
    expect(text.Title).toContain(HOSTILE_NAME_CLEANED);
    for (const value of Object.values(text)) expect(uncleanCharacters(value)).toEqual([]);
  });

  it.each(['ods', 'xlsx'] as const)('%s: no unclean character (nor an escape of one) in any cell or in the document properties', (format: WorkbookFormat) => {
    const parts = xmlParts(writeWorkbook(chartWorkbook(spec, EXPORTED_ON), format));
    const properties = format === 'xlsx' ? 'docProps/core.xml' : 'meta.xml';
    expect(Object.keys(parts)).toContain(properties);
    // The name has no "_x" of its own, so any _xHHHH_ here is a writer escaping a control character.
    for (const [path, xml] of Object.entries(parts)) expect(uncleanCharactersInXml(xml, { ooxmlEscapes: true }), path).toEqual([]);
    const cells = Object.entries(parts).filter(([path]) => path.startsWith('xl/worksheets/') || path === 'content.xml');
    expect(cells.some(([, xml]) => xml.includes(escapeXml(HOSTILE_NAME_CLEANED)))).toBe(true);
  });

  it('xlsx: a literal "_x0000_" in a name is written so that Excel reads the text, not a NUL', () => {
    const parts = xmlParts(
      writeWorkbook({ title: 'T _x0000_', exportedAt: EXPORTED_ON, sheets: [{ name: 'Data', rows: [['Area _x0000_ _x202E_']], columnWidths: [10] }] }, 'xlsx'),
    );
    const sheet = parts['xl/worksheets/sheet1.xml'] ?? '';
    expect(sheet).toContain('Area _x005F_x0000_ _x005F_x202E_');
    expect(parts['docProps/core.xml']).toContain('T _x005F_x0000_');
    for (const xml of Object.values(parts)) expect(uncleanCharactersInXml(xml, { ooxmlEscapes: true })).toEqual([]);
  });

  it('the board pack README: clean', () => {
    const readme = packReadme({
      focusAreaName: HOSTILE_NAME,
      year: '2021-22',
      exportedOn: EXPORTED_ON,
      charts: [{ title: spec.title, sourceLine: spec.sourceLine, notes: spec.notes, files: ['a.png'] }],
    });
    expect(readme).toContain(`Focus area: ${HOSTILE_NAME_CLEANED}`);
    expect(uncleanCharacters(readme)).toEqual([]);
  });

  it('the zip: entry names and text entries are clean', async () => {
    const zip = unzipSync(await blobBytes(await buildZip([{ name: `${HOSTILE_NAME}.txt`, data: HOSTILE_NOTE }])));
    const [name, data] = Object.entries(zip)[0] ?? ['', new Uint8Array()];
    expect(name).toBe(`${HOSTILE_NAME_CLEANED}.txt`);
    expect(uncleanCharacters(strFromU8(data))).toEqual([]);
  });

  it('file names: the name as a hyphenated slug, an invisible control never splitting a word', () => {
    expect(exportFileName(spec.fileNameParts, 'xlsx')).toMatch(/^mappa-[a-z0-9-]+\.xlsx$/);
    expect(exportFileName([HOSTILE_NAME, '2021-22'], 'csv')).toBe('mappa-west-midlands-x-2021-22.csv');
  });
});

describe('any hostile text, through every text writer', () => {
  const row = (areaName: string): ChartRow => ({ ...(compareFigure().spec.rows[0] as ChartRow), areaName, source: areaName });

  it('leaves nothing unclean in CSV, PNG text, the README, file names or SVG text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(uncleanCharacters(tidyCsv([row(text)], [text]))).toEqual([]);
        expect(uncleanCharacters(Object.values(readPngText(withPngText(onePixelPng(), { Title: text }))).join(''))).toEqual([]);
        expect(uncleanCharacters(packReadme({ focusAreaName: text, year: '2021-22', exportedOn: EXPORTED_ON, charts: [] }))).toEqual([]);
        expect(exportFileName([text], 'csv')).toMatch(/^mappa-[a-z0-9-]+\.csv$/);
        expect(uncleanCharactersInXml(escapeXml(text))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves nothing unclean in ODS or XLSX, in cells or properties', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom<WorkbookFormat>('ods', 'xlsx'), (text, format) => {
        const bytes = writeWorkbook(
          {
            title: text,
            exportedAt: EXPORTED_ON,
            sheets: [
              {
                name: 'Data',
                rows: [
                  [text, 1],
                  ['Area', text],
                ],
                columnWidths: [10, 10],
              },
            ],
          },
          format,
        );
        // Only XLSX reads _xHHHH_ as a character; in ODS a literal "_x0000_" is just text.
        for (const [path, xml] of Object.entries(xmlParts(bytes))) expect(uncleanCharactersInXml(xml, { ooxmlEscapes: format === 'xlsx' }), path).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

function onePixelPng(): Uint8Array {
  return Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
}
