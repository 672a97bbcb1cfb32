import { expect, test, type Page } from '@playwright/test';
import {
  expectNoAxeViolations,
  expectNoSidewaysScroll,
  expectVisibleFocus,
  focusStyle,
  loadingStatus,
  openChartOptions,
  openEveryDisclosure,
  SEED_REPORT_TEXT,
  tabTo,
  trackPageProblems,
  VIEWS,
} from './helpers';

// Each view once on the dev server (the API through MSW): loaded on a 320 px screen, Back and
// Forward, a step to the year before by keyboard (the menu of views by keyboard where there is no
// year), then at desktop width with every disclosure open, axe and the view's own checks. The
// production build has its own passes: offline, by link, under its CSP (views.production.spec.ts),
// and each chart in the first screen of two laptops and a phone (first-screen.production.spec.ts).

// Up to four axe runs on a view with every disclosure open (levels, compare, trends): on a busy
// 2-core machine each can take 15 s, so a view's pass has twice the suite's default.
test.describe.configure({ timeout: 240_000 });

/** Views without the area and year bar: Back and Forward are checked across a move to the area summary. */
const WITHOUT_YEAR: ReadonlySet<string> = new Set(['glossary', 'import']);

interface ViewChecks {
  /** On the 320 px screen, on 2021-22 (after Back and Forward); leaves the view as it found it. */
  narrow?: (page: Page) => Promise<void>;
  /** At desktop width before the disclosures open: each chart layout; leaves the view as it found it. */
  charts?: (page: Page) => Promise<void>;
  /** At desktop width with every disclosure open, after the view's axe run. */
  wide?: (page: Page) => Promise<void>;
}

/**
 * A chart is one image named by its title and summary sentence, with no focus stop inside: Tab
 * goes from the last chart option to the table disclosure after it, and a click does not move
 * focus into it either (Chromium makes SVG elements with focus listeners Tab stops, and React puts
 * listeners on Recharts' layers).
 */
