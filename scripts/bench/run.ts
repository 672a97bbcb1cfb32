/**
 * npm run bench: speed and size goals, measured in headless Chromium against the production build.
 *   - redraw after switching measure, year or comparator group at 42 areas: median ≤ 50 ms
 *   - PNG export of the 42-bar chart: median ≤ 300 ms
 *   - first-load JavaScript (gzip) reported, and import/export code kept out of it
 * Exits non-zero when a budget is missed.
 */
import { execSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';

const root = join(import.meta.dirname, '..', '..');
const outDir = join(root, 'dist-bench');
const port = 4299;
const runs = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Time from a control change until the chart heading shows the new view and a frame is painted. */
async function timeRedraw(page: Page, select: string, value: string, expectedHeading: RegExp): Promise<number> {
  // A string, not a function: tsx would add helpers to a function that the page does not have.
  const script = `(async () => {
    const element = document.querySelector(${JSON.stringify(select)});
    if (!element) throw new Error('no control ${select}');
    const regex = new RegExp(${JSON.stringify(expectedHeading.source)});
    const start = performance.now();
    const done = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const heading = document.querySelector('.chart-figure h2')?.textContent ?? '';
        if (regex.test(heading) && document.querySelectorAll('text.bar-value-label').length > 0) {
          observer.disconnect();
          requestAnimationFrame(() => resolve());
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set;
    setter.call(element, ${JSON.stringify(value)});
    element.dispatchEvent(new Event('change', { bubbles: true }));
    await done;
    return performance.now() - start;
  })()`;
  return page.evaluate(script) as Promise<number>;
}

async function benchRedraws(page: Page) {
  await page.goto(`http://localhost:${port}/?view=compare&year=2021-22`);
  await page.locator('text.bar-value-label').first().waitFor();
  // Warm the cache for every year the benchmark switches to: switching must not refetch.
  for (const year of ['2020-21', '2021-22']) {
    await timeRedraw(page, '#year-select', year, new RegExp(year));
  }
  const results: Record<string, number[]> = { measure: [], year: [], group: [] };
  for (let i = 0; i < runs; i += 1) {
    results.measure?.push(await timeRedraw(page, '#measure-select', i % 2 ? 'total' : 'category1', i % 2 ? /MAPPA-eligible offenders \(all\)/ : /Category 1/));
    results.year?.push(await timeRedraw(page, '#year-select', i % 2 ? '2021-22' : '2020-21', i % 2 ? /2021-22/ : /2020-21/));
    results.group?.push(await timeRedraw(page, '#group-select', i % 2 ? 'all' : 'metropolitan', i % 2 ? /all 42 areas/ : /metropolitan areas/));
  }
  return Object.fromEntries(Object.entries(results).map(([name, values]) => [name, median(values)]));
}

/** PNG export of the 42-bar chart, timed inside the page by the export code's own performance mark. */
async function benchPngExport(page: Page): Promise<number> {
  await page.goto(`http://localhost:${port}/?view=rates&year=2021-22&group=all`);
  await page.locator('text.bar-value-label').first().waitFor();
  const button = page.getByRole('button', { name: 'Download PNG' });
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await Promise.all([page.waitForEvent('download'), button.click()]);
    const last = (await page.evaluate("performance.getEntriesByName('mappa:png-export').map((e) => e.duration)")) as number[];
    const duration = last.at(-1);
    if (duration !== undefined) times.push(duration);
  }
  return median(times);
}

function bundleSizes() {
  const assets = join(outDir, 'assets');
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const initial = files.filter((f) => html.includes(f));
  const gzip = (f: string) => gzipSync(readFileSync(join(assets, f))).length;
  return {
    firstLoadGzipKb: Math.round(initial.reduce((s, f) => s + gzip(f), 0) / 1024),
    lazyChunks: files.filter((f) => !initial.includes(f)).map((f) => `${f} (${Math.round(statSync(join(assets, f)).size / 1024)} kB)`),
  };
}

async function main() {
  execSync(`npx vite build --outDir ${outDir} --emptyOutDir --logLevel warn`, { cwd: root, stdio: 'inherit' });
  const server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'], { cwd: root, stdio: 'ignore' });
  try {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    const redraws = await benchRedraws(page);
    const png = await benchPngExport(page);
    await browser.close();
    const sizes = bundleSizes();
    const failures: string[] = [];
    console.log('Redraw after a switch, median of', runs, 'runs (budget 50 ms):');
    for (const [name, ms] of Object.entries(redraws)) {
      console.log(`  ${name.padEnd(8)} ${ms.toFixed(1)} ms`);
      if (ms > 50) failures.push(`${name} redraw ${ms.toFixed(1)} ms > 50 ms`);
    }
    console.log(`PNG export of the 42-bar chart, median of ${runs} (budget 300 ms): ${png.toFixed(1)} ms`);
    if (!(png <= 300)) failures.push(`PNG export ${png.toFixed(1)} ms > 300 ms`);
    console.log(`First-load JavaScript: ${sizes.firstLoadGzipKb} kB gzip`);
    console.log(`Lazy chunks: ${sizes.lazyChunks.join(', ')}`);
    if (failures.length > 0) {
      console.error(`Budgets missed:\n  ${failures.join('\n  ')}`);
      process.exitCode = 1;
    }
  } finally {
    server.kill();
  }
}

void main();
