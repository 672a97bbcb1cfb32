/**
 * JavaScript a built page fetches before its first chart, worked out from the build alone (no
 * browser): `npm run check:bundle` (part of `npm test`) and `npm run bench` both use it.
 *
 * The walk, on Vite's `.vite/manifest.json` (written by the bench builds only, bench/build.ts):
 * 1. the HTML entry's chunk and everything it imports statically (`imports`, transitively);
 * 2. the chunk holding the view's module (bench/app-under-test.ts names the module by its source
 *    path; bench/build.ts records which modules each chunk holds, in .vite/chunk-modules.json),
 *    reached through the fewest dynamic imports (`dynamicImports`) of chunks already loaded, each
 *    with its own static imports. Other dynamic imports (code loaded when a reader does something)
 *    are not followed;
 * 3. anything else index.html loads (inline scripts, scripts other plugins add).
 * Every file is measured raw and gzipped (zlib's default level, 6). The walk fails, saying why,
 * when the entry, the view's module or a path to it cannot be found: it never passes silently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_BUILD, BASELINE_BUILD, CHART_LIBRARY } from './app-under-test.ts';
import { BUNDLE_BUDGET_FACTOR, checkBundleBudget, gzipSize, initialScripts, type BudgetCheck, type ChunkSize } from './bundle-size.ts';

/** Vite's manifest, written by the bench builds only (`build.manifest: true`, bench/build.ts). */
export const MANIFEST_FILE = '.vite/manifest.json';
/** Which source modules each chunk holds, written by bench/build.ts's plugin. */
export const CHUNK_MODULES_FILE = '.vite/chunk-modules.json';

/** One record of Vite's build manifest (only the fields the walk reads). */
export interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/** What the walk needs to know about one build. */
export interface BuiltPage {
  manifest: Manifest;
  /** Chunk file → the modules whose code it holds, relative to the Vite root (.vite/chunk-modules.json). */
  chunkModules: Record<string, readonly string[]>;
  /** Raw and gzip size of every JS file (and inline script) the walk may count. */
  sizes: Record<string, { bytes: number; gzipBytes: number }>;
  /** What index.html loads itself: files, and inline scripts as "inline script N". */
  htmlScripts: string[];
}

export type LoadReason = 'entry' | 'static import' | 'dynamic import' | 'index.html';

export interface StartupChunk extends ChunkSize {
  reason: LoadReason;
}

export interface StartupJs {
  viewModule: string;
  /** The file holding the view's module. */
  viewChunk: string;
  /** Manifest keys of the dynamic imports followed to reach it, in order (empty when it loads with the entry). */
  dynamicImports: string[];
  chunks: StartupChunk[];
  bytes: number;
  gzipBytes: number;
  /** Every module in those chunks. */
  modules: string[];
}

export class StartupJsError extends Error {
  override name = 'StartupJsError';
}

