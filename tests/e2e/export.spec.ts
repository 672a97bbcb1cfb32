import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { ODD_AREA_NAME } from '../../mocks/scenario-constants';
import { download } from './helpers';

// Each chart kind's PNG, SVG and CSV, the board pack and print are checked on the production
// build, as users get them: exports.production.spec.ts. Here: an odd area name (a dev-server
// scenario) through CSV and SVG, and Copy link.

async function openRates(page: Page, extra: string, bars: number) {
  await page.goto(`/?view=rates&year=2021-22${extra}`);
  await expect(page.locator('text.bar-value-label')).toHaveCount(bars);
}

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
