/**
 * npm run bench: speed, size, memory and Lighthouse goals of the production build, measured in one
 * run in headless Chromium against the app and a bare baseline page (bench/baseline/), printed as
 * one table and written to bench/results.json. Exits 1 when a goal is missed or a measurement could
 * not be taken (after writing the results). README.md, "Performance", explains every number.
 *
 * Settings (environment): BENCH_PORT (default 4310; the baseline uses the next port),
 * BENCH_LOADS (cold loads per page, 10), BENCH_SWITCHES (50), BENCH_LIGHTHOUSE_RUNS (3 per preset),
 * CHROMIUM_PATH (/usr/bin/chromium).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import type { PreviewServer } from 'vite';
import { areasResponseSchema, type Area } from '../src/features/areas/area-schema.ts';
import { comparatorGroup, type ComparatorGroupId } from '../src/features/areas/comparator-groups.ts';
import { MEASURES, type MeasureId } from '../src/features/comparison/measures.ts';
import { buildTarget, previewTarget, repoRoot, type Target } from './build.ts';
import { BUNDLE_BUDGET_FACTOR, formatKb, gzipSize } from './bundle-size.ts';
import { checkStartupJs, readBuiltPage, type BuiltPage } from './startup-js.ts';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.ts';
import { LIGHTHOUSE_CATEGORIES, runLighthouse, type LighthousePreset, type LighthouseResult } from './lighthouse.ts';
import { FIRST_CHART_TIME, PNG_EXPORT_TIMES, firstChartDetector, timeSwitchScript, type SwitchSpec } from './page-scripts.ts';
import { errorRow, goalRow, infoRow, markdownTable, median, megabytes, ms, percent, ratio, score, type Row } from './report.ts';
import { apiRouteHandler, syntheticApiFiles } from './synthetic-api.ts';

const env = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const PORT = env('BENCH_PORT', 4310);
const LOADS = env('BENCH_LOADS', 10);
const SWITCHES = env('BENCH_SWITCHES', 50);
const LIGHTHOUSE_RUNS = env('BENCH_LIGHTHOUSE_RUNS', 3);
const HEAP_EARLY = 10;
const HEAP_LATE = 200;
const PNG_RUNS = 15;
const YEAR = '2021-22';
const OTHER_YEAR = '2020-21';
const SYNTHETIC_COPIES = 10;

const OUT_DIRS: Record<Target, string> = { app: 'dist-bench', baseline: 'dist-bench-baseline' };
const fixturesDir = join(repoRoot, 'mocks', 'fixtures');
const resultsFile = join(repoRoot, 'bench', 'results.json');

/** The compare view's default chart: registered sexual offenders per 100,000, all 42 areas. */
const APP_CHART_PATH = `/?view=compare&year=${YEAR}&group=all&measure=rsoPer100k`;
const PNG_PATH = `/?view=rates&year=${YEAR}&group=all`;

const GOALS = {
  firstChartRatio: 1.2,
  switch42: 50,
  switch420: 150,
  png: 300,
  heapGrowth: 0.1,
  lighthouse: 95,
};

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