function staticClosure(manifest: Manifest, keys: readonly string[], into: Map<string, LoadReason>, reason: LoadReason) {
  const queue = [...keys];
  let first = true;
  while (queue.length > 0) {
    const key = queue.shift() as string;
    if (into.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new StartupJsError(`Vite's manifest names "${key}" as an import but has no record of it.`);
    into.set(key, first ? reason : 'static import');
    first = false;
    queue.push(...(chunk.imports ?? []));
  }
}

/** The JavaScript a page needs before `viewModule` can run: see the top of this file. */
export function startupJs(page: BuiltPage, entry: string, viewModule: string): StartupJs {
  const { manifest } = page;
  if (!manifest[entry]) {
    throw new StartupJsError(
      `Vite's manifest has no entry "${entry}" (its entries: ${
        Object.keys(manifest)
          .filter((key) => manifest[key]?.isEntry)
          .join(', ') || 'none'
      }).`,
    );
  }
  const holding = Object.entries(page.chunkModules)
    .filter(([, modules]) => modules.includes(viewModule))
    .map(([file]) => file);
  if (holding.length === 0) {
    throw new StartupJsError(
      `No chunk of the build holds the view's module "${viewModule}": has it moved or been renamed? Update bench/app-under-test.ts to the module that draws the view.`,
    );
  }
  const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const targets = new Set(holding.flatMap((file) => keyOf.get(file) ?? []));
  if (targets.size === 0) throw new StartupJsError(`The chunk ${holding.join(', ')} holding "${viewModule}" is not in Vite's manifest.`);

  // Breadth first over dynamic imports: each step loads one dynamically imported chunk with its static imports.
  const closureOf = (key: string) => {
    const set = new Map<string, LoadReason>();
    staticClosure(manifest, [key], set, 'entry');
    return set;
  };
  const paths = new Map<string, string[]>([[entry, []]]);
  const queue = [entry];
  let found: string[] | undefined;
  while (queue.length > 0 && !found) {
    const key = queue.shift() as string;
    const path = paths.get(key) ?? [];
    const closure = closureOf(key);
    if ([...closure.keys()].some((loaded) => targets.has(loaded))) {
      found = path;
      break;
    }
    for (const loaded of closure.keys()) {
      for (const next of manifest[loaded]?.dynamicImports ?? []) {
        if (paths.has(next)) continue;
        paths.set(next, [...path, next]);
        queue.push(next);
      }
    }
  }
  if (!found) {
    throw new StartupJsError(`"${viewModule}" is in ${holding.join(', ')}, which nothing "${entry}" loads (statically or by dynamic import) reaches.`);
  }

  const loaded = new Map<string, LoadReason>();
  staticClosure(manifest, [entry], loaded, 'entry');
  for (const key of found) staticClosure(manifest, [key], loaded, 'dynamic import');
  const files = new Map<string, LoadReason>();
  for (const [key, reason] of loaded) {
    const file = manifest[key]?.file;
    if (file && /\.m?js$/.test(file) && !files.has(file)) files.set(file, reason);
  }
  for (const script of page.htmlScripts) if (!files.has(script)) files.set(script, 'index.html');

  const chunks = [...files].map(([file, reason]): StartupChunk => {
    const size = page.sizes[file];
    if (!size) throw new StartupJsError(`The build has no file "${file}" to measure (named by ${reason === 'index.html' ? 'index.html' : "Vite's manifest"}).`);
    return { file, reason, ...size };
  });
  const viewChunk = holding.find((file) => files.has(file)) ?? holding[0] ?? '';
  return {
    viewModule,
    viewChunk,
    dynamicImports: found,
    chunks,
    bytes: chunks.reduce((sum, chunk) => sum + chunk.bytes, 0),
    gzipBytes: chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    modules: [...new Set([...files.keys()].flatMap((file) => page.chunkModules[file] ?? []))],
  };
}

/** Read a bench build (bench/build.ts) from its folder. */
export function readBuiltPage(outDir: string): BuiltPage {
  const read = (file: string, what: string) => {
    const path = join(outDir, file);
    if (!existsSync(path)) throw new StartupJsError(`${path} is missing: ${what}`);
    return readFileSync(path, 'utf8');
  };
  const manifest = JSON.parse(read(MANIFEST_FILE, 'build with `build.manifest: true` (bench/build.ts does).')) as Manifest;
  const chunkModules = JSON.parse(read(CHUNK_MODULES_FILE, 'build through bench/build.ts, whose plugin writes it.')) as Record<string, string[]>;
  const scripts = initialScripts(read('index.html', 'not a built page?'));
  const sizes: BuiltPage['sizes'] = {};
  const measure = (name: string, content: Buffer) => {
    sizes[name] = { bytes: content.length, gzipBytes: gzipSize(content) };
  };
  const files = new Set([...Object.values(manifest).map((chunk) => chunk.file), ...Object.keys(chunkModules)]);
  for (const file of files) if (/\.m?js$/.test(file) && existsSync(join(outDir, file))) measure(file, readFileSync(join(outDir, file)));
  for (const script of scripts) {
    if (script.inline !== undefined) measure(script.file, Buffer.from(script.inline));
    else if (!sizes[script.file] && existsSync(join(outDir, script.file))) measure(script.file, readFileSync(join(outDir, script.file)));
  }
  return { manifest, chunkModules, sizes, htmlScripts: scripts.map((script) => script.file) };
}

export interface StartupJsCheck {
  /** The app's JS before the compare view's first chart. */
  chart?: StartupJs;
  /** The app's JS before what `/` shows. */
  landing?: StartupJs;
  baseline?: StartupJs;
  budget?: BudgetCheck;
  /** Chart-library modules in the landing page's JS, and the chunks holding them. */
  landingChartLibrary: { modules: string[]; chunks: string[] };
  /** Why the check fails; empty when it passes. */
  failures: string[];
}

export interface StartupJsOptions {
  factor?: number;
  app?: { entry: string; chartViewModule: string; landingViewModule: string };
  baseline?: { entry: string; chartViewModule: string };
  chartLibrary?: RegExp;
}

/**
 * The budget: the app's JavaScript before the compare view's first chart at most `factor` × the
 * baseline page's, and no chart-library code in the landing page's JavaScript.
 */
export function checkStartupJs(app: BuiltPage, baseline: BuiltPage, options: StartupJsOptions = {}): StartupJsCheck {
  const factor = options.factor ?? BUNDLE_BUDGET_FACTOR;
  const appBuild = options.app ?? APP_BUILD;
  const baselineBuild = options.baseline ?? BASELINE_BUILD;
  const chartLibrary = options.chartLibrary ?? CHART_LIBRARY;
  const failures: string[] = [];
  const attempt = (what: string, run: () => StartupJs) => {
    try {
      return run();
    } catch (error) {
      failures.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  };
  const chart = attempt('App, JS before the first chart', () => startupJs(app, appBuild.entry, appBuild.chartViewModule));
  const landing = attempt('App, JS of the landing page', () => startupJs(app, appBuild.entry, appBuild.landingViewModule));
  const base = attempt('Baseline page, JS before its chart', () => startupJs(baseline, baselineBuild.entry, baselineBuild.chartViewModule));
  const result: StartupJsCheck = { landingChartLibrary: { modules: [], chunks: [] }, failures };
  if (chart) result.chart = chart;
  if (landing) result.landing = landing;
  if (base) result.baseline = base;
  if (chart && base) {
    result.budget = checkBundleBudget(chart.gzipBytes, base.gzipBytes, factor);
    if (!result.budget.withinBudget) {
      failures.push(
        `JS before the first chart is ${result.budget.ratio.toFixed(2)} × the baseline's (${(chart.gzipBytes / 1024).toFixed(1)} kB against ${(base.gzipBytes / 1024).toFixed(1)} kB gzip), over the budget of ${factor} × by ${(result.budget.overBytes / 1024).toFixed(1)} kB.`,
      );
    }
  }
  if (landing) {
    const chunks = landing.chunks
      .filter((chunk) => (app.chunkModules[chunk.file] ?? []).some((module) => chartLibrary.test(module)))
      .map((chunk) => chunk.file);
    result.landingChartLibrary = { modules: landing.modules.filter((module) => chartLibrary.test(module)), chunks };
    if (chunks.length > 0) {
      failures.push(
        `The landing page's JS includes the chart library (${result.landingChartLibrary.modules.length} modules matching ${chartLibrary}, in ${chunks.join(', ')}): what "/" shows should not need it.`,
      );
    }
  }
  return result;
}
