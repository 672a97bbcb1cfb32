import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { VIEW_IDS, type ViewId } from '../../src/shared/view/view-ids';

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
 */
export async function expectNoAxeViolations(page: Page, what = 'the page') {
  const { violations: wcag } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const { violations: landmarks } = await new AxeBuilder({ page }).withRules(AXE_BEST_PRACTICE_RULES).analyze();
  const violations = [...wcag, ...landmarks];
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

/** The heading each view shows for West Midlands 2021-22 (the default focus area, on its latest year with published figures in the fixtures). */
const HEADINGS: Record<ViewId, string> = {
  summary: 'West Midlands: key figures, 2021-22',
  compare: 'Compare areas, 2021-22',
  map: 'Map of the areas, 2021-22',
  levels: 'Levels and categories, 2021-22',
  recalls: 'Returned to custody, 2021-22',
  rates: 'Registered sexual offenders per 100,000 population, 2021-22',
  trends: 'Trends, 2017-18 to 2023-24',
  funnel: 'Funnel plot, 2021-22',
  tables: 'West Midlands: report tables, 2021-22',
  glossary: 'Glossary: what the words mean',
  import: 'Import a report',
};

/** Every view, in navigation order (VIEW_IDS, which the registry is checked against), with its heading. */
export const VIEWS = VIEW_IDS.map((id) => [id, HEADINGS[id]] as const);

/** The West Midlands 2021-22 annual report as text, as a user would paste it. */
export const SEED_REPORT_TEXT = readFileSync(
  join(import.meta.dirname, '..', '..', 'mocks', 'sources', 'west-midlands-mappa-annual-report-2021-22.txt'),
  'utf8',
);
