import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, loadingStatus, openEveryDisclosure, VIEWS, watchProductionPage } from './helpers';

// Issue 27's tests on the production build: the 12 probation regions compared before the
// reporting change (sums of areas, calculated here) and after it (illustrative until a regional
// report is imported); a made-up 2024-25 regional report imported and seen in compare and trends;
// a later year an import brings in every year selector; axe at region level on every view.
// The machine may be busy: generous timeouts, never timings.
test.setTimeout(180_000);

const REGIONAL_FILE = 'tests/fixtures/import/made-up-west-midlands-region-regional-report-2024-25.txt';
const REGIONAL_TEXT = readFileSync(REGIONAL_FILE, 'utf8');
/** The same made-up report a year on: 2025-26, a year the served data does not hold. */
const REGIONAL_2025_26 = REGIONAL_TEXT.replace('2024 to 2025', '2025 to 2026')
  .replace('1 April 2024 to 31 March 2025', '1 April 2025 to 31 March 2026')
  .replace(/31 March 2025/g, '31 March 2026');

/** Views without a chart, and so without a level switch: the glossary and the import screens. */
const WITHOUT_LEVELS: ReadonlySet<string> = new Set(['glossary', 'import']);
const REGION_VIEWS = VIEWS.filter(([view]) => !WITHOUT_LEVELS.has(view)).map(([view]) => view);

async function shown(page: Page, heading: RegExp) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 60_000 });
  await expect(loadingStatus(page)).toHaveCount(0, { timeout: 60_000 });
}

/** A region's row of a chart's table (its header says "(focus area)" after the focus's name). */
const regionRow = (table: Locator, name: string) =>
  table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: new RegExp(`^${name}( \\(focus area\\))?$`) }) });
/** The status cells of the 12 regions' rows (England and Wales's row left out). */
const regionStatuses = (table: Locator) => table.getByRole('row', { name: / region/ }).locator('td.status-cell');

async function importText(page: Page, text: string) {
  await page.goto('/?view=import');
  await shown(page, /^Import a report$/);
  await page.getByLabel('Paste the report’s text').fill(text);
  await page.getByRole('button', { name: 'Read the text' }).click();
  return page.getByRole('region', { name: 'Check the figures from pasted text' });
}

test('compare the 12 regions: 2021-22 sums of areas, calculated here; 2024-25 the regions’ own, illustrative', async ({ page }) => {
  const watcher = await watchProductionPage(page);
  await page.goto('/?view=compare&geo=region&year=2021-22');
  await shown(page, /^Compare probation regions, 2021-22$/);
  const figure = page.getByRole('figure', { name: /compared with all 12 probation regions, 2021-22/ });
  await openEveryDisclosure(page);
  const table = figure.getByRole('table');
  await expect(table.getByRole('row', { name: / region/ })).toHaveCount(12);
  // Each is the sum of its areas, calculated here: as weak as its weakest input (the fixtures' areas are illustrative but West Midlands).
  await expect(regionStatuses(table).filter({ hasText: /^illustrative$/ })).toHaveCount(12);
  await expect(regionRow(table, 'Wales region')).toContainText('Sum of areas, calculated here: Dyfed Powys, Gwent, North Wales, South Wales');
  await expect(figure.getByText(/region figures before 2024-25 summed here from the areas’ figures/).first()).toBeVisible();

  await page.getByRole('combobox', { name: 'Year' }).selectOption('2024-25');
  await shown(page, /^Compare probation regions, 2024-25$/);
  const later = page.getByRole('figure', { name: /compared with all 12 probation regions, 2024-25/ });
  await openEveryDisclosure(page);
  const laterTable = later.getByRole('table');
  await expect(laterTable.getByRole('row', { name: / region/ })).toHaveCount(12);
  await expect(regionStatuses(laterTable).filter({ hasText: /^illustrative$/ })).toHaveCount(12);
  // The regions' own figures from 2024-25, never summed here.
  await expect(laterTable.getByText('Sum of areas, calculated here')).toHaveCount(0);
  watcher.expectNone();
});

