import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { VIEW_IDS, ViewId } from '../../src/shared/view/view-ids';

/** Collect console errors, page errors and requests to any host but the app's own. */
export function trackPageProblems(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      problems.push(`request to another host: ${request.url()}`);
    }
  });
  return {
    problems,
    expectNone: () => expect(problems).toEqual([]),
  };
}

/** The WCAG 2.2 AA rule set the app is held to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Best-practice rules checked as well: screen-reader users move by landmark, so each needs its own name. */
export const AXE_BEST_PRACTICE_RULES = ['landmark-unique', 'landmark-one-main', 'landmark-no-duplicate-main'];

/**
 * Run axe-core on the page as it is now and fail with a readable list of what is wrong: rule,
 * impact, help text and link, then each offending element (CSS path) with axe's own summary.
 * One run checks both sets: the WCAG tags, and the best-practice rules switched on by name (axe runs
 * a rule enabled in `rules` whatever its tags), so axe is injected and run once, not twice. Legacy
 * mode runs axe in the page itself instead of finishing in a second, blank page: the same rules and
 * results, one page fewer per run; what it gives up is cross-origin frames, and the app has none.
 */
export async function expectNoAxeViolations(page: Page, what = 'the page') {
  const { violations } = await new AxeBuilder({ page })
    .options({
      runOnly: { type: 'tag', values: AXE_TAGS },
      rules: Object.fromEntries(AXE_BEST_PRACTICE_RULES.map((rule) => [rule, { enabled: true }])),
    })
    .setLegacyMode()
    .analyze();
  const report = violations
    .map((violation) =>
      [
        `${violation.id} [${violation.impact ?? 'no impact given'}]: ${violation.help}`,
        `  ${violation.helpUrl}`,
        ...violation.nodes.slice(0, 5).map((node) => `  - ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
        ...(violation.nodes.length > 5 ? [`  … and ${violation.nodes.length - 5} more elements`] : []),
      ].join('\n'),
    )
    .join('\n\n');
  expect(
    violations.map((violation) => `${violation.id}: ${violation.nodes.length} element(s)`),
    `axe found accessibility violations on ${what}:\n\n${report}\n`,
  ).toEqual([]);
}

/**
 * Collect Content-Security-Policy violations (the `securitypolicyviolation` event) from the
 * moment each document starts. Call before `page.goto`.
 */
export async function trackCspViolations(page: Page) {
  const violations: string[] = [];
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} (${event.disposition})`);
    });
  });
  return {
    violations,
    expectNone: () => expect(violations).toEqual([]),
  };
}

/** One [id, heading] for each id of VIEW_IDS, in its order. */
type ViewsWithHeadings<Ids extends readonly ViewId[]> = { readonly [I in keyof Ids]: readonly [Ids[I], string] };

/**
 * Every view with the heading it shows for West Midlands 2021-22 (the default focus area, on its
 * latest year with published figures in the fixtures), in navigation order: TypeScript holds the
 * list to VIEW_IDS, which the registry is checked against, so a new view is walked by every spec.
 */
export const VIEWS = [
  ['summary', 'West Midlands: key figures, 2021-22'],
  ['compare', 'Compare areas, 2021-22'],
  ['map', 'Map of the areas, 2021-22'],
  ['levels', 'Levels and categories, 2021-22'],
  ['recalls', 'Returned to custody, 2021-22'],
  ['rates', 'Registered sexual offenders per 100,000 population, 2021-22'],
  ['trends', 'Trends, 2017-18 to 2024-25'],
  ['funnel', 'Funnel plot, 2021-22'],
  ['tables', 'West Midlands: report tables, 2021-22'],
  ['glossary', 'Glossary: what the words mean'],
  ['import', 'Import a report'],
] as const satisfies ViewsWithHeadings<typeof VIEW_IDS>;

/** The West Midlands 2021-22 annual report as text, as a user would paste it. */
export const SEED_REPORT_TEXT = readFileSync(
  join(import.meta.dirname, '..', '..', 'mocks', 'sources', 'west-midlands-mappa-annual-report-2021-22.txt'),
  'utf8',
);

/** The status a view shows while its reports are on their way. */
export const loadingStatus = (page: Page) => page.getByRole('status').filter({ hasText: /Loading / });

