import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { expectNoAxeViolations } from './helpers';

// Cold dev server on 2 busy cores: the first chart of a view can take a while to arrive.
const FIRST_CHART = { timeout: 60_000 };

async function download(page: Page, button: string): Promise<{ download: Download; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).first().click()]);
  const path = await file.path();
  return { download: file, body: readFileSync(path) };
}

async function openRates(page: Page, extra = '') {
  await page.goto(`/?view=rates&area=west-midlands&year=2021-22${extra}`);
  await expect(page.locator('text.bar-value-label')).toHaveCount(42, FIRST_CHART);
}

test('West Midlands 2021-22 RSOs per 100,000: an interval and a comparison with England and Wales in the chart, table, tooltip and CSV', async ({ page }) => {
  await openRates(page);
  // Error bars drawn (a light halo and the dark line for each bar with an interval).
  await expect(page.locator('.chart-area .bar-interval').first()).toBeAttached();
  expect(await page.locator('.chart-area .bar-interval').count()).toBeGreaterThan(0);
  await expect(page.getByLabel('Confidence intervals')).toHaveValue('show');

  await page.getByText('Show the data as a table').first().click();
  const headers = page.locator('.chart-table thead th');
  await expect(headers.filter({ hasText: 'Lower 95% limit' })).toHaveCount(1);
  await expect(headers.filter({ hasText: 'Compared with England and Wales' })).toHaveCount(1);
  const westMidlands = page.locator('.chart-table tbody tr', { hasText: 'West Midlands' }).first();
  await expect(westMidlands.locator('td.value-cell')).toHaveText('145');
  await expect(westMidlands.locator('td.lower-cell')).toHaveText('140.4');
  await expect(westMidlands.locator('td.upper-cell')).toHaveText('149.8');
  await expect(westMidlands.locator('td.comparison-cell')).toHaveText(/^higher/);
  await expect(westMidlands.locator('td.range-cell')).toContainText(/between \d+(st|nd|rd|th) and \d+(st|nd|rd|th) highest/);

  // Hover the focus area's bar: its tooltip gives the interval, the method and the comparison.
  const axisLabel = page
    .locator('.chart-area svg text')
    .filter({ hasText: /West Midlands$/ })
    .first();
  await axisLabel.scrollIntoViewIfNeeded();
  const label = await axisLabel.boundingBox();
  if (!label) throw new Error('no West Midlands axis label');
  await page.mouse.move(label.x + label.width + 40, label.y + label.height / 2);
  const tooltip = page.locator('.recharts-tooltip-wrapper');
  await expect(tooltip).toContainText('West Midlands');
  await expect(tooltip).toContainText('95% interval 140.4 to 149.8');
  await expect(tooltip).toContainText('Higher than England and Wales');
  await expect(tooltip).toContainText('less than 1 time in 20');

  const { body } = await download(page, 'Download CSV');
  const rows = Papa.parse<Record<string, string>>(body.toString('utf8').slice(1), { header: true }).data;
  const header = Object.keys(rows[0] ?? {});
  expect(header.indexOf('lower_95')).toBe(header.indexOf('count_source') + 1);
  expect(header.indexOf('upper_95')).toBe(header.indexOf('lower_95') + 1);
  expect(header).toContain('compared_with_england_and_wales');
  const csvRow = rows.find((row) => row.area === 'West Midlands');
  expect(csvRow).toMatchObject({ value: '145', lower_95: '140.35', upper_95: '149.76', compared_with_england_and_wales: 'higher' });
});

test('intervals=hide hides the error bars but keeps the interval in the table', async ({ page }) => {
  await openRates(page, '&intervals=hide');
  await expect(page.getByLabel('Confidence intervals')).toHaveValue('hide');
  await expect(page.locator('.chart-area .bar-interval')).toHaveCount(0);
  await page.getByText('Show the data as a table').first().click();
  await expect(page.locator('.chart-table tbody tr', { hasText: 'West Midlands' }).first().locator('td.lower-cell')).toHaveText('140.4');
  // The control switches them back on, through the URL.
  await page.getByLabel('Confidence intervals').selectOption('show');
  await expect(page).not.toHaveURL(/intervals=hide/);
  await expect(page.locator('.chart-area .bar-interval').first()).toBeAttached();
});

test('colour=comparison fills the bars by the comparison with a legend, never by colour alone', async ({ page }) => {
  await openRates(page, '&colour=comparison');
  await expect(page.getByLabel('Bar fill shows')).toHaveValue('comparison');
  const legend = page.locator('.chart-area svg').first();
  await expect(legend).toContainText('Higher than England and Wales');
  await expect(legend).toContainText('Lower than England and Wales');
  await expect(legend).toContainText('Similar');
});

async function expectExports(page: Page, focusName: string) {
  const png = await download(page, 'Download PNG');
  expect(png.download.suggestedFilename()).toMatch(/\.png$/);
  expect([...png.body.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  const svg = await download(page, 'Download SVG');
  expect(svg.download.suggestedFilename()).toMatch(/\.svg$/);
  const text = svg.body.toString('utf8');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return { error: doc.querySelector('parsererror')?.textContent ?? null, text: doc.documentElement.textContent ?? '' };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.text).toContain(focusName);
}

test('the funnel plot renders with its limits and table, exports as PNG and SVG, and passes axe', async ({ page }) => {
  await page.goto('/?view=funnel&area=west-midlands&year=2021-22');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Funnel plot, 2021-22', FIRST_CHART);
  await expect(page.locator('.funnel-point')).toHaveCount(42, FIRST_CHART);
  await expect(page.locator('.chart-area')).toContainText('West Midlands');
  await page.getByText('Show the data as a table').first().click();
  await expect(page.locator('.chart-table thead th').filter({ hasText: 'Compared with England and Wales' })).toHaveCount(1);
  await expectExports(page, 'West Midlands');
  await expectNoAxeViolations(page, 'the funnel plot');
});

test('the area profile (spine chart) renders on the summary, exports as PNG and SVG, and passes axe', async ({ page }) => {
  await page.goto('/?view=summary&area=west-midlands&year=2021-22');
  await expect(page.locator('.spine-chart')).toBeVisible(FIRST_CHART);
  expect(await page.locator('.spine-chart .spine-row').count()).toBeGreaterThanOrEqual(8);
  const profile = page.getByRole('region', { name: 'Area profile' });
  await expect(profile).toContainText('West Midlands');
  await expect(profile.locator('.spine-row[data-measure="rsoPer100k"]')).toContainText('145');
  await expect(page.locator('.key-figures')).toContainText('95% interval 140.4 to 149.8');
  await expect(page.locator('.key-figures')).toContainText('Allowing for chance: between');
  await expectExports(page, 'West Midlands');
  await expectNoAxeViolations(page, 'the area summary with its profile');
});
