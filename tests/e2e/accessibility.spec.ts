import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectVisibleFocus, loadingStatus, tabTo, trackPageProblems } from './helpers';

async function openView(page: Page, query: string, heading: string) {
  await page.goto(`/?${query}`);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(loadingStatus(page)).toHaveCount(0);
}

// Each view's own axe run (every disclosure open, each chart layout, narrow screens): views.spec.ts.
test.describe('accessibility: axe-core finds no WCAG 2.2 AA violations', () => {
  test('loading: while the reports are still on their way', async ({ page }) => {
    await page.goto('/?view=compare&year=2021-22&scenario=stalled');
    await expect(page.getByRole('status').filter({ hasText: 'Loading the reports for 2021-22' })).toBeVisible();
    await expectNoAxeViolations(page, 'the loading state');
    // The check really ran on the loading state (the stalled scenario never answers).
    await expect(page.getByRole('status').filter({ hasText: 'Loading the reports for 2021-22' })).toBeVisible();
  });

  test('error: the data service answers 500', async ({ page }) => {
    await page.goto('/?view=compare&year=2021-22&scenario=server-error');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not load the reports for 2021-22', { timeout: 20_000 });
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expectNoAxeViolations(page, 'the error state');
  });

  test('empty: a year with no reports', async ({ page }) => {
    await page.goto('/?view=compare&year=2021-22&scenario=empty-year');
    await expect(page.getByText('The data service has no reports for 2021-22 yet, so there is nothing to compare.')).toBeVisible();
    await expectNoAxeViolations(page, 'the empty state');
  });

  test('a custom comparator group being built', async ({ page }) => {
    await openView(page, 'view=compare&year=2021-22&group=custom', 'Compare areas, 2021-22');
    const add = page.getByRole('combobox', { name: 'Areas to compare' });
    await add.fill('Kent');
    await add.press('Enter');
    await add.fill('Essex');
    // The list of suggestions is open while axe looks.
    await expect(page.getByRole('listbox').getByRole('option', { name: 'Essex · East of England' })).toBeVisible();
    await expectNoAxeViolations(page, 'the custom group picker with its suggestions open');
    await add.press('Enter');
    await expect(page.getByRole('button', { name: 'Remove Essex' })).toBeVisible();
    await expect(page).toHaveURL(/areas=kent,essex/);
    await expectNoAxeViolations(page, 'the custom group with two chosen areas');
  });
});

test.describe('keyboard only', () => {
  test('choose an area, a group and a measure, open the table and download a PNG without a mouse', async ({ page }) => {
    const problems = trackPageProblems(page);
    await page.goto('/?year=2021-22');
    await expect(page.getByRole('heading', { level: 1, name: 'West Midlands: key figures, 2021-22' })).toBeVisible();
    await expect(loadingStatus(page)).toHaveCount(0);

    // 1. The focus area: a native select grouped by region; typing a name picks it. One letter: the
    // select forgets what was typed after about a second, so on a busy machine each later letter
    // would start a new search ("e" picks England and Wales). Kent is the only name with a K.
    const focusArea = page.getByRole('combobox', { name: 'Focus area' });
    const restingFocusArea = await tabTo(page, focusArea, 'the Focus area control');
    await page.keyboard.press('K');
    await expect(focusArea).toHaveValue('kent');
    await expect(page.getByRole('heading', { level: 1, name: 'Kent: key figures, 2021-22' })).toBeVisible();
    await expect(page).toHaveURL(/area=kent/);
    await expectVisibleFocus(focusArea, restingFocusArea, 'the Focus area control after choosing Kent');

    // 2. Back up to the navigation and follow "Compare areas"; focus lands on the new heading.
    const compareLink = page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare areas' });
    await tabTo(page, compareLink, 'the Compare areas link', { backwards: true });
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: 'Compare areas, 2021-22' });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await expect(page).toHaveURL(/view=compare/);
    await expect(loadingStatus(page)).toHaveCount(0);

    // 3. The comparator group: typing picks "Same region (South East)" (the only option with an S;
    // one letter, as above: "a" typed too late picks "All 42 areas").
    const group = page.getByRole('combobox', { name: 'Compare with' });
    const restingGroup = await tabTo(page, group, 'the Compare with control');
    await page.keyboard.press('S');
    await expect(group).toHaveValue('region');
    await expect(page).toHaveURL(/group=region/);
    await expectVisibleFocus(group, restingGroup, 'the Compare with control after choosing the region');

    // 4. The measure: one step down from the default.
    const measure = page.getByRole('combobox', { name: 'Measure' });
    const restingMeasure = await tabTo(page, measure, 'the Measure control');
    await page.keyboard.press('ArrowDown');
    await expect(measure).toHaveValue('total');
    const chartHeading = page.getByRole('heading', { level: 2, name: /^MAPPA-eligible offenders \(all\): Kent compared with/ });
    await expect(chartHeading).toBeVisible();
    await expectVisibleFocus(measure, restingMeasure, 'the Measure control after choosing a measure');

    // 5. The table alternative opens with Enter on its summary.
    const figure = page.getByRole('figure').first();
    const disclosure = figure.getByText('Show the data as a table');
    const restingDisclosure = await tabTo(page, disclosure, 'the table disclosure');
    await page.keyboard.press('Enter');
    await expect(figure.getByRole('table')).toBeVisible();
    await expectVisibleFocus(disclosure, restingDisclosure, 'the table disclosure after opening it');
    await expect(figure.locator('details').filter({ has: page.getByText('Show the data as a table') })).toHaveAttribute('open', '');

    // 6. Download a PNG with Enter.
    const png = figure.getByRole('button', { name: 'Download PNG' });
    const restingPng = await tabTo(page, png, 'the Download PNG button');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^mappa-total-2021-22-kent-vs-[a-z0-9-]+\.png$/);
    await expect(figure.getByRole('status').filter({ hasText: `Downloaded ${download.suggestedFilename()}` })).toBeVisible();
    // Focus stays on the button that was pressed, still visibly.
    await expectVisibleFocus(png, restingPng, 'the Download PNG button after the download');
    problems.expectNone();
  });
});