async function expectChartIsOneImage(page: Page, what: string) {
  const figure = page.getByRole('figure').first();
  // Read once the chart is drawn for the current options: its name follows its title and summary.
  let name = '';
  await expect(async () => {
    const title = (await figure.getByRole('heading', { level: 2 }).textContent()) ?? '';
    const summary = (await figure.locator('.chart-summary').textContent()) ?? '';
    name = `${title}. ${summary} The table below gives every value.`;
    await expect(figure.getByRole('img', { name, exact: true })).toHaveCount(1, { timeout: 1_000 });
  }, `${what}: the chart is one image named by its title and summary`).toPass();
  const chart = figure.getByRole('img', { name, exact: true });
  await expect(chart.locator('svg').first()).toBeAttached();
  // The SVG parts draw that image and are not exposed again on their own.
  expect(await chart.locator('svg').evaluateAll((svgs) => svgs.filter((svg) => !svg.closest('[aria-hidden="true"]')).length), `${what}: exposed SVGs`).toBe(0);
  // Nothing inside is declared focusable: a tabindex, where there is one, keeps it out of the Tab order.
  expect(
    await chart.evaluate((element) =>
      [...element.querySelectorAll('a[href], button, input, select, textarea, [contenteditable], [tabindex]')]
        .filter((inner) => !(Number(inner.getAttribute('tabindex')) < 0))
        .map((inner) => inner.outerHTML.slice(0, 80)),
    ),
    `${what}: focusable elements inside the chart`,
  ).toEqual([]);

  const insideChart = () =>
    page.evaluate(() => document.activeElement?.closest('.chart-area') !== null && document.activeElement?.closest('.chart-area') !== undefined);
  await page.locator('form.view-options').locator('select, input, button').last().focus();
  const disclosure = figure.locator('summary', { hasText: 'Show the data as a table' });
  const stops: boolean[] = [];
  for (let presses = 0; presses < 40 && !(await disclosure.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
    stops.push(await insideChart());
  }
  await expect(disclosure).toBeFocused();
  expect(stops.filter(Boolean), `${what}: Tab stops inside the chart`).toEqual([]);
  await chart.click();
  expect(await insideChart(), `${what}: focus inside the chart after a click`).toBe(false);
}

const CHECKS: Partial<Record<string, ViewChecks>> = {
  summary: {
    wide: async (page) => {
      // The area profile (spine chart).
      await expect(page.locator('.spine-chart')).toBeVisible();
      expect(await page.locator('.spine-chart .spine-row').count()).toBeGreaterThanOrEqual(8);
      const profile = page.getByRole('region', { name: 'Area profile', exact: true });
      await expect(profile).toContainText('West Midlands');
      await expect(profile.locator('.spine-row[data-measure="rsoPer100k"]')).toContainText('145');
      // How sure each figure is comes after the figures and the profile, in their notes.
      const notes = page.locator('.key-figure-notes li').filter({ hasText: 'Registered sexual offenders per 100,000' });
      await expect(notes).toContainText('95% interval 140.4 to 149.8');
      await expect(notes).toContainText('Allowing for chance: between');
      await expect(page.locator('.key-figures')).not.toContainText('95% interval');
    },
  },
  compare: {
    narrow: async (page) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await expectNoAxeViolations(page, 'the compare view at 375 px');
      // Folded, the options say what is chosen; open, they and the menu of views pass too.
      const toggle = page.getByRole('button', {
        name: /^Chart options: All 42 areas; Registered sexual offenders per 100,000 population; Highest value first/,
      });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('combobox', { name: 'Measure' })).toBeHidden();
      await openChartOptions(page);
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('combobox', { name: 'Measure' })).toBeVisible();
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Menu' }).click();
      await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare areas' })).toBeVisible();
      await expectNoAxeViolations(page, 'the compare view at 375 px with the menu and the options open');
      await expectNoSidewaysScroll(page, 'the compare view at 375 px with the menu and the options open');
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Menu' }).click();
      await toggle.click();
    },
    charts: async (page) => {
      await expectChartIsOneImage(page, 'ranked bars');
      await page.getByRole('combobox', { name: 'Measure' }).selectOption('category1');
      await expect(page).toHaveURL(/measure=category1/);
      await page.getByRole('combobox', { name: 'Order' }).selectOption('change');
      await expect(page).toHaveURL(/sort=change/);
      await expectChartIsOneImage(page, 'change bars');
      await expectNoAxeViolations(page, 'the compare view, category 1 by change');
      await page.goBack();
      await page.goBack();
      await expect(page).not.toHaveURL(/measure=|sort=/);
    },
  },
  map: {
    narrow: async (page) => {
      // The last year has no next one: the button stays in reach and says why it does nothing.
      // 2024-25, the first year of the regional reports, is the latest the data holds.
      await page.getByRole('combobox', { name: 'Year' }).selectOption('2024-25');
      const next = page.getByRole('button', { name: 'Next year', exact: true });
      await expect(next).toHaveAttribute('aria-disabled', 'true');
      // Pressed from the keyboard (a click waits for a button marked disabled to be enabled).
      await next.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ hasText: 'No later year: 2024-25 is the latest year held here.' })).toBeAttached();
      await expect(page).toHaveURL(/year=2024-25/);
      await page.goBack();
      await expect(page).toHaveURL(/year=2021-22/);
      await openChartOptions(page);
      await page.getByRole('combobox', { name: 'Compare with' }).selectOption('metropolitan');
      await expect(page).toHaveURL(/group=metropolitan/);
      await expect(page.locator('svg.tile-map g.map-tile')).toHaveCount(42);
      await expect(loadingStatus(page)).toHaveCount(0);
      // The tiles' narrow labels.
      await expect(page.locator('svg.tile-map g.map-tile[data-area-id="west-midlands"] text')).toHaveText(['WMD', '145']);
      await expectNoSidewaysScroll(page, 'the map of metropolitan areas at 320 px');
      await expectNoAxeViolations(page, 'the map view at 320 px');
      await page.goBack();
      await expect(page).not.toHaveURL(/group=/);
    },
    wide: async (page) => {
      // The focus area's tile carries its value and the table its status; the tiles are not focus stops.
      const tile = page.locator('svg.tile-map g.map-tile[data-area-id="west-midlands"]');
      await expect(tile.locator('text')).toHaveText(['W Mids', '145']);
      await expect(page.locator('svg.tile-map g.map-tile[data-area-id="teesside"] text')).toHaveText(['Teesside', '215*']);
      const figure = page.getByRole('figure', { name: /Registered sexual offenders per 100,000 population: map of all 42 areas/ });
      await expect(figure.locator('.chart-area')).toHaveAttribute(
        'aria-label',
        /West Midlands 145 per 100,000, joint 13th highest of 42 \(illustrative: the ranking includes synthetic figures/,
      );
      await expect(page.locator('svg.tile-map [tabindex]')).toHaveCount(0);
      const table = figure.getByRole('table');
      const row = table.getByRole('row', { name: /West Midlands/ });
      await expect(row.locator('td.value-cell')).toHaveText('145');
      await expect(row.locator('td.status-cell')).toHaveText('published');
      await expect(table.getByRole('row', { name: /Teesside/ }).locator('td.status-cell')).toHaveText('illustrative');
    },
  },
  levels: {
    charts: async (page) => {
      await expectChartIsOneImage(page, 'panel bars by category');
      await page.getByRole('combobox', { name: 'Split by' }).selectOption('level');
      await expect(page).toHaveURL(/by=level/);
      await expectChartIsOneImage(page, 'panel bars by level');
      await expectNoAxeViolations(page, 'the levels view in panels by level');
      await page.goBack();
      await expect(page).not.toHaveURL(/by=/);
      await page.getByRole('combobox', { name: 'Show as' }).selectOption('stacked-share');
      await expect(page).toHaveURL(/layout=stacked/);
      await expectChartIsOneImage(page, 'stacked shares');
      await expectNoAxeViolations(page, 'the levels view stacked');
      await page.goBack();
      await expect(page).not.toHaveURL(/layout=/);
    },
  },
  rates: {
    wide: async (page) => {
      // The table alternative shows the same numbers as the bars.
      const figure = page.getByRole('figure', { name: /Registered sexual offenders per 100,000 population: West Midlands compared with all 42 areas/ });
      await expect(figure.locator('text.bar-value-label')).toHaveCount(42);
      const barValues = (await figure.locator('text.bar-value-label').allTextContents()).map((text) => text.replace('*', ''));
      const table = figure.getByRole('table');
      await expect(table.locator('tbody tr:not(.reference-row)')).toHaveCount(42);
      const tableValues = await table.locator('tbody tr:not(.reference-row) td.value-cell').allTextContents();
      expect(barValues).toHaveLength(42);
      expect(tableValues).toEqual(barValues);
      await expect(figure.getByText('West Midlands: 145 per 100,000')).toBeVisible();
    },
  },
  trends: {
    charts: async (page) => {
      await expectChartIsOneImage(page, 'a trend line');
      const add = page.getByRole('combobox', { name: 'Areas to draw beside the focus area' });
      await add.fill('Kent');
      await add.press('Enter');
      await add.fill('Essex');
      await add.press('Enter');
      await expect(page).toHaveURL(/trend=kent,essex/);
      await expectChartIsOneImage(page, 'trend lines');
      await expectNoAxeViolations(page, 'the trends view with Kent and Essex');
      await page.getByRole('combobox', { name: 'Layout' }).selectOption('panels');
      await expect(page).toHaveURL(/layout=panels/);
      await expectChartIsOneImage(page, 'trend panels');
      await expectNoAxeViolations(page, 'the trends view in panels');
      await page.goBack();
      await page.goBack();
      await page.goBack();
      await expect(page).not.toHaveURL(/trend=|layout=/);
    },
  },
  funnel: {
    wide: async (page) => {
      await expect(page.locator('.funnel-point')).toHaveCount(42);
      await expect(page.locator('.chart-area')).toContainText('West Midlands');
      await expect(page.locator('.chart-table thead th').filter({ hasText: 'Compared with England and Wales' })).toHaveCount(1);
    },
  },
  import: {
    wide: async (page) => {
      await page.getByLabel('Paste the report’s text').fill(SEED_REPORT_TEXT);
      await page.getByRole('button', { name: 'Read the text' }).click();
      const review = page.getByRole('region', { name: 'Check the figures from pasted text' });
      await expect(review.getByText('58 of 58 figures found; 0 not found.')).toBeVisible();
      await expectNoAxeViolations(page, 'the import review');
    },
  },
};

