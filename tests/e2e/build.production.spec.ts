import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { download, trackPageProblems, VIEWS, waitForServiceWorker } from './helpers';

// What the production build is: its files, its service worker, its static API, its policy, and
// how it behaves when code does not arrive. Every view on it, offline: views.production.spec.ts;
// its downloads: exports.production.spec.ts.

/** Where playwright.config.ts builds the app for the production project. */
const previewDir = join(import.meta.dirname, '..', '..', process.env.E2E_PREVIEW_DIR ?? 'dist-e2e');

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
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

test('the static API answers the documented contract as files', async ({ request }) => {
  const years = await (await request.get('/api/years.json')).json();
  expect(years.years).toContain('2021-22');
  const wm = await (await request.get('/api/areas/west-midlands/reports.json')).json();
  expect(wm.reports).toHaveLength(7);
});

test('the production bundle contains no MSW code, and serves no MSW worker', async ({ request }) => {
  const assets = join(previewDir, 'assets');
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const name of scripts) {
    const code = readFileSync(join(assets, name), 'utf8');
    expect(code, name).not.toMatch(/mockServiceWorker|setupWorker|MSW_COOKIE|\[MSW\]/);
  }
  expect(readdirSync(join(assets, '..'))).not.toContain('mockServiceWorker.js');
  const mswAsset = await request.get('/mockServiceWorker.js');
  expect(await mswAsset.text()).not.toContain('Mock Service Worker');
});

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

test('the style sheet is inline, allowed by its own hash and nothing looser', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
  expect(styles, 'inline style sheets').toHaveLength(1);
  expect(html).not.toMatch(/<link rel="stylesheet"/);
  const styleSrc = /style-src ([^;"]+)/.exec(html)?.[1]?.trim().split(/\s+/);
  const hash = `'sha256-${createHash('sha256')
    .update(styles[0] ?? '')
    .digest('base64')}'`;
  expect(styleSrc).toEqual(["'self'", hash]);
});

test('with JavaScript off, index.html alone shows the product name, the navigation and the loading skeleton', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/?view=compare');
  await expect(page.getByRole('link', { name: 'MAPPA Compare' })).toBeVisible();
  const views = page.getByRole('navigation', { name: 'Views' }).getByRole('list').getByRole('link');
  await expect(views).toHaveCount(VIEWS.length);
  await expect(views.filter({ hasText: 'Compare areas' })).toHaveAttribute('href', /view=compare/);
  await expect(page.getByRole('status').filter({ hasText: 'Loading the list of areas' })).toBeVisible();
  await expect(page.locator('.skeleton-bar').first()).toBeVisible();
  // The style sheet came with the HTML: the header has its colour without any other request.
  await expect(page.locator('.site-header')).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await context.close();
});

test('with JavaScript off on a phone, the Menu opens the list of views', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  await page.goto('/?view=compare');
  const views = page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare areas' });
  await expect(views).toBeHidden();
  await page.getByRole('link', { name: 'Menu' }).click();
  await expect(views).toBeVisible();
  await context.close();
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
    await expect(page.getByRole('heading', { level: 1, name: 'Trends, 2017-18 to 2024-25' })).toBeVisible();
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
    const png = await download(page, 'Download PNG', { confirmed: true });
    expect(png.name).toMatch(/\.png$/);
    await noErrorPage();
  });
});
