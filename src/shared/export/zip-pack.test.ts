import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { blobBytes } from './blob-bytes';
import { buildZip, packReadme, uniqueNames, type ZipEntry } from './zip-pack';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 2000 }, (_, i) => i % 251)]);

const entries: ZipEntry[] = [
  { name: 'README.txt', data: 'MAPPA Compare pack\r\nYnys Môn – “quotes”\r\n' },
  { name: 'mappa-rsos-per-100k-2021-22.png', data: png },
  { name: 'mappa-rsos-per-100k-2021-22.csv', data: '\uFEFFarea,value\r\nGwent,12\r\n'.repeat(200) },
  { name: 'mappa-rsos-per-100k-2021-22.svg', data: '<svg xmlns="http://www.w3.org/2000/svg"/>' },
];

describe('buildZip', () => {
  it('builds a zip whose entries unzip back to the input', async () => {
    const blob = await buildZip(entries);
    expect(blob.type).toBe('application/zip');
    const files = unzipSync(await blobBytes(blob));
    expect(Object.keys(files)).toEqual(entries.map((entry) => entry.name));
    for (const entry of entries) {
      // Compare bytes: decoding would drop the CSV's byte order mark.
      const expected = typeof entry.data === 'string' ? strToU8(entry.data) : entry.data;
      // Array.from: jsdom and Node each have their own Uint8Array class.
      expect(Array.from(files[entry.name] ?? [])).toEqual(Array.from(expected));
    }
  });

  it('builds an empty zip from no entries', async () => {
    expect(unzipSync(await blobBytes(await buildZip([])))).toEqual({});
  });

  it('reports progress after each entry', async () => {
    const onProgress = vi.fn();
    await buildZip(entries, { onProgress });
    expect(onProgress.mock.calls).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it('rejects with an AbortError when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const onProgress = vi.fn();
    await expect(buildZip(entries, { signal: controller.signal, onProgress })).rejects.toMatchObject({ name: 'AbortError', message: 'Cancelled' });
    expect(onProgress).not.toHaveBeenCalled();
  });

  it('stops between entries when cancelled part-way', async () => {
    const controller = new AbortController();
    const onProgress = vi.fn((done: number) => {
      if (done === 2) controller.abort();
    });
    const result = buildZip(entries, { signal: controller.signal, onProgress });
    await expect(result).rejects.toBeInstanceOf(DOMException);
    await expect(result).rejects.toHaveProperty('name', 'AbortError');
    expect(onProgress).toHaveBeenCalledTimes(2);
  });

  it('numbers repeated names instead of letting one file overwrite another', async () => {
    const files = unzipSync(
      await blobBytes(
        await buildZip([
          { name: 'a.csv', data: '1' },
          { name: 'a.csv', data: '2' },
        ]),
      ),
    );
    expect(Object.keys(files)).toEqual(['a.csv', 'a-2.csv']);
    expect(strFromU8(files['a-2.csv']!)).toBe('2');
    expect(uniqueNames(['a.png', 'A.png', 'a.png', 'README'])).toEqual(['a.png', 'A-2.png', 'a-3.png', 'README']);
  });
});

describe('packReadme', () => {
  const base = {
    focusAreaName: 'West Midlands',
    year: '2021-22',
    exportedOn: new Date('2026-11-25T12:00:00Z'),
    charts: [
      {
        title: 'RSOs per 100,000 population',
        sourceLine: 'Source: West Midlands MAPPA Annual Report 2021-22',
        notes: ['Rates use mid-year population estimates.'],
        files: ['mappa-rsos.png', 'mappa-rsos.svg', 'mappa-rsos.csv'],
      },
      {
        title: 'Level 2 and 3 cases',
        sourceLine: 'MAPPA annual reports 2021-22; includes illustrative data',
        notes: [],
        files: ['mappa-levels.png'],
      },
    ],
  };

  it('says what is in the pack, with files, sources and data-quality notes per chart', () => {
    const readme = packReadme(base);
    expect(readme).toContain('Focus area: West Midlands');
    expect(readme).toContain('Year: 2021-22');
    expect(readme).toContain('Exported on 25 November 2026');
    expect(readme).toContain('1. RSOs per 100,000 population');
    expect(readme).toContain('Files: mappa-rsos.png, mappa-rsos.svg, mappa-rsos.csv');
    expect(readme).toContain('Source: West Midlands MAPPA Annual Report 2021-22');
    expect(readme).toContain('Source: MAPPA annual reports 2021-22; includes illustrative data');
    expect(readme).toContain('1. Rates use mid-year population estimates.');
  });

  it('explains "-" (not applicable) and blank (not published)', () => {
    const readme = packReadme(base);
    expect(readme).toMatch(/"-".*not applicable/);
    expect(readme).toMatch(/blank or missing.*not published/);
  });

  it('warns about illustrative data only when a chart includes it', () => {
    expect(packReadme(base)).toMatch(/WARNING: this pack includes illustrative data[\s\S]*- Level 2 and 3 cases/);
    const published = { ...base, charts: [base.charts[0]!] };
    expect(packReadme(published)).not.toContain('WARNING');
    expect(packReadme({ ...published, charts: [{ ...base.charts[0]!, includesIllustrative: true }] })).toContain('WARNING');
  });

  it('uses Windows line endings throughout', () => {
    expect(packReadme(base).replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });
});
