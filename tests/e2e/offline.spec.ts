import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SEED_REPORT_TEXT, trackPageProblems, VIEWS } from './helpers';
import { pdfFromText } from './pdf-fixture';

/** Where playwright.config.ts builds the app for the production project. */
const previewDir = join(import.meta.dirname, '..', '..', process.env.E2E_PREVIEW_DIR ?? 'dist-e2e');

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

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
}

/** Wait until the service worker is installed (everything precached), active and controlling this page. */
async function waitForServiceWorker(page: Page) {
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

async function openView(page: Page, view: (typeof VIEWS)[number][0], heading: string) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: LINKS[view], exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: /Loading / })).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
  await expect(page.getByText(/Could not (load|refresh)/)).toHaveCount(0);
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: button }).first().click()]);
  await expect(page.getByRole('status').filter({ hasText: `Downloaded ${file.suggestedFilename()}` })).toBeVisible();
  return { name: file.suggestedFilename(), body: readFileSync(await file.path()) };
}

test('the service worker precaches every file of the build, source maps apart', () => {
  const worker = readFileSync(join(previewDir, 'sw.js'), 'utf8');
  const files = filesIn(previewDir)
    .map((path) => relative(previewDir, path).split(sep).join('/'))
    .filter((path) => !path.endsWith('.map') && path !== 'sw.js');
  expect(files).toEqual(expect.arrayContaining(['index.html', 'favicon.svg', 'api/areas.json', 'api/reports/2021-22.json']));
  expect(files.some((path) => /^assets\/pdf\.worker\.min-[\w-]+\.mjs$/.test(path))).toBe(true);
  const missing = files.filter((path) => !worker.includes(`"url":"${path}"`));
  expect(missing, 'files of the build that the service worker does not precache').toEqual([]);
});

test('after one visit the whole app works offline: every view, PNG and CSV export, and import', async ({ page, context }) => {
  test.setTimeout(300_000);
  const problems = trackPageProblems(page);
  await page.goto('/?view=compare&year=2021-22');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare areas, 2021-22' })).toBeVisible();
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare areas, 2021-22' })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('text.bar-value-label')).toHaveCount(42);
  // The service worker's own network attempt failed too (really offline), and the page says whose copy it shows.
  await expect(
    page.getByRole('status').filter({ hasText: 'The data service could not be reached, so the figures shown are the copy kept in this browser' }),
  ).toBeVisible();

  for (const [view, heading] of VIEWS) {
    await openView(page, view, heading);
    if (view === 'trends') {
      // The area search box is code loaded on demand (the cause of issue 18's error page).
      await expect(page.getByRole('combobox', { name: 'Areas to draw beside the focus area' })).toBeVisible();
      await expect(page.locator('.recharts-line').first()).toBeVisible();
    }
  }

  await openView(page, 'compare', 'Compare areas, 2021-22');
  const png = await download(page, 'Download PNG');
  expect(png.name).toMatch(/\.png$/);
  expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const csv = await download(page, 'Download CSV');
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.body.toString('utf8')).toContain('west-midlands');

  await openView(page, 'import', 'Import a report');
  await page.getByLabel('Paste the report’s text').fill(SEED_REPORT_TEXT);
  await page.getByRole('button', { name: 'Read the text' }).click();
  const review = page.getByRole('region', { name: 'Check the figures from pasted text' });
  await expect(review.getByText('58 of 58 figures found; 0 not found.')).toBeVisible({ timeout: 30_000 });
  // A PDF too: pdf.js and its worker come from the precache.
  await page.getByLabel('Or choose a file (PDF, text or CSV), or drop it here').setInputFiles({
    name: 'west-midlands-2021-22.pdf',
    mimeType: 'application/pdf',
    buffer: await pdfFromText(SEED_REPORT_TEXT),
  });
  const pdfReview = page.getByRole('region', { name: 'Check the figures from west-midlands-2021-22.pdf' });
  await expect(pdfReview).toBeVisible({ timeout: 30_000 });
  await expect(pdfReview.getByLabel('MAPPA-eligible offenders on 31 March: Total, total')).toHaveValue('5486');

  await context.setOffline(false);
  problems.expectNone();
});

/**
 * A static server of our own, so that a second build can be put on the same origin during the test
 * without touching the preview server other tests use. `next` holds the files the second build changed.
 */
async function serveBuild(dir: string) {
  const next = new Map<string, Buffer>();
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
  };
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const path = normalize(pathname === '/' ? '/index.html' : pathname);
    const file = join(dir, path);
    const found = next.get(path) ?? (file.startsWith(dir) && existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined);
    if (!found) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }).end(found);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, next, close: () => new Promise((resolve) => server.close(resolve)) };
}

