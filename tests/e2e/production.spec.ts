import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { trackCspViolations, trackPageProblems, VIEWS, SEED_REPORT_TEXT } from './helpers';
import { pdfFromText } from './pdf-fixture';

/** Where playwright.config.ts builds the app for the production project. */
const previewDir = join(import.meta.dirname, '..', '..', process.env.E2E_PREVIEW_DIR ?? 'dist-e2e');

test('the static production build shows the data without MSW', async ({ page }) => {
  const problems = trackPageProblems(page);
  await page.goto('/?view=tables&year=2021-22');
  await expect(page.getByRole('table', { name: /MAPPA-eligible offenders on 31 March 2022/ }).getByRole('row', { name: /^Total/ })).toContainText('5,486');
  // The app's own service worker (sw.js, for offline use) is registered; MSW's never is.
  // Read once a worker is active: while one installs, a registration can briefly hold no worker.
  const workers = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    return (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.active?.scriptURL ?? 'no active worker');
  });
  expect(workers.filter((url) => !url.endsWith('/sw.js'))).toEqual([]);
  const mswAsset = await page.request.get('/mockServiceWorker.js');
  expect(await mswAsset.text()).not.toContain('Mock Service Worker');
  problems.expectNone();
});

test('the static API answers the documented contract as files', async ({ request }) => {
  const years = await (await request.get('/api/years.json')).json();
  expect(years.years).toContain('2021-22');
  const wm = await (await request.get('/api/areas/west-midlands/reports.json')).json();
  expect(wm.reports).toHaveLength(7);
});

test('the production bundle contains no MSW code', () => {
  const assets = join(previewDir, 'assets');
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const name of scripts) {
    const code = readFileSync(join(assets, name), 'utf8');
    expect(code, name).not.toMatch(/mockServiceWorker|setupWorker|MSW_COOKIE|\[MSW\]/);
  }
  expect(readdirSync(join(assets, '..'))).not.toContain('mockServiceWorker.js');
});

test.describe('security', () => {
  /** Console errors, page errors, CSP violations, and any request that is not to the app's own origin. */
  async function watch(page: Page) {
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

  async function downloadFrom(page: Page, button: string) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).first().click()]);
    await expect(page.getByRole('status').filter({ hasText: `Downloaded ${file.suggestedFilename()}` })).toBeVisible();
    return { name: file.suggestedFilename(), body: readFileSync(await file.path()) };
  }

  test('index.html carries a strict Content-Security-Policy and no inline script', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const match = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(match, 'the CSP <meta> element').not.toBeNull();
    const directives = new Map(
      (match?.[1] ?? '').split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    expect(directives.get('script-src')).not.toContain("'unsafe-eval'");
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toContain("'self'");
    // The policy only covers what comes after it: it must precede every script and style sheet.
    const metaAt = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(metaAt).toBeLessThan(html.search(/<script|<link rel="(stylesheet|modulepreload)"/));
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+="/);
  });

  test('every view loads with no CSP violation, console error or foreign request', async ({ page }) => {
    const watcher = await watch(page);
    for (const [view, heading] of VIEWS) {
      await page.goto(`/?view=${view}&year=2021-22`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /Loading / })).toHaveCount(0);
      for (const summary of await page.locator('details > summary').all()) await summary.click();
    }
    // Moving between views in place loads each view's code on first use.
    await page.goto('/?year=2021-22');
    for (const [view, heading] of VIEWS) {
      const link = page
        .getByRole('navigation', { name: 'Views' })
        .getByRole('link')
        .nth(VIEWS.findIndex(([id]) => id === view));
      await link.click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    }
    watcher.expectNone();
  });

  test('PNG, SVG and CSV downloads and print work under the policy', async ({ page }) => {
    const watcher = await watch(page);
    await page.goto('/?view=rates&year=2021-22');
    await expect(page.locator('text.bar-value-label')).toHaveCount(42);

    const png = await downloadFrom(page, 'Download PNG');
    expect(png.name).toBe('mappa-rsos-per-100k-2021-22-west-midlands-vs-42-areas.png');
    expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // The chart really was drawn (a policy that blocked its styles or images would leave it blank).
    const inked = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) return 0;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128 && (data[i + 1] ?? 255) < 160) dark += 1;
      return dark / (bitmap.width * bitmap.height);
    }, png.body.toString('base64'));
    expect(inked).toBeGreaterThan(0.01);

    const svg = await downloadFrom(page, 'Download SVG');
    expect(svg.name).toMatch(/\.svg$/);
    expect(svg.body.toString('utf8')).toContain('<svg');

    const csv = await downloadFrom(page, 'Download CSV');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.body.toString('utf8')).toContain('west-midlands');

    // Print: the print style sheet applies and the table alternatives open.
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
    await expect(page.locator('.chart-area svg.recharts-surface')).toBeVisible();
    await expect(page.locator('details.chart-table-disclosure[open]').first()).toBeAttached();
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    watcher.expectNone();
  });

  test('the import page reads a pasted report and a PDF under the policy', async ({ page }) => {
    const watcher = await watch(page);
    await page.goto('/?view=import');
    await expect(page.getByRole('heading', { level: 1, name: 'Import a report' })).toBeVisible();
    await page.getByLabel('Paste the report’s text').fill(SEED_REPORT_TEXT);
    await page.getByRole('button', { name: 'Read the text' }).click();
    const review = page.getByRole('region', { name: 'Check the figures from pasted text' });
    await expect(review.getByText('58 of 58 figures found; 0 not found.')).toBeVisible();

    // A PDF goes through pdf.js and its worker, a file of our own.
    await page.getByLabel('Or choose a file (PDF, text or CSV), or drop it here').setInputFiles({
      name: 'west-midlands-2021-22.pdf',
      mimeType: 'application/pdf',
      buffer: await pdfFromText(SEED_REPORT_TEXT),
    });
    const pdfReview = page.getByRole('region', { name: 'Check the figures from west-midlands-2021-22.pdf' });
    await expect(pdfReview).toBeVisible({ timeout: 20_000 });
    await expect(pdfReview.getByLabel('MAPPA-eligible offenders on 31 March: Total, total')).toHaveValue('5486');
    watcher.expectNone();
  });
});
