/**
 * What a reader does after the first chart, measured in headless Chromium: view changes (timed
 * against the baseline page making the same change), the requests they cause, memory after many
 * of them, and the PNG export.
 */
import { performance } from 'node:perf_hooks';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { heapByKind, type HeapByKind, type HeapSnapshotJson } from './heap-by-kind.ts';
import type { Area } from '../src/domain/area.ts';
import { APP, BASELINE } from './app-under-test.ts';
import { VIEWPORT } from './loads.ts';
import { switchManyScript, timeSwitchScript, type SwitchSpec } from './page-scripts.ts';
import { appSwitchCycle, baselineMemoryCycle, baselineSwitchCycle, memoryCycle, type SwitchKind } from './switch-cycle.ts';
import { apiRouteHandler } from './synthetic-api.ts';

const localCount = (areas: readonly Area[]) => areas.filter((area) => area.kind === 'area').length;

/** A page in a fresh context, once it has `bars` value labels (`labelSelector`). */
async function openPage(
  browser: Browser,
  url: string,
  bars: number,
  { files, labelSelector = APP.barLabel }: { files?: Record<string, string> | undefined; labelSelector?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    if (files) await context.route('**/api/**', apiRouteHandler(files));
    const page = await context.newPage();
    await page.goto(url);
    // A locator, not waitForFunction: the app's Content-Security-Policy forbids the eval that needs.
    await page
      .locator(labelSelector)
      .nth(bars - 1)
      .waitFor({ state: 'attached', timeout: 60_000 });
    return { context, page };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * Let a page finish starting before a warm start is measured: the network quiet, then an idle
 * callback (code the page loads when idle, such as the app's export code, is start-up, not growth).
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate('new Promise((resolve) => requestIdleCallback(() => resolve(undefined)))');
  await page.waitForLoadState('networkidle');
}

async function switchOnce(page: Page, spec: SwitchSpec): Promise<number> {
  const time = (await page.evaluate(timeSwitchScript(spec))) as number;
  await page.waitForTimeout(20); // let effects after the paint (URL sync, idle work) settle
  return time;
}

export interface SwitchSample {
  kind: SwitchKind;
  app: number;
  /** The baseline page making the same change, right before or after. */
  baseline?: number;
}

export interface Switches {
  areas: number;
  samples: SwitchSample[];
}

/**
 * `switches` timed changes of the app's cycle after one untimed round of each page (which also
 * fetches the second year). After each measure, year or group change of the app, the baseline page
 * makes the same change on the same bars; which of the two goes first alternates.
 */
export async function measureSwitches(
  browser: Browser,
  urls: { app: string; baseline: string },
  areas: readonly Area[],
  switches: number,
  files?: Record<string, string>,
): Promise<Switches> {
  const bars = localCount(areas);
  const app = await openPage(browser, urls.app + APP.chartPath, bars, { files });
  try {
    const baseline = await openPage(browser, urls.baseline + BASELINE.chartPath, bars, { files, labelSelector: BASELINE.barLabel });
    try {
      const appCycle = appSwitchCycle(areas);
      const baselineCycle = baselineSwitchCycle(areas);
      for (const change of appCycle) await switchOnce(app.page, change.spec);
      for (const change of baselineCycle) await switchOnce(baseline.page, change.spec);
      const samples: SwitchSample[] = [];
      let paired = 0;
      for (let i = 0; i < switches; i += 1) {
        const change = appCycle[i % appCycle.length];
        if (!change) break;
        const same = baselineCycle[paired % baselineCycle.length];
        if (same?.kind !== change.kind) throw new Error(`the baseline's cycle is out of step with the app's at change ${i + 1}`);
        const appFirst = paired % 2 === 0;
        paired += 1;
        const first = await switchOnce(appFirst ? app.page : baseline.page, appFirst ? change.spec : same.spec);
        const second = await switchOnce(appFirst ? baseline.page : app.page, appFirst ? same.spec : change.spec);
        samples.push({ kind: change.kind, app: appFirst ? first : second, baseline: appFirst ? second : first });
      }
      return { areas: bars, samples };
    } finally {
      await baseline.context.close();
    }
  } finally {
    await app.context.close();
  }
}

export interface Requests {
  changes: number;
  /** Requests made during each change (until the next one starts). */
  perChange: number[];
  /** URLs requested more than once across the changes, with how often. */
  repeated: { url: string; count: number }[];
  /** Every request, with the change it followed (1-based). */
  log: { change: number; url: string; fromCache: boolean }[];
}

/** Requests (CDP Network.requestWillBeSent, so favicon and cache hits too) during `changes` view changes. */
export async function measureRequests(browser: Browser, baseUrl: string, areas: readonly Area[], changes: number): Promise<Requests> {
  const { context, page } = await openPage(browser, baseUrl + APP.chartPath, localCount(areas));
  try {
    const cdp = await context.newCDPSession(page);
    const log: Requests['log'] = [];
    const byId = new Map<string, Requests['log'][number]>();
    let current = 0;
    cdp.on('Network.requestWillBeSent', (event) => {
      const entry = { change: current, url: event.request.url, fromCache: false };
      byId.set(event.requestId, entry);
      if (current > 0) log.push(entry);
    });
    cdp.on('Network.requestServedFromCache', (event) => {
      const entry = byId.get(event.requestId);
      if (entry) entry.fromCache = true;
    });
    await cdp.send('Network.enable');
    const cycle = appSwitchCycle(areas);
    for (let i = 0; i < changes; i += 1) {
      const change = cycle[i % cycle.length];
      if (!change) break;
      current = i + 1;
      await switchOnce(page, change.spec);
    }
    await page.waitForTimeout(500); // requests that follow the last change
    await cdp.detach();
    const counts = new Map<string, number>();
    for (const { url } of log) counts.set(url, (counts.get(url) ?? 0) + 1);
    return {
      changes,
      perChange: Array.from({ length: changes }, (_, i) => log.filter((entry) => entry.change === i + 1).length),
      repeated: [...counts].filter(([, count]) => count > 1).map(([url, count]) => ({ url, count })),
      log,
    };
  } finally {
    await context.close();
  }
}

export interface MemorySnapshot {
  changes: number;
  usedHeapBytes: number;
  /** CDP Memory.getDOMCounters, after garbage collection. */
  documents: number;
  nodes: number;
  jsEventListeners: number;
  /** CDP DOMDebugger.getEventListeners on window, and on document with its whole subtree. */
  windowListeners: number;
  documentListeners: number;
  /** Self sizes in a heap snapshot taken at the same moment, by what holds them (see heapByKind). */
  heapByKind: HeapByKind;
}

async function takeHeapSnapshot(cdp: CDPSession): Promise<HeapSnapshotJson> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => void chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return JSON.parse(chunks.join('')) as HeapSnapshotJson;
}

async function memorySnapshot(page: Page, cdp: CDPSession, changes: number): Promise<MemorySnapshot> {
  await page.waitForTimeout(300);
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const listenersOf = async (expression: string) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'bench-memory' });
    if (!result.objectId) throw new Error(`no object for ${expression}`);
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: -1, pierce: true });
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'bench-memory' });
    return listeners.length;
  };
  return {
    changes,
    usedHeapBytes: usedSize,
    documents: counters.documents,
    nodes: counters.nodes,
    jsEventListeners: counters.jsEventListeners,
    windowListeners: await listenersOf('window'),
    documentListeners: await listenersOf('document'),
    heapByKind: heapByKind(await takeHeapSnapshot(cdp)),
  };
}