test('when a new version is published, the page offers "Reload", which switches to it', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = trackPageProblems(page);
  const server = await serveBuild(previewDir);
  try {
    await page.goto(`${server.origin}/?view=compare&year=2021-22`);
    await expect(page.getByRole('heading', { level: 1, name: 'Compare areas, 2021-22' })).toBeVisible();
    await waitForServiceWorker(page);
    await expect(page.getByRole('button', { name: 'Reload', exact: true })).toHaveCount(0);

    // The second build: one asset changed, so its revision in the service worker's precache list changes too.
    const favicon = readFileSync(join(previewDir, 'favicon.svg'), 'utf8');
    const changed = favicon.replace('</svg>', '<!-- next version --></svg>');
    const md5 = (text: string) => createHash('md5').update(text).digest('hex');
    const worker = readFileSync(join(previewDir, 'sw.js'), 'utf8');
    expect(worker).toContain(`"revision":"${md5(favicon)}","url":"favicon.svg"`);
    server.next.set('/favicon.svg', Buffer.from(changed));
    server.next.set('/sw.js', Buffer.from(worker.replace(`"revision":"${md5(favicon)}"`, `"revision":"${md5(changed)}"`)));

    // The reader comes back later: the browser checks for a new worker on the way in.
    await page.reload();
    const status = page.getByRole('status').filter({ hasText: 'A new version of MAPPA Compare is available.' });
    await expect(status).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('dialog')).toHaveCount(0);
    // Still the old version until the reader says so.
    expect(await page.evaluate(() => fetch('/favicon.svg').then((response) => response.text()))).not.toContain('next version');

    const reload = status.getByRole('button', { name: 'Reload', exact: true });
    await reload.focus();
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), page.keyboard.press('Enter')]);
    await expect(page.getByRole('heading', { level: 1, name: 'Compare areas, 2021-22' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reload', exact: true })).toHaveCount(0);
    expect(await page.evaluate(() => fetch('/favicon.svg').then((response) => response.text()))).toContain('next version');
  } finally {
    await server.close();
  }
  problems.expectNone();
});

test.describe('without a service worker (a first visit cut short)', () => {
  test.use({ serviceWorkers: 'block' });

  test('code that does not arrive offers Try again, never the error page', async ({ page }) => {
    test.setTimeout(180_000);
    // Cut off from the start: the chart asks for the export code once the page is idle (issue 16).
    const exportCode = /\/assets\/figure-export-[\w-]+\.js$/;
    await page.route(exportCode, (route) => route.abort('internetdisconnected'));
    await page.goto('/?view=compare&year=2021-22');
    await expect(page.getByRole('heading', { level: 1, name: 'Compare areas, 2021-22' })).toBeVisible();
    const noErrorPage = () => expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);

    // Issue 18: Trends' area search box is loaded on demand.
    const areaSearch = /\/assets\/area-multi-select-[\w-]+\.js$/;
    await page.route(areaSearch, (route) => route.abort('internetdisconnected'));
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Trends', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load the area search' });
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Trends, 2017-18 to 2023-24' })).toBeVisible();
    await noErrorPage();
    await page.unroute(areaSearch);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('combobox', { name: 'Areas to draw beside the focus area' })).toBeVisible({ timeout: 30_000 });

    const glossary = /\/assets\/glossary-page-[\w-]+\.js$/;
    await page.route(glossary, (route) => route.abort('internetdisconnected'));
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Glossary', exact: true }).click();
    const glossaryAlert = page.getByRole('alert').filter({ hasText: 'Could not load the glossary' });
    await expect(glossaryAlert).toBeVisible({ timeout: 30_000 });
    await noErrorPage();
    await page.unroute(glossary);
    await glossaryAlert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary: what the words mean' })).toBeVisible({ timeout: 30_000 });

    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare areas', exact: true }).click();
    // The preload that failed while the page was idle said nothing: only a download reports it.
    await expect(page.getByText('Could not export')).toHaveCount(0);
    await page.getByRole('button', { name: 'Download PNG' }).first().click();
    await expect(page.getByRole('status').filter({ hasText: 'Could not export: The export code did not arrive (you may be offline).' })).toBeVisible({
      timeout: 30_000,
    });
    await page.unroute(exportCode);
    const png = await download(page, 'Download PNG');
    expect(png.name).toMatch(/\.png$/);
    await noErrorPage();
  });
});
