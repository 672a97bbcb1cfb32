import { expect, test, type Page } from '@playwright/test';

// The rates CSV's interval columns, and the funnel plot's and area profile's PNG and SVG:
// exports.production.spec.ts. The funnel plot and the area profile on screen: views.spec.ts.

// Cold dev server on 2 busy cores: the first chart of a view can take a while to arrive.
const FIRST_CHART = { timeout: 60_000 };

async function openRates(page: Page, extra = '') {
  await page.goto(`/?view=rates&area=west-midlands&year=2021-22${extra}`);
  await expect(page.locator('text.bar-value-label')).toHaveCount(42, FIRST_CHART);
}

test('West Midlands 2021-22 RSOs per 100,000: an interval and a comparison with England and Wales in the chart, table and tooltip', async ({ page }) => {
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
