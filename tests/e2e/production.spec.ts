import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { trackPageProblems } from './helpers';

test('the static production build shows the data without MSW', async ({ page }) => {
  const problems = trackPageProblems(page);
  await page.goto('/?view=tables&year=2021-22');
  await expect(page.getByRole('table', { name: /MAPPA-eligible offenders on 31 March 2022/ }).getByRole('row', { name: /^Total/ })).toContainText('5,486');
  const workers = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  expect(workers).toBe(0);
  const mswAsset = await page.request.get('/mockServiceWorker.js');
  expect(await mswAsset.text()).not.toContain('Mock Service Worker');
  problems.expectNone();
});

test('the static API answers the documented contract as files', async ({ request }) => {
  const years = await (await request.get('/api/years.json')).json();
  expect(years.years).toContain('2021-22');
  const wm = await (await request.get('/api/areas/west-midlands/reports.json')).json();
  expect(wm.reports).toHaveLength(7);
});

test('the production bundle contains no MSW code', () => {
  const assets = join(import.meta.dirname, '..', '..', 'dist-e2e', 'assets');
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const name of scripts) {
    const code = readFileSync(join(assets, name), 'utf8');
    expect(code, name).not.toMatch(/mockServiceWorker|setupWorker|MSW_COOKIE|\[MSW\]/);
  }
  expect(readdirSync(join(assets, '..'))).not.toContain('mockServiceWorker.js');
});
