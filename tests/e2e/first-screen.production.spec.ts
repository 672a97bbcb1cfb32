import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  expectChartInFirstScreen,
  expectNoAxeViolations,
  FIRST_SCREENS,
  focusStyle,
  expectVisibleFocus,
  loadingStatus,
  tabTo,
  VIEWS,
  watchProductionPage,
} from './helpers';

// The reader sees the chart first (issue 29): on the production build, at two laptop screens and a
// phone, every chart view opened from its plain address shows its title and the start of its chart
// without scrolling (the area summary its profile), passes axe as laid out there (the options folded and the menu a button on the
// phone), and its new controls (the Menu button, the year steps, the folded options) work from the
// keyboard with their focus in sight.

/** Views without a chart: the report tables, the glossary and the import screens. */
const WITHOUT_CHART: ReadonlySet<string> = new Set(['tables', 'glossary', 'import']);
const CHART_VIEWS = VIEWS.filter(([view]) => !WITHOUT_CHART.has(view));

async function expectShown(page: Page, heading: string) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 30_000 });
  await expect(loadingStatus(page)).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('.chart-figure').first()).toBeVisible();
}

/** Tab to `target` and press Enter on it, checking on the way that its focus can be seen. */
async function pressByKeyboard(page: Page, target: Locator, what: string) {
  await tabTo(page, target, what);
  await page.keyboard.press('Enter');
}

for (const screen of FIRST_SCREENS) {
  const size = `${screen.width}×${screen.height}`;
  const narrow = screen.width < 640;

  test(`at ${size}: every chart view shows its chart in the first screen and passes axe; the new controls work by keyboard`, async ({ page }) => {
    test.setTimeout(360_000);
    const watcher = await watchProductionPage(page);
    await page.setViewportSize(screen);
    for (const [view, heading] of CHART_VIEWS) {
      await test.step(view, async () => {
        await page.goto(`/?view=${view}`);
        await expectShown(page, heading);
        await expectChartInFirstScreen(page, screen, `the ${view} view`);
        await expectNoAxeViolations(page, `the ${view} view at ${size}`);
      });
    }

    await test.step('the Menu button, the year steps and the chart options by keyboard, focus in sight', async () => {
      await page.goto('/?view=compare&year=2021-22');
      await expectShown(page, VIEWS[1][1]);
      await page.locator('.product-name a').focus();
      const nav = page.getByRole('navigation', { name: 'Views' });
      const menu = nav.getByRole('button', { name: 'Menu' });
      const summaryLink = nav.getByRole('link', { name: 'Area summary', exact: true });
      if (narrow) {
        // One button in the header's line; the list opens below it and Escape folds it again.
        await expect(summaryLink).toBeHidden();
        const resting = await focusStyle(menu);
        await page.keyboard.press('Tab');
        await expectVisibleFocus(menu, resting, 'the Menu button');
        await page.keyboard.press('Enter');
        await expect(menu).toHaveAttribute('aria-expanded', 'true');
        await expect(summaryLink).toBeVisible();
        await expectNoAxeViolations(page, `the compare view at ${size} with the menu open`);
        await page.keyboard.press('Escape');
        await expect(menu).toBeFocused();
        await expect(summaryLink).toBeHidden();
      } else {
        // Wide, the links are the navigation: no button.
        await expect(menu).toBeHidden();
        await expect(summaryLink).toBeVisible();
      }

      const year = page.getByRole('combobox', { name: 'Year' });
      await pressByKeyboard(page, page.getByRole('button', { name: 'Previous year, 2020-21' }), 'the Previous year button');
      await expect(page).toHaveURL(/year=2020-21/);
      await expect(year).toHaveValue('2020-21');
      await expect(page.getByRole('status').filter({ hasText: 'Showing 2020-21.' })).toBeAttached();
      await expect(page.getByRole('heading', { level: 1, name: 'Compare areas, 2020-21' })).toBeVisible();
      await pressByKeyboard(page, page.getByRole('button', { name: 'Next year, 2021-22' }), 'the Next year button');
      await expect(year).toHaveValue('2021-22');
      await expect(page.getByRole('heading', { level: 1, name: 'Compare areas, 2021-22' })).toBeVisible();

      const toggle = page.getByRole('button', { name: /^Chart options: All 42 areas; Registered sexual offenders per 100,000 population;/ });
      const group = page.getByRole('combobox', { name: 'Compare with' });
      if (narrow) {
        // Folded, the button says what is chosen; open, the options follow it in the Tab order.
        await expect(group).toBeHidden();
        await pressByKeyboard(page, toggle, 'the Chart options button');
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
        await expect(group).toBeVisible();
        await expectNoAxeViolations(page, `the compare view at ${size} with its options open`);
      } else {
        await expect(toggle).toBeHidden();
      }
      await tabTo(page, group, 'the Compare with select', { max: 3 });
      // A closed select changes with the arrow keys: the next group along, in the address.
      await page.keyboard.press('ArrowDown');
      await expect(page).toHaveURL(/group=(?!all\b)\w/);
      await expect(group).not.toHaveValue('all');
    });
    watcher.expectNone();
  });
}

// At region level too (issue 27): on the phone, where the level switch, the landing note and the
// longer headings of the probation regions take the most room.
test('at 375×812 at region level: every chart view shows its chart in the first screen and passes axe', async ({ page }) => {
  test.setTimeout(360_000);
  const screen = FIRST_SCREENS[2];
  const watcher = await watchProductionPage(page);
  await page.setViewportSize(screen);
  for (const [view] of CHART_VIEWS) {
    await test.step(view, async () => {
      await page.goto(`/?view=${view}&geo=region`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
      await expect(loadingStatus(page)).toHaveCount(0, { timeout: 30_000 });
      await expect(page.locator('.chart-figure').first()).toBeVisible();
      await expect(page.getByRole('radio', { name: /Probation regions/ })).toBeChecked();
      await expectChartInFirstScreen(page, screen, `the ${view} view at region level`);
      await expectNoAxeViolations(page, `the ${view} view at region level at 375×812`);
    });
  }
  watcher.expectNone();
});
