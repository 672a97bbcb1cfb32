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