test('a made-up 2024-25 regional report imported from its text: in compare in place of the illustrative figure, and in trends across the break', async ({
  page,
}) => {
  const watcher = await watchProductionPage(page);
  const review = await importText(page, REGIONAL_TEXT);
  await expect(review.getByLabel('Region', { exact: true })).toHaveValue('region-west-midlands');
  await expect(review.getByLabel('Region', { exact: true })).toHaveAccessibleDescription(
    'Read from the title, line 1: “MAPPA Regional Annual Report 2024 to 2025 — West Midlands region”',
  );
  await expect(review.getByLabel('Year', { exact: true })).toHaveValue('2024-25');
  await expect(review.getByLabel('MAPPA-eligible offenders on 31 March: Total, total')).toHaveValue('11173');
  await expect(review.getByLabel('Registered sexual offenders per 100,000 population aged 10 and over')).toHaveValue('162');
  const byArea = review.getByRole('region', { name: 'Figures by area' });
  await expect(byArea).toContainText('Saved as those areas’ figures too: Staffordshire, Warwickshire, West Mercia, West Midlands.');
  await expectNoAxeViolations(page, 'the review of a regional report');
  await review.getByRole('button', { name: 'Save these figures' }).click();
  await expect(page.getByText(/Saved: West Midlands region 2024-25 now shows your imported figures/)).toBeVisible();
  await expect(page.getByText(/Its table by area gave Staffordshire, Warwickshire, West Mercia, West Midlands their figures too\./)).toBeVisible();

  await page.goto('/?view=compare&geo=region&year=2024-25');
  await shown(page, /^Compare probation regions, 2024-25$/);
  const figure = page.getByRole('figure', { name: /compared with all 12 probation regions, 2024-25/ });
  await expect(figure.locator('text.bar-value-label').filter({ hasText: '162 (imported)' })).toBeVisible();
  await openEveryDisclosure(page);
  const row = regionRow(figure.getByRole('table'), 'West Midlands region');
  await expect(row.locator('td.status-cell')).toHaveText('imported');
  await expect(row).toContainText('162');
  await expectNoAxeViolations(page, 'compare at region level with the imported regional report');

  // The areas' 31 March totals from its table by area, at area level.
  await page.goto('/?view=compare&year=2024-25&measure=total&area=warwickshire&group=probation-region');
  await shown(page, /^Compare areas, 2024-25$/);
  await expect(page.getByRole('figure').first().locator('text.bar-value-label').filter({ hasText: '947 (imported)' })).toBeVisible();

  await page.goto('/?view=trends&geo=region');
  await shown(page, /^Trends/);
  const trends = page.getByRole('figure').first();
  await expect(trends.getByText(/from 2024-25: regional reports; earlier years summed from area reports/).first()).toBeVisible();
  await openEveryDisclosure(page);
  await expect(
    trends
      .getByRole('table')
      .getByRole('row', { name: /2024-25/ })
      .first(),
  ).toContainText('162');
  await expect(
    trends
      .getByRole('table')
      .getByRole('row', { name: /2024-25/ })
      .first(),
  ).toContainText('imported');
  watcher.expectNone();
});

test('a figure imported for 2025-26, a year the data does not hold, adds 2025-26 to the year selector', async ({ page }) => {
  const watcher = await watchProductionPage(page);
  await page.goto('/?view=compare&geo=region');
  await shown(page, /^Compare probation regions/);
  await expect(page.getByRole('combobox', { name: 'Year' }).locator('option', { hasText: '2025-26' })).toHaveCount(0);

  const review = await importText(page, REGIONAL_2025_26);
  await expect(review.getByLabel('Year', { exact: true })).toHaveValue('2025-26');
  await review.getByRole('button', { name: 'Save these figures' }).click();
  await expect(page.getByText(/Saved: West Midlands region 2025-26 now shows your imported figures/)).toBeVisible();

  await page.goto('/?view=compare&geo=region');
  await shown(page, /^Compare probation regions/);
  const year = page.getByRole('combobox', { name: 'Year' });
  await expect(year.locator('option', { hasText: '2025-26' })).toHaveCount(1);
  await year.selectOption('2025-26');
  await shown(page, /^Compare probation regions, 2025-26$/);
  await expect(page.getByRole('figure').first().locator('text.bar-value-label').filter({ hasText: '162 (imported)' })).toBeVisible();
  watcher.expectNone();
});

test('axe stays at zero on every view at region level', async ({ page }) => {
  test.setTimeout(360_000);
  const watcher = await watchProductionPage(page);
  for (const view of REGION_VIEWS) {
    await test.step(view, async () => {
      await page.goto(`/?view=${view}&geo=region`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 60_000 });
      await expect(loadingStatus(page)).toHaveCount(0, { timeout: 60_000 });
      await expect(page.getByRole('radio', { name: /Probation regions/ })).toBeChecked();
      await expectNoAxeViolations(page, `the ${view} view at region level`);
    });
  }
  watcher.expectNone();
});
