import { expect, test } from '@playwright/test';
import { trackPageProblems } from './helpers';

test.describe('app shell on fixture data', () => {
  test('West Midlands 2021-22 shows 5,486 and the level 1 warning, with no console errors or foreign requests', async ({ page }) => {
    const problems = trackPageProblems(page);
    await page.goto('/?view=tables&year=2021-22');
    await expect(page.getByRole('heading', { level: 1, name: 'West Midlands: report tables, 2021-22' })).toBeVisible();
    const snapshot = page.getByRole('table', { name: /MAPPA-eligible offenders on 31 March 2022/ });
    await expect(snapshot.getByRole('row', { name: /^Total/ })).toContainText('5,486');
    await expect(page.getByRole('note').filter({ hasText: 'Published total 5,432; the figures add up to 5,433.' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Focus area' })).toHaveValue('west-midlands');
    problems.expectNone();
  });

  test('changing the focus area, grouped by region, shows that area’s tables', async ({ page }) => {
    await page.goto('/?view=tables&year=2021-22');
    const picker = page.getByRole('combobox', { name: 'Focus area' });
    await expect(picker.locator('optgroup[label="East of England"] option', { hasText: 'Suffolk' })).toHaveCount(1);
    await picker.selectOption({ label: 'Suffolk' });
    await expect(page.getByRole('heading', { level: 1, name: 'Suffolk: report tables, 2021-22' })).toBeVisible();
    await expect(page.getByText(/Illustrative data\./)).toBeVisible();
    await expect(page).toHaveURL(/area=suffolk/);
  });

  test('a server error shows an alert with a working retry', async ({ page }) => {
    await page.goto('/?view=tables&year=2021-22&scenario=server-error');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not load the reports for 2021-22', { timeout: 20_000 });
    await expect(alert).toContainText('The data service answered 500: The report store is unavailable.');
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });

  test('a malformed record marks that area as a data error and the rest still show', async ({ page }) => {
    await page.goto('/?view=tables&year=2021-22&area=kent&scenario=malformed-record');
    await expect(page.getByRole('note')).toContainText('Data error');
    await expect(page.getByRole('note')).toContainText('Kent 2021-22');
    await page.goto('/?view=tables&year=2021-22&area=west-midlands&scenario=malformed-record');
    await expect(page.getByRole('table', { name: /MAPPA-eligible offenders on 31 March 2022/ })).toBeVisible();
  });

  test('a failed refresh keeps the figures on screen', async ({ page }) => {
    await page.goto('/?view=tables&year=2021-22&scenario=fail-refetch');
    const snapshot = page.getByRole('table', { name: /MAPPA-eligible offenders on 31 March 2022/ });
    await expect(snapshot).toBeVisible();
    // The scenario fails requests from one second after the first load.
    await page.waitForTimeout(1100);
    await page.getByRole('button', { name: 'Reload data' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not refresh the reports for 2021-22', { timeout: 20_000 });
    await expect(alert).toContainText('The data service answered 500');
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeEnabled();
    await expect(snapshot).toBeVisible();
  });

  test('a slow answer shows a loading state first', async ({ page }) => {
    await page.goto('/?view=tables&year=2021-22&scenario=slow');
    await expect(page.getByRole('status').filter({ hasText: 'Loading the reports for 2021-22' })).toBeVisible();
    await expect(page.getByRole('table', { name: /MAPPA-eligible offenders on 31 March 2022/ })).toBeVisible({ timeout: 15_000 });
  });

  test('a year with no reports says so instead of drawing empty charts', async ({ page }) => {
    await page.goto('/?view=compare&year=2021-22&scenario=empty-year');
    await expect(page.getByText('The data service has no reports for 2021-22 yet, so there is nothing to compare.')).toBeVisible();
    await expect(page.getByRole('figure')).toHaveCount(0);
  });
});
