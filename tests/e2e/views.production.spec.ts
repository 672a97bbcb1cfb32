import { expect, test, type Page } from '@playwright/test';
import {
  download,
  expectNoSidewaysScroll,
  loadingStatus,
  openEveryDisclosure,
  PNG_SIGNATURE,
  SEED_REPORT_TEXT,
  VIEWS,
  waitForServiceWorker,
  watchProductionPage,
} from './helpers';
import { pdfFromText } from './pdf-fixture';

// Each view once on the production build, as users get it: after one visit the service worker has
// everything, so the whole pass runs offline. Each view is reached by its link (its code loads in
// place) and by its address (a reload from the precache), with every disclosure open, Back and
// Forward, and a 320 px screen; nothing breaks the Content-Security-Policy, logs an error or asks
// another host. Axe and each chart's layouts are checked on the dev server (views.spec.ts).

/** The navigation link of each view of VIEWS. */
const LINKS: Record<(typeof VIEWS)[number][0], string> = {
  summary: 'Area summary',
  compare: 'Compare areas',
  map: 'Map',
  levels: 'Levels and categories',
  recalls: 'Recalls',
  rates: 'RSOs per 100,000',
  trends: 'Trends',
  funnel: 'Funnel plot',
  tables: 'Report tables',
  glossary: 'Glossary',
  import: 'Import',
};

/** What each view must still do offline, beyond showing itself. */
const OFFLINE_CHECKS: Partial<Record<string, (page: Page) => Promise<void>>> = {
  compare: async (page) => {
    await expect(page.locator('text.bar-value-label')).toHaveCount(42);
    // The export code comes from the precache too.
    const png = await download(page, 'Download PNG', { confirmed: true });
    expect(png.name).toMatch(/\.png$/);
    expect([...png.body.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const csv = await download(page, 'Download CSV', { confirmed: true });
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.body.toString('utf8')).toContain('west-midlands');
  },
  trends: async (page) => {
    // The area search box is code loaded on demand (the cause of issue 18's error page).
    await expect(page.getByRole('combobox', { name: 'Areas to draw beside the focus area' })).toBeVisible();
    await expect(page.locator('.recharts-line').first()).toBeVisible();
  },
  tables: async (page) => {
    // The static files' figures, with no MSW.
    await expect(page.getByRole('table', { name: /MAPPA-eligible offenders on 31 March 2022/ }).getByRole('row', { name: /^Total/ })).toContainText('5,486');
  },
  import: async (page) => {
    await page.getByLabel('Paste the report’s text').fill(SEED_REPORT_TEXT);
    await page.getByRole('button', { name: 'Read the text' }).click();
    const review = page.getByRole('region', { name: 'Check the figures from pasted text' });
    await expect(review.getByText('58 of 58 figures found; 0 not found.')).toBeVisible({ timeout: 30_000 });
    // A PDF too: pdf.js and its worker (a file of our own) come from the precache.
    await page.getByLabel('Or choose a file (PDF, text or CSV), or drop it here').setInputFiles({
      name: 'west-midlands-2021-22.pdf',
      mimeType: 'application/pdf',
      buffer: await pdfFromText(SEED_REPORT_TEXT),
    });
    const pdfReview = page.getByRole('region', { name: 'Check the figures from west-midlands-2021-22.pdf' });
    await expect(pdfReview).toBeVisible({ timeout: 30_000 });
    await expect(pdfReview.getByLabel('MAPPA-eligible offenders on 31 March: Total, total')).toHaveValue('5486');
  },
};

/** The view is on screen, whole: its heading, no loading status, no error page, no failed load. */
async function expectShown(page: Page, heading: string) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 30_000 });
  await expect(loadingStatus(page)).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
  await expect(page.getByText(/Could not (load|refresh)/)).toHaveCount(0);
}

test('every view after one visit, offline: by link and by address, Back and Forward, 320 px, under the policy', async ({ page, context }) => {
  test.setTimeout(300_000);
  const watcher = await watchProductionPage(page);
  await page.goto('/?year=2021-22');
  await expect(page.getByRole('heading', { level: 1, name: VIEWS[0][1] })).toBeVisible();
  // The app's own service worker (sw.js, for offline use) is registered; MSW's never is.
  // Read once a worker is active: while one installs, a registration can briefly hold no worker.
  const workers = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    return (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.active?.scriptURL ?? 'no active worker');
  });
  expect(workers.filter((url) => !url.endsWith('/sw.js'))).toEqual([]);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expectShown(page, VIEWS[0][1]);
  // The service worker's own network attempt failed too (really offline), and the page says whose copy it shows.
  await expect(
    page.getByRole('status').filter({ hasText: 'The data service could not be reached, so the figures shown are the copy kept in this browser' }),
  ).toBeVisible();

  let previous: string | undefined;
  for (const [view, heading] of VIEWS) {
    await test.step(view, async () => {
      if (previous !== undefined) {
        // By its link: the view's code loads in place and its heading takes focus.
        await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: LINKS[view], exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused({ timeout: 30_000 });
      }
      await expect(page).toHaveTitle(`${heading} – MAPPA Compare`);
      await expectShown(page, heading);
      await openEveryDisclosure(page);
      await page.setViewportSize({ width: 320, height: 800 });
      await expectNoSidewaysScroll(page, `${view} at 320 px with every disclosure open`);
      await page.setViewportSize({ width: 1280, height: 720 });
      await OFFLINE_CHECKS[view]?.(page);

      // By its address, from the precache.
      await page.reload();
      await expectShown(page, heading);
      if (previous !== undefined) {
        await page.goBack();
        await expectShown(page, previous);
        await page.goForward();
        await expectShown(page, heading);
      }
    });
    previous = heading;
  }

  await context.setOffline(false);
  watcher.expectNone();
});