/**
 * Open every disclosure, so that table alternatives and explanations are on screen too. A
 * disclosure's content can hold another, drawn once it opens: open until none is left closed.
 */
export async function openEveryDisclosure(page: Page) {
  const closed = page.locator('details:not([open]) > summary');
  for (let opened = 0; opened < 50 && (await closed.count()) > 0; opened += 1) await closed.first().click();
  await expect(page.locator('details:not([open])')).toHaveCount(0);
}

/**
 * The page does not scroll sideways (WCAG 1.4.10, reflow at 320 px). Charts measure their box after
 * a resize, so this waits for the layout to settle rather than reading it once.
 */
export async function expectNoSidewaysScroll(page: Page, what: string) {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), {
      message: `${what} scrolls sideways (pixels wider than the screen)`,
    })
    .toBeLessThanOrEqual(0);
}

/** Wait until the service worker is installed (everything precached), active and controlling this page. */
export async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'no controller'), {
      timeout: 60_000,
      message: 'the service worker controls the page',
    })
    .toBe('activated');
}

/**
 * For the production build: console errors, page errors, Content-Security-Policy violations, and
 * any request that is not to the app's own origin. Call before `page.goto`.
 */
export async function watchProductionPage(page: Page) {
  const problems = trackPageProblems(page);
  const csp = await trackCspViolations(page);
  const origin = new URL(test.info().project.use.baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
  });
  return {
    expectNone: () => {
      expect.soft(csp.violations, 'Content-Security-Policy violations').toEqual([]);
      expect.soft(problems.problems, 'console errors, page errors and requests to other hosts').toEqual([]);
      expect(foreign, `requests to anywhere but ${origin}`).toEqual([]);
    },
  };
}

/** The first eight bytes of every PNG file. */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Click a download button (the first of that name within `scope`) and read the file. With
 * `confirmed`, also wait for the page's own "Downloaded <file name>" status.
 */
export async function download(scope: Page | Locator, button: string, { confirmed = false, timeout = 60_000 } = {}) {
  const page = 'goto' in scope ? scope : scope.page();
  const [file] = await Promise.all([page.waitForEvent('download', { timeout }), scope.getByRole('button', { name: button }).first().click()]);
  const name = file.suggestedFilename();
  if (confirmed) await expect(page.getByRole('status').filter({ hasText: `Downloaded ${name}` })).toBeVisible();
  return { name, body: readFileSync(await file.path()) };
}

/** Hertfordshire 2022-23's category 1 figure, where two published sources disagree, in its region's ranked bars. */
export const HERTS_COMPARE = '/?view=compare&year=2022-23&area=hertfordshire&measure=category1&group=region';
/** The chart note that says which of the two Hertfordshire figures is used, and why. */
export const HERTS_NOTE =
  /Hertfordshire 2022-23: published sources disagree: 816 \(LBC 2024-01-30\) or 987 \(The Comet: How many registered sex offenders in Herts\)\. 816 is used because/;

/** What makes focus visible: outline, box-shadow, background, border and underline. */
export async function focusStyle(locator: Locator) {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      outline:
        style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0 ? 'none' : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
      background: style.backgroundColor,
      border: `${style.borderTopColor} ${style.borderTopWidth}`,
      textDecoration: style.textDecorationLine,
    };
  });
}

export type FocusStyle = Awaited<ReturnType<typeof focusStyle>>;

/**
 * The focused element is on screen and looks different from how it looked unfocused: a
 * visible outline of at least 2 px, or a changed box-shadow or background.
 */
export async function expectVisibleFocus(target: Locator, resting: FocusStyle, what: string) {
  const focusedElement = () =>
    target.evaluate((element) => {
      const active = document.activeElement;
      if (active === element) return 'the expected element';
      if (!active || active === document.body) return 'nothing (the page body): focus was lost';
      return `<${active.tagName.toLowerCase()}> “${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 60)}”`;
    });
  await expect.poll(focusedElement, `${what} has focus`).toBe('the expected element');
  await expect(target, `${what} is visible`).toBeVisible();
  await expect(target, `${what} is scrolled into view`).toBeInViewport();
  const focused = await focusStyle(target);
  const outlineWidth = focused.outline === 'none' ? 0 : parseFloat(focused.outline.split(' ')[1] ?? '0');
  const indicated = outlineWidth >= 2 || (focused.boxShadow !== 'none' && focused.boxShadow !== resting.boxShadow) || focused.background !== resting.background;
  expect(indicated, `${what} shows a focus indicator (unfocused ${JSON.stringify(resting)}, focused ${JSON.stringify(focused)})`).toBe(true);
}