async function step<T>(name: string, run: () => Promise<T>, errors: Record<string, string>): Promise<T | undefined> {
  const started = Date.now();
  log(`${name}…`);
  try {
    const result = await run();
    log(`${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`${name} FAILED: ${message}`);
    errors[name] = message.split('\n')[0] ?? message;
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Measurements in the browser

interface FirstChart {
  medianMs: number;
  samplesMs: number[];
  /** Requests of the last load: path, start and end in ms since navigation start. */
  waterfall: [string, number, number][];
  /** Gzip size of all JavaScript the last load fetched, initial and lazy, before its chart was drawn. */
  jsGzipBytesBeforeChart?: number;
}

/** Sum the gzip sizes of the build's JS files a load requested before `untilMs`. */
function jsBeforeChart(outDir: string, waterfall: [string, number, number][], untilMs: number): number {
  return waterfall
    .filter(([path, start]) => /\.m?js$/.test(path) && start <= untilMs)
    .reduce((sum, [path]) => sum + gzipSize(readFileSync(join(repoRoot, outDir, path))), 0);
}

/** Each request the page made, from resource timing. */
const WATERFALL = `[performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]
  .map((entry) => [new URL(entry.name).pathname, Math.round(entry.startTime), Math.round(entry.responseEnd)])`;

/** Cold loads, each in a fresh browser context (empty cache), app and baseline interleaved. */
async function measureFirstCharts(browser: Browser, urls: Record<Target, string>, bars: number): Promise<Record<Target, FirstChart>> {
  const samples: Record<Target, number[]> = { app: [], baseline: [] };
  const waterfalls: Record<Target, [string, number, number][]> = { app: [], baseline: [] };
  const load = async (target: Target) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    try {
      await context.addInitScript(firstChartDetector(bars));
      const page = await context.newPage();
      await page.goto(urls[target], { waitUntil: 'commit' });
      const time = (await page.evaluate(FIRST_CHART_TIME)) as number;
      waterfalls[target] = (await page.evaluate(WATERFALL)) as [string, number, number][];
      return time;
    } finally {
      await context.close();
    }
  };
  // One discarded load of each first: the browser's own start-up is not the page's.
  await load('app');
  await load('baseline');
  for (let i = 0; i < LOADS; i += 1) {
    for (const target of i % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const)) {
      samples[target].push(await load(target));
    }
  }
  const result = (target: Target): FirstChart => ({
    medianMs: median(samples[target]),
    samplesMs: samples[target].map((sample) => Math.round(sample)),
    waterfall: waterfalls[target],
    jsGzipBytesBeforeChart: jsBeforeChart(OUT_DIRS[target], waterfalls[target], samples[target].at(-1) ?? Infinity),
  });
  return { app: result('app'), baseline: result('baseline') };
}

type SwitchKind = 'measure' | 'year' | 'group';

/** The changes the switch and heap benchmarks make, in a cycle that keeps measure and year changes at all areas. */
function switchCycle(areas: Area[]): { kind: SwitchKind; spec: SwitchSpec }[] {
  const focus = areas.find((area) => area.id === 'west-midlands') ?? areas.find((area) => area.kind === 'area');
  if (!focus) throw new Error('no areas');
  const group = (id: ComparatorGroupId) => comparatorGroup(areas, id, focus);
  const all = group('all');
  const metropolitan = group('metropolitan');
  const measure = (id: MeasureId): { kind: SwitchKind; spec: SwitchSpec } => ({
    kind: 'measure',
    spec: { select: '#measure-select', value: id, heading: `${MEASURES[id].label}:`, bars: all.areaIds.length },
  });
  const year = (value: string): { kind: SwitchKind; spec: SwitchSpec } => ({
    kind: 'year',
    spec: { select: '#year-select', value, heading: value, bars: all.areaIds.length },
  });
  const toGroup = (id: ComparatorGroupId): { kind: SwitchKind; spec: SwitchSpec } => ({
    kind: 'group',
    spec: { select: '#group-select', value: id, heading: `compared with ${group(id).label}`, bars: group(id).areaIds.length },
  });
  if (metropolitan.areaIds.length === 0) throw new Error('no metropolitan areas to switch to');
  // Starting from rsoPer100k, YEAR, all: one round brings every control back to where it began.
  return [
    measure('total'),
    year(OTHER_YEAR),
    toGroup('metropolitan'),
    toGroup('all'),
    measure('rsoPer100k'),
    year(YEAR),
    toGroup('metropolitan'),
    toGroup('all'),
  ];
}

async function openChart(page: Page, url: string, bars: number) {
  await page.goto(url);
  // A locator, not waitForFunction: the app's Content-Security-Policy forbids the eval that needs.
  await page
    .locator('text.bar-value-label')
    .nth(bars - 1)
    .waitFor({ state: 'attached', timeout: 30_000 });
}

async function switchOnce(page: Page, spec: SwitchSpec): Promise<number> {
  const time = (await page.evaluate(timeSwitchScript(spec))) as number;
  await page.waitForTimeout(20); // let effects after the paint (URL sync, idle work) settle
  return time;
}

interface Switches {
  areas: number;
  medianMs: number;
  byKind: Record<SwitchKind, number>;
  samplesMs: number[];
}

/** SWITCHES timed changes after one untimed round (which also fetches the second year). */
async function measureSwitches(browser: Browser, baseUrl: string, areas: Area[], files?: Record<string, string>): Promise<Switches> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  try {
    if (files) await context.route('**/api/**', apiRouteHandler(files));
    const page = await context.newPage();
    const cycle = switchCycle(areas);
    const local = areas.filter((area) => area.kind === 'area').length;
    await openChart(page, baseUrl + APP_CHART_PATH, local);
    for (const change of cycle) await switchOnce(page, change.spec);
    const samples: { kind: SwitchKind; ms: number }[] = [];
    for (let i = 0; i < SWITCHES; i += 1) {
      const change = cycle[i % cycle.length];
      if (!change) break;
      samples.push({ kind: change.kind, ms: await switchOnce(page, change.spec) });
    }
    const kindMedian = (kind: SwitchKind) => median(samples.filter((sample) => sample.kind === kind).map((sample) => sample.ms));
    return {
      areas: local,
      medianMs: median(samples.map((sample) => sample.ms)),
      byKind: { measure: kindMedian('measure'), year: kindMedian('year'), group: kindMedian('group') },
      samplesMs: samples.map((sample) => Math.round(sample.ms * 10) / 10),
    };
  } finally {
    await context.close();
  }
}

interface Heap {
  afterEarlyBytes: number;
  afterLateBytes: number;
  growth: number;
}

/** JS heap (after forced garbage collection) after HEAP_EARLY and after HEAP_LATE view changes. */
async function measureHeap(browser: Browser, baseUrl: string, areas: Area[]): Promise<Heap> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const usedHeap = async () => {
      await page.waitForTimeout(200);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const cycle = switchCycle(areas);
    await openChart(page, baseUrl + APP_CHART_PATH, areas.filter((area) => area.kind === 'area').length);
    let early = Number.NaN;
    for (let i = 1; i <= HEAP_LATE; i += 1) {
      const change = cycle[(i - 1) % cycle.length];
      if (change) await page.evaluate(timeSwitchScript(change.spec));
      if (i === HEAP_EARLY) early = await usedHeap();
    }
    const late = await usedHeap();
    return { afterEarlyBytes: early, afterLateBytes: late, growth: (late - early) / early };
  } finally {
    await context.close();
  }
}

/** The app's PNG export of the 42-bar chart, timed by its own performance measure. */
async function measurePng(browser: Browser, baseUrl: string, bars: number): Promise<{ medianMs: number; samplesMs: number[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  try {
    const page = await context.newPage();
    await openChart(page, baseUrl + PNG_PATH, bars);
    const button = page.getByRole('button', { name: 'Download PNG' });
    for (let i = 0; i < PNG_RUNS; i += 1) {
      await Promise.all([page.waitForEvent('download'), button.click()]);
    }
    const times = (await page.evaluate(PNG_EXPORT_TIMES)) as number[];
    if (times.length !== PNG_RUNS) throw new Error(`expected ${PNG_RUNS} 'mappa:png-export' measures, found ${times.length}`);
    return { medianMs: median(times), samplesMs: times.map((time) => Math.round(time * 10) / 10) };
  } finally {
    await context.close();
  }
}

/** LIGHTHOUSE_RUNS runs; the one with the median performance score stands for the preset. */
async function lighthousePreset(url: string, preset: LighthousePreset): Promise<LighthouseResult & { performanceRuns: number[] }> {
  const runs: LighthouseResult[] = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) runs.push(await runLighthouse(url, preset, join(repoRoot, OUT_DIRS.app, `lighthouse-${preset}-${i + 1}.json`)));
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  const chosen = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!chosen) throw new Error('no Lighthouse run');
  return { ...chosen, performanceRuns: runs.map((run) => run.scores.performance) };
}

// ---------------------------------------------------------------------------------------------
// The table

interface Measurements {
  bundles: Partial<Record<Target, BuiltPage>>;
  firstChart?: Record<Target, FirstChart> | undefined;
  switches42?: Switches | undefined;
  switches420?: Switches | undefined;
  png?: { medianMs: number; samplesMs: number[] } | undefined;
  heap?: Heap | undefined;
  lighthouse: Partial<Record<LighthousePreset, LighthouseResult & { performanceRuns: number[] }>>;
}

function tableRows(m: Measurements, errors: Record<string, string>, load: { start: number; end: number }): Row[] {
  const rows: Row[] = [];
  const failed = (name: string, measure: string) => {
    rows.push(errorRow(measure, errors[name] ?? 'not measured'));
  };
  const spread = (samples: number[]) => `${ms(Math.min(...samples))}–${ms(Math.max(...samples))}`;

  if (m.firstChart) {
    const { app, baseline } = m.firstChart;
    rows.push(infoRow(`Time to first chart, app (median of ${app.samplesMs.length} cold loads)`, `${ms(app.medianMs)} (${spread(app.samplesMs)})`));
    rows.push(
      infoRow(`Time to first chart, baseline page (median of ${baseline.samplesMs.length})`, `${ms(baseline.medianMs)} (${spread(baseline.samplesMs)})`),
    );
    if (app.jsGzipBytesBeforeChart !== undefined && baseline.jsGzipBytesBeforeChart !== undefined) {
      rows.push(
        infoRow(
          'JS gzip fetched before the first chart (initial + lazy), app / baseline',
          `${formatKb(app.jsGzipBytesBeforeChart)} / ${formatKb(baseline.jsGzipBytesBeforeChart)}`,
        ),
      );
    }
    rows.push(goalRow('Time to first chart, app ÷ baseline', app.medianMs / baseline.medianMs, { comparison: '<=', target: GOALS.firstChartRatio }, ratio));
  } else failed('time to first chart', 'Time to first chart, app ÷ baseline');

  for (const [name, result, goal] of [
    ['switches at 42 areas', m.switches42, GOALS.switch42],
    ['switches at 420 areas', m.switches420, GOALS.switch420],
  ] as const) {
    const label = `Switch time, ${name.endsWith('420 areas') ? '420' : '42'} areas (median of ${SWITCHES} changes)`;
    if (!result) {
      failed(name, label);
      continue;
    }
    const row = goalRow(label, result.medianMs, { comparison: '<=', target: goal }, ms);
    row.value += ` (measure ${ms(result.byKind.measure)}, year ${ms(result.byKind.year)}, group ${ms(result.byKind.group)})`;
    rows.push(row);
  }

  if (m.png) rows.push(goalRow(`PNG export, 42-bar chart (median of ${m.png.samplesMs.length})`, m.png.medianMs, { comparison: '<=', target: GOALS.png }, ms));
  else failed('PNG export', 'PNG export, 42-bar chart');

  const { app, baseline } = m.bundles;
  if (app && baseline) {
    const check = checkStartupJs(app, baseline);
    for (const [label, js] of [
      ['app, compare view', check.chart],
      ['app, landing page', check.landing],
      ['baseline page', check.baseline],
    ] as const) {
      if (js) rows.push(infoRow(`JS gzip before the first chart, from the build, ${label} (${js.chunks.length} files)`, formatKb(js.gzipBytes)));
    }
    if (check.budget) {
      rows.push({
        measure: 'JS gzip before the first chart, from the build, app ÷ baseline',
        value: `${ratio(check.budget.ratio)} (${formatKb(check.budget.appGzipBytes)})`,
        goal: `≤ ${BUNDLE_BUDGET_FACTOR} (${formatKb(check.budget.budgetBytes)})`,
        met: check.budget.withinBudget ? 'yes' : `no: ${formatKb(check.budget.overBytes)} over`,
        missed: !check.budget.withinBudget,
      });
    }
    for (const failure of check.failures) if (!failure.startsWith('JS before')) rows.push(errorRow('JS before the first chart, from the build', failure));
  } else failed('build app', 'JS gzip before the first chart, from the build');

  if (m.heap) {
    rows.push(infoRow(`JS heap after ${HEAP_EARLY} view changes`, megabytes(m.heap.afterEarlyBytes)));
    rows.push(infoRow(`JS heap after ${HEAP_LATE} view changes`, megabytes(m.heap.afterLateBytes)));
    rows.push(goalRow(`JS heap growth, ${HEAP_EARLY} → ${HEAP_LATE} changes`, m.heap.growth, { comparison: '<', target: GOALS.heapGrowth }, percent));
  } else failed('JS heap', 'JS heap growth');

  for (const preset of ['desktop', 'mobile'] as const) {
    const result = m.lighthouse[preset];
    const title = preset === 'desktop' ? 'Lighthouse desktop' : 'Lighthouse mobile (information)';
    if (!result) {
      failed(`Lighthouse ${preset}`, title);
      continue;
    }
    for (const category of LIGHTHOUSE_CATEGORIES) {
      const label = `${title}: ${category}${category === 'performance' && result.performanceRuns.length > 1 ? ` (median of ${result.performanceRuns.join(', ')})` : ''}`;
      rows.push(
        preset === 'desktop'
          ? goalRow(label, result.scores[category], { comparison: '>=', target: GOALS.lighthouse }, score)
          : infoRow(label, score(result.scores[category])),
      );
    }
    const metric = (id: string, label: string, unit: 's' | 'ms' | '') => {
      const value = result.metrics[id];
      if (value === undefined) return [];
      return [`${label} ${unit === 's' ? `${(value / 1000).toFixed(1)} s` : unit === 'ms' ? `${Math.round(value)} ms` : value.toFixed(2)}`];
    };
    const metrics = [
      ...metric('first-contentful-paint', 'FCP', 's'),
      ...metric('largest-contentful-paint', 'LCP', 's'),
      ...metric('total-blocking-time', 'TBT', 'ms'),
      ...metric('cumulative-layout-shift', 'CLS', ''),
      ...metric('speed-index', 'SI', 's'),
    ];
    rows.push(infoRow(`${title}: lab metrics`, metrics.join(', ')));
    for (const category of LIGHTHOUSE_CATEGORIES) {
      const failing = result.failing[category].map((audit) => audit.id);
      if (failing.length > 0) rows.push(infoRow(`${title}: ${category} audits below 0.9`, failing.join(', ')));
    }
  }
  rows.push(infoRow(`Machine load (1-minute average, ${cpus().length} CPUs) at start → end`, `${load.start.toFixed(1)} → ${load.end.toFixed(1)}`));
  return rows;
}

async function writeResults(content: unknown) {
  const options = (await resolveConfig(resultsFile)) ?? {};
  writeFileSync(resultsFile, await format(JSON.stringify(content), { ...options, filepath: resultsFile }));
}

async function main() {
  const errors: Record<string, string> = {};
  const m: Measurements = { bundles: {}, lighthouse: {} };
  const started = new Date();
  const loadAtStart = loadavg()[0] ?? Number.NaN;

  for (const target of ['app', 'baseline'] as const) {
    const built = await step(`build ${target}`, () => buildTarget(target, OUT_DIRS[target]), errors);
    if (built) m.bundles[target] = readBuiltPage(built);
  }

  const realAreas = areasResponseSchema.parse(JSON.parse(readFileSync(join(fixturesDir, 'areas.json'), 'utf8'))).areas;
  const bars42 = realAreas.filter((area) => area.kind === 'area').length;
  const synthetic = syntheticApiFiles(fixturesDir, SYNTHETIC_COPIES);
  const syntheticAreas = areasResponseSchema.parse(JSON.parse(synthetic['areas.json'] ?? '')).areas;

  const servers: PreviewServer[] = [];
  const urls: Record<Target, string> = { app: `http://127.0.0.1:${PORT}`, baseline: `http://127.0.0.1:${PORT + 1}` };
  let browser: Browser | undefined;
  let browserVersion = '';
  try {
    if (m.bundles.app) {
      const server = await step('preview app', () => previewTarget('app', OUT_DIRS.app, PORT), errors);
      if (server) servers.push(server);
    }
    if (m.bundles.baseline) {
      const server = await step('preview baseline', () => previewTarget('baseline', OUT_DIRS.baseline, PORT + 1), errors);
      if (server) servers.push(server);
    }
    browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS] });
    const b = browser;
    browserVersion = `Chromium ${browser.version()}`;
    if (servers.length === 2) {
      m.firstChart = await step(
        'time to first chart',
        () => measureFirstCharts(b, { app: urls.app + APP_CHART_PATH, baseline: `${urls.baseline}/` }, bars42),
        errors,
      );
    } else errors['time to first chart'] = 'a preview server is missing';
    m.switches42 = await step('switches at 42 areas', () => measureSwitches(b, urls.app, realAreas), errors);
    m.switches420 = await step('switches at 420 areas', () => measureSwitches(b, urls.app, syntheticAreas, synthetic), errors);
    m.png = await step('PNG export', () => measurePng(b, urls.app, bars42), errors);
    m.heap = await step('JS heap', () => measureHeap(b, urls.app, realAreas), errors);
    await browser.close();
    browser = undefined;
    for (const preset of ['desktop', 'mobile'] as const) {
      m.lighthouse[preset] = await step(`Lighthouse ${preset}`, () => lighthousePreset(urls.app + APP_CHART_PATH, preset), errors);
    }
  } catch (error) {
    errors.browser = error instanceof Error ? error.message : String(error);
  } finally {
    await browser?.close().catch(() => undefined);
    await Promise.all(servers.map((server) => server.close().catch(() => undefined)));
  }

  const load = { start: loadAtStart, end: loadavg()[0] ?? Number.NaN };
  const rows = tableRows(m, errors, load);
  const table = markdownTable(rows);
  const missed = rows.filter((row) => row.missed);
  await writeResults({
    date: started.toISOString(),
    environment: { node: process.version, browser: browserVersion, cpus: cpus().length, loadAverage: load },
    settings: {
      appUrl: APP_CHART_PATH,
      baselineUrl: '/',
      loads: LOADS,
      switches: SWITCHES,
      syntheticAreas: syntheticAreas.length - 1,
      lighthouseRuns: LIGHTHOUSE_RUNS,
    },
    table: rows.map(({ measure, value, goal, met }) => ({ measure, value, goal, met })),
    missed: missed.map((row) => row.measure),
    errors,
    measurements: m,
  });
  console.log(table);
  if (missed.length > 0) {
    console.log(`\n${missed.length} goal${missed.length === 1 ? '' : 's'} missed or not measured. Details: bench/results.json`);
    process.exitCode = 1;
  }
}

await main();
