import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openEveryDisclosure, trackPageProblems } from './helpers';

// The probation regions (issue 27): the level switch, the sums of areas before 2024-25 (calculated
// here), the regions' own (illustrative) 2024-25 figures, and areas "not reported by area" from then.

test('compare at region level: 12 regions, sums of areas marked calculated here, the level in the URL', async ({ page }) => {
  const problems = trackPageProblems(page);
  await page.goto('/?view=compare&year=2021-22');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare areas, 2021-22' })).toBeVisible();

  await page.getByRole('radio', { name: /Probation regions/ }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare probation regions, 2021-22' })).toBeVisible();
  await expect(page).toHaveURL(/geo=region/);
  // West Midlands is the area at area level and the region at region level: never both.
  await expect(page.getByRole('combobox', { name: 'Focus region' })).toHaveValue('region-west-midlands');

  const figure = page.getByRole('figure', { name: /West Midlands region compared with all 12 probation regions, 2021-22/ });
  // The region-level figure comes after the region sums' code loads: its disclosures are opened once it is there.
  await expect(figure).toBeVisible();
  await openEveryDisclosure(page);
  const table = figure.getByRole('table');
  await expect(table.getByRole('row', { name: /region/ })).toHaveCount(12);
  // West Midlands' own report is real, its three neighbours' figures are illustrative: the sum is as weak as its weakest input.
  await expect(table.getByRole('row', { name: /West Midlands region/ }).locator('td.status-cell')).toHaveText('illustrative');
  await expect(figure.getByText(/Sum of areas, calculated here \(not a published figure\)/).first()).toBeVisible();
  await expect(figure.getByText(/region figures before 2024-25 summed here from the areas’ figures/).first()).toBeVisible();
  await expectNoAxeViolations(page, 'the compare view at region level');

  await page.getByRole('combobox', { name: 'Year' }).selectOption('2024-25');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare probation regions, 2024-25' })).toBeVisible();
  await expect(figure.or(page.getByRole('figure', { name: /probation regions, 2024-25/ })).first()).toBeVisible();

  // Back at area level, 2024-25 says the areas are not reported by area, never a blank or 0.
  await page.getByRole('radio', { name: /Areas/ }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare areas, 2024-25' })).toBeVisible();
  await expect(page.getByText(/not reported by area from 2024-25/).first()).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Focus area' })).toHaveValue('west-midlands');
  problems.expectNone();
});
