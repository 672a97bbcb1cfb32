/**
 * Cold loads in headless Chromium, paired: each round is one load of an app page and one of the
 * baseline page, each in a fresh browser context (empty cache), the order alternating from round
 * to round, optionally with the CPU slowed down (CDP `Emulation.setCPUThrottlingRate`). A load is
 * timed from navigation start until the page is drawn (bench/page-scripts.ts, `drawnDetector`).
 */
import type { Browser } from 'playwright-core';
import { gzipSize } from './bundle-size.ts';
import { DRAWN_TIME, INLINE_SCRIPTS, RESOURCE_TIMES, drawnDetector, type Drawn } from './page-scripts.ts';

export const VIEWPORT = { width: 1440, height: 1000 };

export interface PageUnderTest {
  url: string;
  drawn: Drawn;
}

export interface JsFile {
  /** Path, or "inline script N". */
  file: string;
  /** Request start, ms since navigation start. */
  startMs: number;
  bytes: number;
  gzipBytes: number;
}

export interface JsFetched {
  files: JsFile[];
  bytes: number;
  gzipBytes: number;
}

export interface LoadSample {
  ms: number;
  /** Every JavaScript response the page requested before it was drawn (when asked for). */
  js?: JsFetched;
  /** Requests of the load: path, start and end in ms since navigation start. */
  waterfall: [string, number, number][];
}

export interface LoadOptions {
  /** 1 = unthrottled, 4 = four times slower. */
  cpuRate: number;
  /** Collect the JavaScript responses (waits for the network to be idle after the page is drawn). */
  collectJs: boolean;
  timeoutMs?: number;
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const pathOf = (url: string) => {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
};

/** One cold load of a page in a fresh context. */
export async function coldLoad(browser: Browser, target: PageUnderTest, { cpuRate, collectJs, timeoutMs = 60_000 }: LoadOptions): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(drawnDetector(target.drawn));
    const page = await context.newPage();
    if (cpuRate !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    }
    const bodies = new Map<string, Promise<Buffer | undefined>>();
    if (collectJs) {
      page.on('response', (response) => {
        if (/javascript|ecmascript/i.test(response.headers()['content-type'] ?? '')) {
          bodies.set(
            response.url(),
            response.body().catch(() => undefined),
          );
        }
      });
    }
    await page.goto(target.url, { waitUntil: 'commit' });
    const ms = (await withTimeout(
      page.evaluate(DRAWN_TIME),
      timeoutMs,
      `${target.url} was not drawn (${target.drawn.count} × ${target.drawn.selector}) within ${timeoutMs / 1000} s`,
    )) as number;
    if (collectJs) await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
    const times = (await page.evaluate(RESOURCE_TIMES)) as [string, number, number][];
    const sample: LoadSample = { ms, waterfall: times.map(([url, start, end]) => [pathOf(url), start, end]) };
    if (collectJs) {
      const files: JsFile[] = [];
      for (const [url, start] of times) {
        const body = start <= ms ? await bodies.get(url) : undefined;
        if (body) files.push({ file: pathOf(url), startMs: start, bytes: body.length, gzipBytes: gzipSize(body) });
      }
      const inline = (await page.evaluate(INLINE_SCRIPTS)) as string[];
      inline.forEach((text, index) =>
        files.push({ file: `inline script ${index + 1}`, startMs: 0, bytes: Buffer.byteLength(text), gzipBytes: gzipSize(text) }),
      );
      sample.js = { files, bytes: files.reduce((sum, file) => sum + file.bytes, 0), gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
    }
    return sample;
  } finally {
    await context.close();
  }
}

export interface Round {
  appFirst: boolean;
  app: LoadSample;
  baseline: LoadSample;
  /** app ÷ baseline time */
  ratio: number;
}

/**
 * `rounds` paired rounds after one discarded pair (the browser's own warm-up is not the page's).
 * Waterfalls are kept for the last round only.
 */
export async function pairedLoads(
  browser: Browser,
  app: PageUnderTest,
  baseline: PageUnderTest,
  rounds: number,
  options: LoadOptions,
  log: (message: string) => void = () => undefined,
): Promise<Round[]> {
  await coldLoad(browser, app, options);
  await coldLoad(browser, baseline, options);
  const result: Round[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const appFirst = i % 2 === 0;
    const first = await coldLoad(browser, appFirst ? app : baseline, options);
    const second = await coldLoad(browser, appFirst ? baseline : app, options);
    const [appSample, baselineSample] = appFirst ? [first, second] : [second, first];
    if (i < rounds - 1) {
      appSample.waterfall = [];
      baselineSample.waterfall = [];
      if (appSample.js) appSample.js.files = [];
      if (baselineSample.js) baselineSample.js.files = [];
    }
    result.push({ appFirst, app: appSample, baseline: baselineSample, ratio: appSample.ms / baselineSample.ms });
    log(
      `  round ${i + 1}/${rounds}: app ${Math.round(appSample.ms)} ms, baseline ${Math.round(baselineSample.ms)} ms, ratio ${(appSample.ms / baselineSample.ms).toFixed(2)}`,
    );
  }
  return result;
}