export interface Memory {
  early: MemorySnapshot;
  late: MemorySnapshot;
  /** (late − early) ÷ early used heap */
  heapGrowth: number;
}

export type MemoryTarget = 'app' | 'baseline';

/**
 * Used JS heap and DOM counters of the app's compare view, or of the baseline page (the same
 * measure and year changes, for comparison), after `early` and after `late` view changes: the same
 * view both times. The changes run inside the page, one script for each stretch, so the harness
 * adds nothing per change to the page's memory.
 */
export async function measureMemory(
  browser: Browser,
  urls: { app: string; baseline: string },
  target: MemoryTarget,
  areas: readonly Area[],
  early: number,
  late: number,
): Promise<Memory> {
  const bars = localCount(areas);
  const cycle = target === 'app' ? memoryCycle(areas) : baselineMemoryCycle(areas);
  if (early % cycle.length !== late % cycle.length) throw new Error(`${early} and ${late} changes would end on different views`);
  const { context, page } =
    target === 'app'
      ? await openPage(browser, urls.app + APP.chartPath, bars)
      : await openPage(browser, urls.baseline + BASELINE.chartPath, bars, { labelSelector: BASELINE.barLabel });
  try {
    await settle(page);
    const cdp = await context.newCDPSession(page);
    const specs = cycle.map((change) => change.spec);
    await page.evaluate(switchManyScript(specs, 0, early));
    const earlySnapshot = await memorySnapshot(page, cdp, early);
    await page.evaluate(switchManyScript(specs, early, late - early));
    const lateSnapshot = await memorySnapshot(page, cdp, late);
    return { early: earlySnapshot, late: lateSnapshot, heapGrowth: (lateSnapshot.usedHeapBytes - earlySnapshot.usedHeapBytes) / earlySnapshot.usedHeapBytes };
  } finally {
    await context.close();
  }
}

export interface PngExports {
  /** Click to download of the first export in a freshly loaded page (its code not yet loaded). */
  firstMs: number[];
  /** Click to download of the exports after it in the same page. */
  laterMs: number[];
}

/**
 * The PNG export of the 42-bar chart, timed in the bench process from the mouse click (CDP
 * Input.dispatchMouseEvent) to Playwright's `download` event: in `pages` fresh pages, the first
 * export and `later` more.
 */
export async function measurePng(browser: Browser, baseUrl: string, bars: number, pages: number, later: number): Promise<PngExports> {
  const result: PngExports = { firstMs: [], laterMs: [] };
  for (let p = 0; p < pages; p += 1) {
    const { context, page } = await openPage(browser, baseUrl + APP.pngPath, bars);
    try {
      const button = page.getByRole('button', { name: APP.pngButton });
      await button.scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      const box = await button.boundingBox();
      if (!box) throw new Error(`no "${APP.pngButton}" button on the page`);
      for (let i = 0; i <= later; i += 1) {
        let downloaded = Number.NaN;
        const download = page.waitForEvent('download', {
          timeout: 30_000,
          predicate: () => {
            downloaded = performance.now();
            return true;
          },
        });
        const clicked = performance.now();
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await download;
        (i === 0 ? result.firstMs : result.laterMs).push(downloaded - clicked);
        await page.waitForTimeout(300);
      }
    } finally {
      await context.close();
    }
  }
  return result;
}
