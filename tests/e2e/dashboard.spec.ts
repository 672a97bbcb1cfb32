import { expect, test } from '@playwright/test';
import { trackPageProblems } from './helpers';

// Each view at 320 px, and the rates table against its bars: views.spec.ts. A view's heading taking
// focus and naming the tab when reached by its link: views.production.spec.ts.

test('focus, group, year and view changes go into the URL; reload and Back reproduce them', async ({ page }) => {
  await page.goto('/?view=compare&year=2021-22');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare areas, 2021-22' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Compare with' }).selectOption('metropolitan');
  await expect(page.getByRole('heading', { level: 2, name: /compared with metropolitan areas/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Measure' }).selectOption({ label: 'Managed at level 1' });
  // West Midlands' level 1 total (5,432) is not the sum of its rows (5,433): the figure carries the warning.
  await expect(
    page
      .getByRole('figure')
      .getByText(/published as 5,432, but its figures add up to 5,433/)
      .first(),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Year' }).selectOption('2019-20');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare areas, 2019-20' })).toBeVisible();
  const focus = page.getByRole('combobox', { name: 'Focus area' });
  await focus.selectOption({ label: 'Merseyside' });
  await expect(page.getByRole('heading', { level: 2, name: /Managed at level 1: Merseyside compared with metropolitan areas, 2019-20/ })).toBeVisible();
  await expect(page).toHaveURL(/view=compare/);
  await expect(page).toHaveURL(/area=merseyside/);
  await expect(page).toHaveURL(/group=metropolitan/);
  await expect(page).toHaveURL(/year=2019-20/);

  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: /Managed at level 1: Merseyside compared with metropolitan areas, 2019-20/ })).toBeVisible();
  await expect(focus).toHaveValue('merseyside');

  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: /Managed at level 1: West Midlands compared with metropolitan areas, 2019-20/ })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare areas, 2021-22' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare areas, 2019-20' })).toBeVisible();
});

test('a custom comparator group can be built by typing area names', async ({ page }) => {
  await page.goto('/?view=compare&year=2021-22&group=custom');
  const add = page.getByRole('combobox', { name: 'Areas to compare' });
  await add.fill('Kent');
  await add.press('Enter');
  await add.fill('Essex');
  await add.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove Kent' })).toBeVisible();
  await expect(page).toHaveURL(/areas=kent,essex/);
  await expect(page.getByRole('figure').getByText(/of 3 areas/)).toBeVisible();
});

test('a hostile link falls back to defaults with a notice, never a crash', async ({ page }) => {
  const problems = trackPageProblems(page);
  await page.goto('/?view=%3Cimg%20src=x%20onerror=alert(1)%3E&area=atlantis&year=1066-67&measure=__proto__');
  await expect(page.getByText('Some of this link could not be used')).toBeVisible();
  await expect(page.getByText(/There is no area "atlantis"/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: /West Midlands: key figures/ })).toBeVisible();
  problems.expectNone();
});

test('trends show gaps for years with no figure held and accept chosen areas', async ({ page }) => {
  await page.goto('/?view=trends&area=gloucestershire&measure=total&scenario=gaps');
  const figure = page.getByRole('figure');
  await expect(figure.getByText(/No figure held here \(a gap in the line, not zero\): Gloucestershire/)).toBeVisible();
  const add = page.getByRole('combobox', { name: 'Areas to draw beside the focus area' });
  await add.fill('Wiltshire');
  await add.press('Enter');
  await expect(page).toHaveURL(/trend=wiltshire/);
  await expect(figure.locator('.recharts-line')).toHaveCount(2);
});
