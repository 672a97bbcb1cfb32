import { expect, test, type Page } from '@playwright/test';
import { trackPageProblems } from './helpers';

// The map's focus tile, table, narrow labels and axe runs: views.spec.ts; its PNG and SVG:
// exports.production.spec.ts.

async function openMap(page: Page) {
  await page.goto('/?view=map&year=2021-22');
  await expect(page.getByRole('heading', { level: 1, name: 'Map of the areas, 2021-22' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('svg.tile-map g.map-tile')).toHaveCount(42, { timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0, { timeout: 30_000 });
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