/** Press Tab (or Shift+Tab) until the target has focus, then check the focus can be seen. */
export async function tabTo(page: Page, target: Locator, what: string, { backwards = false, max = 40 } = {}) {
  await expect(target).toBeVisible();
  const resting = await focusStyle(target);
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((element) => element === document.activeElement)) {
      await expectVisibleFocus(target, resting, what);
      return resting;
    }
  }
  throw new Error(`${what} was not reached with ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

/** The first screens a chart must start in (issue 29): two common laptop screens and a phone. */
export const FIRST_SCREENS = [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 375, height: 812 },
] as const;

/**
 * How much of a chart must show above the fold at least (all of it if it is shorter): its key
 * and first bars, tiles or points; of that, the drawing itself (below its key) at least
 * DRAWING_START px.
 */
const CHART_START = 200;
const DRAWING_START = 100;

type Screen = (typeof FIRST_SCREENS)[number];

/**
 * At `screen`, scrolled to the top, the view's first figure starts in the first screen, with no
 * scrolling: a chart's title whole, its chart (the one image of key and drawing) from its top edge
 * down CHART_START px, of which the drawing (the largest SVG) at least DRAWING_START px, at full
 * width. The area summary leads with its profile (spine chart), checked the same way.
 */
export async function expectChartInFirstScreen(page: Page, screen: Screen, what: string) {
  await page.setViewportSize(screen);
  await page.evaluate(() => window.scrollTo(0, 0));
  const where = () =>
    page.evaluate(
      ({ chartStart, drawingStart, width, height }) => {
        const title = document.querySelector('.chart-figure h2')?.getBoundingClientRect();
        const chart = document.querySelector('.chart-figure .chart-area')?.getBoundingClientRect();
        const drawings = [...document.querySelectorAll('.chart-figure .chart-area svg')].map((svg) => svg.getBoundingClientRect());
        const drawing = drawings.sort((a, b) => b.width * b.height - a.width * a.height)[0];
        if (!title || !chart || !drawing || drawing.height === 0) return 'no chart title or drawing yet';
        const shown = (box: DOMRect) => Math.round(Math.min(height, box.bottom) - box.top);
        const problems = [
          ...(window.scrollY !== 0 ? [`scrolled ${window.scrollY} px`] : []),
          ...(title.top < 0 || title.bottom > height ? [`title at ${Math.round(title.top)}-${Math.round(title.bottom)} px`] : []),
          ...(chart.top < 0 || shown(chart) < Math.min(chartStart, chart.height)
            ? [`chart from ${Math.round(chart.top)} px, ${shown(chart)} px of ${Math.round(chart.height)} shown`]
            : []),
          ...(shown(drawing) < Math.min(drawingStart, drawing.height)
            ? [`its drawing from ${Math.round(drawing.top)} px, ${shown(drawing)} px of ${Math.round(drawing.height)} shown`]
            : []),
          ...(drawing.left < 0 || drawing.right > width ? [`its drawing across ${Math.round(drawing.left)}-${Math.round(drawing.right)} px`] : []),
        ];
        return problems.length === 0 ? 'in the first screen' : problems.join('; ');
      },
      { chartStart: CHART_START, drawingStart: DRAWING_START, ...screen },
    );
  await expect
    .poll(where, {
      message: `${what} at ${screen.width}×${screen.height}: its title, the top ${CHART_START} px of its chart and ${DRAWING_START} px of its drawing in the first screen`,
    })
    .toBe('in the first screen');
}

/** On a narrow screen a view's options fold to one button: open them (nothing to do where they show). */
export async function openChartOptions(page: Page) {
  const toggle = page.locator('form.view-options .options-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(page.locator('form.view-options .view-options-fields')).toBeVisible();
}
