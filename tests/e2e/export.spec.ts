import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { ODD_AREA_NAME } from '../../mocks/scenario-constants';

async function download(page: Page, button: string): Promise<{ download: Download; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).first().click()]);
  const path = await file.path();
  return { download: file, body: readFileSync(path) };
}

async function openRates(page: Page, extra = '', bars = 42) {
  await page.goto(`/?view=rates&year=2021-22${extra}`);
  await expect(page.locator('text.bar-value-label')).toHaveCount(bars);
}

test('PNG: a real PNG at least twice as wide as the chart on screen, with a meaningful name', async ({ page }) => {
  await openRates(page);
  const chartWidth = await page.locator('.chart-area svg.recharts-surface').evaluate((svg) => svg.getBoundingClientRect().width);
  const { download: file, body } = await download(page, 'Download PNG');
  expect(file.suggestedFilename()).toBe('mappa-rsos-per-100k-2021-22-west-midlands-vs-42-areas.png');
  expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const pngWidth = body.readUInt32BE(16);
  expect(pngWidth).toBeGreaterThanOrEqual(2 * chartWidth);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded mappa-rsos-per-100k' })).toBeVisible();
});

test('SVG: parses as XML and carries the title, source and notes as real text', async ({ page }) => {
  await openRates(page);
  const { body } = await download(page, 'Download SVG');
  const text = body.toString('utf8');
  const parsed = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return { error: doc.querySelector('parsererror')?.textContent ?? null, text: doc.documentElement.textContent ?? '', root: doc.documentElement.nodeName };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.text).toContain('Registered sexual offenders per 100,000 population: West Midlands compared with all 42 areas, 2021-22');
  expect(parsed.text).toContain('Source:');
  expect(parsed.text).toContain('West Midlands MAPPA Annual Report 2021-22');
  expect(parsed.text).toContain('Exported from MAPPA Compare');
  expect(text).not.toMatch(/(href|src)="https?:/);
});

test('CSV: parses back to exactly the values of the chart’s table', async ({ page }) => {
  await openRates(page);
  const { body } = await download(page, 'Download CSV');
  const text = body.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true }).data;
  await page.getByText('Show the data as a table').click();
  // The table is drawn when its disclosure first opens: read it once its rows are there.
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
  expect(rows.find((r) => r.area_id === 'west-midlands')).toMatchObject({ value: '145', value_status: 'published', measure_id: 'rsoPer100k' });
});

test('an area name with quotes, a comma and a leading "=" survives CSV safely', async ({ page }) => {
  await openRates(page, '&group=region&area=west-mercia&scenario=odd-names', 4);
  const { body } = await download(page, 'Download CSV');
  const rows = Papa.parse<Record<string, string>>(body.toString('utf8').slice(1), { header: true }).data;
  const odd = rows.find((r) => r.area_id === 'west-mercia');
  expect(odd?.area).toBe(`'${ODD_AREA_NAME}`);
  expect(odd?.area?.slice(1)).toBe(ODD_AREA_NAME);
  const svg = (await download(page, 'Download SVG')).body.toString('utf8');
  const title = await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').documentElement.textContent ?? '', svg);
  expect(title).toContain(ODD_AREA_NAME);
});

test('Copy link copies a URL that reopens the same view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?view=compare&year=2020-21&group=metropolitan&measure=shpo');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const other = await context.newPage();
  await other.goto(link);
  await expect(
    other.getByRole('heading', { level: 2, name: 'Sexual Harm Prevention Orders (SHPOs): West Midlands compared with metropolitan areas, 2020-21' }),
  ).toBeVisible();
});

test('the board-paper pack zip holds every chart as PNG, SVG and CSV, plus the key figures and a README', async ({ page }) => {
  await page.goto('/?year=2021-22');
  const button = page.getByRole('button', { name: 'Download all charts for West Midlands' });
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  expect(file.suggestedFilename()).toBe('mappa-board-pack-west-midlands-2021-22.zip');
  const entries = unzipSync(new Uint8Array(readFileSync(await file.path())));
  const names = Object.keys(entries);
  // Eight compared measures, the map, the recall rate, levels as shares and in panels, the trend, the funnel plot and the area profile: one figure of every chart in the app.
  expect(names.filter((n) => n.endsWith('.png'))).toHaveLength(15);
  expect(names.filter((n) => n.endsWith('.svg'))).toHaveLength(15);
  expect(names.filter((n) => n.endsWith('.csv'))).toHaveLength(16);
  expect(names.filter((n) => /^mappa-\d\d-map-rsos-per-100k-2021-22-west-midlands-vs-42-areas\.(png|svg|csv)$/.test(n))).toHaveLength(3);
  expect(names.some((n) => n.includes('funnel-') && n.endsWith('.svg'))).toBe(true);
  expect(names.some((n) => n.includes('area-profile-') && n.endsWith('.svg'))).toBe(true);
  expect(names).toContain('README.txt');
  expect(names).toContain('mappa-key-figures-west-midlands-2021-22.csv');
  const readme = new TextDecoder().decode(entries['README.txt']);
  expect(readme).toContain('illustrative');
  expect(readme).toContain('West Midlands MAPPA Annual Report 2021-22');
});

test('the board-paper pack can be cancelled', async ({ page }) => {
  await page.goto('/?year=2021-22');
  await page.getByRole('button', { name: 'Download all charts for West Midlands' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled: no file was made.' })).toBeVisible();
});

test('print hides the controls and keeps chart, table and source', async ({ page }) => {
  await openRates(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download PNG' })).toBeHidden();
  await expect(page.locator('.chart-source')).toBeVisible();
  await expect(page.locator('.chart-area svg.recharts-surface')).toBeVisible();
});