for (const [view, heading] of VIEWS) {
  test(`${view}: on a 320 px screen, Back and Forward, and axe with every disclosure open`, async ({ page }) => {
    const problems = trackPageProblems(page);
    const checks = CHECKS[view] ?? {};
    const headingIn = (year: string) => page.getByRole('heading', { level: 1, name: heading.replace('2021-22', year) });
    const shown = async (year: string) => {
      await expect(headingIn(year)).toBeVisible();
      await expect(loadingStatus(page)).toHaveCount(0);
    };

    // Loaded on a 320 px screen: nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`/?view=${view}&year=2022-23`);
    await shown('2022-23');
    await expectNoSidewaysScroll(page, `${view}, 2022-23 at 320 px`);

    const year = page.getByRole('combobox', { name: 'Year' });
    if (WITHOUT_YEAR.has(view)) {
      await expect(year).toHaveCount(0);
      const summary = page.getByRole('heading', { level: 1, name: /^West Midlands: key figures, / });
      // On a phone the menu of views is one button, opened and used from the keyboard.
      await page.setViewportSize({ width: 375, height: 812 });
      const nav = page.getByRole('navigation', { name: 'Views' });
      const menu = nav.getByRole('button', { name: 'Menu' });
      const summaryLink = nav.getByRole('link', { name: 'Area summary', exact: true });
      await expect(summaryLink).toBeHidden();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator('.product-name a').focus();
      const restingMenu = await focusStyle(menu);
      await page.keyboard.press('Tab');
      await expectVisibleFocus(menu, restingMenu, 'the Menu button');
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await page.keyboard.press('Enter');
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await tabTo(page, summaryLink, 'the Area summary link in the open menu', { max: 3 });
      await page.keyboard.press('Escape');
      await expect(menu).toBeFocused();
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(summaryLink).toBeHidden();
      await page.keyboard.press('Enter');
      await tabTo(page, summaryLink, 'the Area summary link in the open menu', { max: 3 });
      await page.keyboard.press('Enter');
      await expect(summary).toBeFocused();
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goBack();
      await shown('2022-23');
      await page.goForward();
      await expect(summary).toBeVisible();
      await page.goBack();
      await shown('2022-23');
    } else {
      // Another year is a new history entry: Back and Forward bring each back, address and all.
      await year.selectOption('2021-22');
      await expect(page).toHaveURL(/year=2021-22/);
      await shown('2021-22');
      await expectNoSidewaysScroll(page, `${view}, 2021-22 at 320 px`);
      await page.goBack();
      await expect(page).toHaveURL(/year=2022-23/);
      await expect(year).toHaveValue('2022-23');
      await shown('2022-23');
      await page.goForward();
      await expect(page).toHaveURL(/year=2021-22/);
      await expect(year).toHaveValue('2021-22');
      await shown('2021-22');

      // A step to the year before from the keyboard, beside the select: announced, and Back undoes it.
      await year.focus();
      await page.keyboard.press('Shift+Tab');
      await expect(page.getByRole('button', { name: 'Previous year, 2020-21' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/year=2020-21/);
      await expect(year).toHaveValue('2020-21');
      await shown('2020-21');
      await expect(page.getByRole('status').filter({ hasText: 'Showing 2020-21.' })).toBeAttached();
      await expect(page.getByRole('button', { name: 'Previous year, 2019-20' })).toBeFocused();
      await page.goBack();
      await expect(page).toHaveURL(/year=2021-22/);
      await expect(year).toHaveValue('2021-22');
      await shown('2021-22');
    }
    await checks.narrow?.(page);

    // At desktop width with every disclosure open, so the table alternatives and explanations are checked too.
    await page.setViewportSize({ width: 1280, height: 720 });
    await checks.charts?.(page);
    await openEveryDisclosure(page);
    await expectNoAxeViolations(page, `the ${view} view`);
    await checks.wide?.(page);
    problems.expectNone();
  });
}
