import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Route } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { HOSTILE_NAME, HOSTILE_NAME_CLEANED, uncleanCharacters, uncleanCharactersInXml } from '../helpers/hostile-text';
import { readPngText } from '../../src/shared/export/png-text';
import { trackPageProblems } from './helpers';

// Data faults on the production build (static files, no MSW): each static answer is rewritten on
// its way to the page, as a broken data service would send it (issue 26, items 7 to 9).

// Fetches must reach the routes below; the app's service worker would answer some from its cache.
test.use({ serviceWorkers: 'block' });

type Rewrite = (body: { areas?: { id: string; name: string }[]; reports?: Record<string, unknown>[] }) => void;

/** Serve one static API file changed by `rewrite`. */
async function rewriteAnswer(page: Page, file: string, rewrite: Rewrite) {
  await page.route(`**/api/${file}`, async (route: Route) => {
    const response = await route.fetch();
    const body = (await response.json()) as Parameters<Rewrite>[0];
    rewrite(body);
    await route.fulfill({ response, json: body });
  });
}

test('a list of areas without the default area opens on the first area with a clear notice, not the error page', async ({ page }) => {
  const problems = trackPageProblems(page);
  await rewriteAnswer(page, 'areas.json', (body) => {
    body.areas = body.areas?.filter((area) => area.id !== 'west-midlands');
  });
  await page.goto('/?view=summary&year=2021-22');
  await expect(page.getByRole('heading', { level: 1, name: 'Avon and Somerset: key figures, 2021-22' })).toBeVisible();
  await expect(
    page.getByText("West Midlands, the area shown by default, is not in the data service's list of areas; showing Avon and Somerset instead."),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
  await expect(page).toHaveURL(/area=avon-and-somerset/);
  // The service still sends West Midlands' record: it names an area the list lacks, so it is a data error.
  await expect(page.getByRole('note').filter({ hasText: 'Data error' })).toContainText('Unknown area "west-midlands"');
  // Other views open too, with no loop and no page error.
  await page.getByRole('link', { name: 'Compare areas' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare areas, 2021-22' })).toBeVisible();
  problems.expectNone();
});

for (const [fault, rewrite] of [
  ['names no area', (record: Record<string, unknown>) => delete record.areaId],
  ['names an unknown area', (record: Record<string, unknown>) => (record.areaId = 'west-midlandz')],
] as const) {
  test(`a record that ${fault} is said to be a data error on Summary, Report tables and Compare`, async ({ page }) => {
    await rewriteAnswer(page, 'reports/2021-22.json', (body) => {
      for (const record of body.reports ?? []) if (record.areaId === 'west-midlands') rewrite(record);
    });
    for (const view of ['summary', 'tables', 'compare']) {
      await page.goto(`/?view=${view}&year=2021-22`);
      await expect(page.getByRole('note').filter({ hasText: 'Data error: one record was not shown' })).toContainText('A record naming no area we know 2021-22');
      await expect(page.getByText(/No figures for West Midlands 2021-22 are held here/)).toHaveCount(0);
      if (view !== 'compare') {
        await expect(page.locator('.empty-state')).toContainText('Data error: no figures for West Midlands 2021-22 are shown.');
      }
    }
  });
}

test('a name with control characters leaves every download clean', async ({ page }) => {
  test.setTimeout(180_000);
  await rewriteAnswer(page, 'areas.json', (body) => {
    for (const area of body.areas ?? []) if (area.id === 'west-midlands') area.name = HOSTILE_NAME;
  });
  await page.goto('/?view=compare&year=2021-22&group=metropolitan');
  const ods = page.getByRole('button', { name: 'Download ODS' }).first();
  await expect(ods).toBeVisible({ timeout: 60_000 });
  const download = async (format: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: `Download ${format}` })
        .first()
        .click(),
    ]);
    await expect(page.getByRole('status').filter({ hasText: `Downloaded ${file.suggestedFilename()}` })).toBeVisible();
    return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await file.path())) };
  };
  for (const format of ['ODS', 'XLSX'] as const) {
    const { name, bytes } = await download(format);
    expect(name).toMatch(/^mappa-[a-z0-9-]+\.(ods|xlsx)$/);
    const parts = Object.entries(unzipSync(bytes)).filter(([path]) => path.endsWith('.xml'));
    expect(parts.map(([path]) => path)).toContain(format === 'XLSX' ? 'docProps/core.xml' : 'content.xml');
    // No "_x" in the name itself, so any _xHHHH_ would be a control character escaped by the writer.
    for (const [path, data] of parts) expect(uncleanCharactersInXml(strFromU8(data), { ooxmlEscapes: true }), `${name} ${path}`).toEqual([]);
    expect(parts.some(([, data]) => strFromU8(data).includes(HOSTILE_NAME_CLEANED))).toBe(true);
  }
  const csv = new TextDecoder().decode((await download('CSV')).bytes);
  expect(uncleanCharacters(csv)).toEqual([]);
  expect(csv).toContain(`'${HOSTILE_NAME_CLEANED}`);
  const svg = new TextDecoder().decode((await download('SVG')).bytes);
  expect(uncleanCharactersInXml(svg)).toEqual([]);
  expect(svg).toContain(HOSTILE_NAME_CLEANED);
  const pngText = readPngText((await download('PNG')).bytes);
  expect(pngText.Title).toContain(HOSTILE_NAME_CLEANED);
  for (const text of Object.values(pngText)) expect(uncleanCharacters(text)).toEqual([]);
});
