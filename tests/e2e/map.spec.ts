import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { trackPageProblems } from './helpers';

// The map's focus tile, table, narrow labels and axe runs: views.spec.ts.

/** The short names the tiles show at desktop widths, one per area (src/features/map/model/tile-layout.ts). */
const SOME_SHORT_NAMES = ['Northumb', 'Teesside', 'W Mids', 'Gtr Man', 'London', 'Dev & Corn', 'Dyfed-Pow', 'N Wales'];

async function openMap(page: Page) {
  await page.goto('/?view=map&year=2021-22');
  await expect(page.getByRole('heading', { level: 1, name: 'Map of the areas, 2021-22' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('svg.tile-map g.map-tile')).toHaveCount(42, { timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0, { timeout: 30_000 });
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: button }).first().click()]);
  return { name: file.suggestedFilename(), body: readFileSync(await file.path()) };
}

test('the map draws a tile per area for every measure, with its legend and a figure named by its summary', async ({ page }) => {
  test.setTimeout(300_000);
  const problems = trackPageProblems(page);
  await openMap(page);
  const measure = page.getByRole('combobox', { name: 'Measure' });
  const options = await measure
    .locator('option')
    .evaluateAll((nodes) => nodes.map((node) => ({ value: (node as HTMLOptionElement).value, label: node.textContent ?? '' })));
  expect(options.length).toBeGreaterThan(3);
  for (const option of options) {
    await measure.selectOption(option.value);
    await expect(page.getByRole('heading', { level: 2, name: `${option.label}: map of all 42 areas, 2021-22` })).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('svg.tile-map g.map-tile'), option.label).toHaveCount(42);
    await expect(page.locator('svg.tile-map .map-legend text').first(), option.label).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
    const name = await page.locator('.chart-area[role="img"]').getAttribute('aria-label');
    expect(name, option.label).toMatch(/^.+: map of all 42 areas, 2021-22\. (Highest: |Every area |Only |No area )/);
  }
  problems.expectNone();
});

test('PNG and SVG downloads: the SVG parses and has every area, its value with its mark, and the legend', async ({ page }) => {
  test.setTimeout(120_000);
  await openMap(page);
  const png = await download(page, 'Download PNG');
  expect(png.name).toBe('mappa-map-rsos-per-100k-2021-22-west-midlands-vs-42-areas.png');
  expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  const svg = await download(page, 'Download SVG');
  expect(svg.name).toBe('mappa-map-rsos-per-100k-2021-22-west-midlands-vs-42-areas.svg');
  const parsed = await page.evaluate((text) => {
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
});
