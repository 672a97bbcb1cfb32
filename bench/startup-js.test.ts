import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNK_MODULES_FILE, checkStartupJs, MANIFEST_FILE, readBuiltPage, startupJs, type BuiltPage, type Manifest } from './startup-js';

const kB = (gzip: number) => ({ bytes: gzip * 3 * 1024, gzipBytes: gzip * 1024 });
const RECHARTS = '../../main/node_modules/recharts/es6/chart/BarChart.js';
const OPTIONS = {
  factor: 1.15,
  app: { entry: 'index.html', chartViewModule: 'src/views/compare-view.tsx', landingViewModule: 'src/views/summary-view.tsx' },
  baseline: { entry: 'index.html', chartViewModule: 'src/main.tsx' },
};

/** A small app as Vite's manifest describes it: entry + React, one dynamic chunk per view, Recharts shared. */
function fakeApp({ chartsGzip = 40, summaryUsesCharts = false } = {}): BuiltPage {
  const manifest: Manifest = {
    'index.html': {
      file: 'assets/index.js',
      src: 'index.html',
      isEntry: true,
      imports: ['_react.js'],
      dynamicImports: ['src/views/compare-view.tsx', 'src/views/summary-view.tsx', 'src/import-page.tsx'],
    },
    '_react.js': { file: 'assets/react.js', imports: [] },
    '_charts.js': { file: 'assets/charts.js', imports: ['_react.js'] },
    'src/views/compare-view.tsx': {
      file: 'assets/compare-view.js',
      src: 'src/views/compare-view.tsx',
      isDynamicEntry: true,
      imports: ['_charts.js', 'index.html'],
      dynamicImports: ['src/export.ts'],
    },
    'src/views/summary-view.tsx': {
      file: 'assets/summary-view.js',
      src: 'src/views/summary-view.tsx',
      isDynamicEntry: true,
      imports: summaryUsesCharts ? ['_charts.js'] : [],
    },
    'src/export.ts': { file: 'assets/export.js', isDynamicEntry: true },
    'src/import-page.tsx': { file: 'assets/import-page.js', isDynamicEntry: true },
  };
  return {
    manifest,
    chunkModules: {
      'assets/index.js': ['src/main.tsx', 'src/app.tsx'],
      'assets/react.js': ['../../main/node_modules/react/index.js'],
      'assets/charts.js': [RECHARTS, '../../main/node_modules/d3-scale/src/linear.js'],
      'assets/compare-view.js': ['src/views/compare-view.tsx', 'src/views/chart.tsx'],
      'assets/summary-view.js': ['src/views/summary-view.tsx'],
      'assets/export.js': ['src/export.ts'],
      'assets/import-page.js': ['src/import-page.tsx'],
    },
    sizes: {
      'assets/index.js': kB(10),
      'assets/react.js': kB(60),
      'assets/charts.js': kB(chartsGzip),
      'assets/compare-view.js': kB(5),
      'assets/summary-view.js': kB(3),
      'assets/export.js': kB(50),
      'assets/import-page.js': kB(70),
    },
    htmlScripts: ['assets/index.js', 'assets/react.js'],
  };
}

/** The baseline page: one chunk of 120 kB gzip. */
const fakeBaseline: BuiltPage = {
  manifest: { 'index.html': { file: 'assets/index.js', src: 'index.html', isEntry: true } },
  chunkModules: { 'assets/index.js': ['src/main.tsx', RECHARTS] },
  sizes: { 'assets/index.js': kB(120) },
  htmlScripts: ['assets/index.js'],
};

describe('startupJs', () => {
  it('counts the entry, its static imports and the dynamic import that reaches the view, and nothing loaded later', () => {
    const js = startupJs(fakeApp(), 'index.html', 'src/views/compare-view.tsx');
    expect(js.chunks.map((chunk) => [chunk.file, chunk.reason])).toEqual([
      ['assets/index.js', 'entry'],
      ['assets/react.js', 'static import'],
      ['assets/compare-view.js', 'dynamic import'],
      ['assets/charts.js', 'static import'],
    ]);
    expect(js.dynamicImports).toEqual(['src/views/compare-view.tsx']);
    expect(js.viewChunk).toBe('assets/compare-view.js');
    expect(js.gzipBytes).toBe((10 + 60 + 5 + 40) * 1024);
    expect(js.modules).toContain(RECHARTS);
  });

  it('finds a view bundled inside another chunk by its module, and one that loads with the entry', () => {
    const app = fakeApp();
    app.chunkModules['assets/compare-view.js'] = ['src/views/index.ts', 'src/views/compare-view.tsx'];
    expect(startupJs(app, 'index.html', 'src/views/compare-view.tsx').viewChunk).toBe('assets/compare-view.js');
    expect(startupJs(fakeBaseline, 'index.html', 'src/main.tsx')).toMatchObject({ dynamicImports: [], gzipBytes: 120 * 1024 });
  });

  it('follows dynamic imports made by chunks loaded on the way (a view loaded by a lazily loaded shell)', () => {
    const app = fakeApp();
    const entry = app.manifest['index.html'];
    if (!entry) throw new Error('fixture');
    entry.dynamicImports = ['src/shell.tsx'];
    app.manifest['src/shell.tsx'] = { file: 'assets/shell.js', isDynamicEntry: true, dynamicImports: ['src/views/compare-view.tsx'] };
    app.chunkModules['assets/shell.js'] = ['src/shell.tsx'];
    app.sizes['assets/shell.js'] = kB(2);
    const js = startupJs(app, 'index.html', 'src/views/compare-view.tsx');
    expect(js.dynamicImports).toEqual(['src/shell.tsx', 'src/views/compare-view.tsx']);
    expect(js.chunks.map((chunk) => chunk.file)).toContain('assets/shell.js');
  });

  it('fails, naming the path, when the view module is not in the build, and never measures an unreachable chunk', () => {
    expect(() => startupJs(fakeApp(), 'index.html', 'src/moved/compare-view.tsx')).toThrow(
      /No chunk of the build holds the view's module "src\/moved\/compare-view.tsx"/,
    );
    const app = fakeApp();
    const entry = app.manifest['index.html'];
    if (entry) entry.dynamicImports = [];
    expect(() => startupJs(app, 'index.html', 'src/views/compare-view.tsx')).toThrow(/nothing "index.html" loads .* reaches/);
    expect(() => startupJs(app, 'main.html', 'src/views/compare-view.tsx')).toThrow(/no entry "main.html"/);
  });

  it('adds inline scripts and scripts index.html loads that the manifest does not know', () => {
    const app = fakeApp();
    app.htmlScripts.push('inline script 1', 'registerSW.js');
    app.sizes['inline script 1'] = kB(1);
    app.sizes['registerSW.js'] = kB(1);
    const js = startupJs(app, 'index.html', 'src/views/compare-view.tsx');
    expect(js.chunks.filter((chunk) => chunk.reason === 'index.html').map((chunk) => chunk.file)).toEqual(['inline script 1', 'registerSW.js']);
  });
});

describe('checkStartupJs', () => {
  it('passes a first chart within 1.15 × the baseline and a landing page without the chart library', () => {
    const check = checkStartupJs(fakeApp(), fakeBaseline, OPTIONS);
    expect(check.failures).toEqual([]);
    expect(check.budget).toMatchObject({ withinBudget: true });
    expect(check.budget?.ratio).toBeCloseTo(115 / 120);
  });

  it('fails on an oversized chunk', () => {
    const check = checkStartupJs(fakeApp({ chartsGzip: 90 }), fakeBaseline, OPTIONS);
    expect(check.budget).toMatchObject({ withinBudget: false, appGzipBytes: 165 * 1024, budgetBytes: Math.round(120 * 1024 * 1.15) });
    expect(check.failures).toEqual([expect.stringMatching(/^JS before the first chart is 1\.38 × the baseline's .* over the budget of 1\.15 ×/)]);
  });

  it('fails on a landing page that pulls in Recharts, naming the chunk', () => {
    const check = checkStartupJs(fakeApp({ summaryUsesCharts: true }), fakeBaseline, OPTIONS);
    expect(check.landingChartLibrary).toEqual({ modules: [RECHARTS], chunks: ['assets/charts.js'] });
    expect(check.failures).toEqual([expect.stringMatching(/^The landing page's JS includes the chart library .* in assets\/charts\.js/)]);
  });

  it('fails when a view module named in the settings is missing, rather than passing', () => {
    const check = checkStartupJs(fakeApp(), fakeBaseline, { ...OPTIONS, app: { ...OPTIONS.app, landingViewModule: 'src/gone.tsx' } });
    expect(check.failures).toEqual([expect.stringContaining('App, JS of the landing page: No chunk of the build holds the view\'s module "src/gone.tsx"')]);
    expect(check.landing).toBeUndefined();
  });
});

describe('readBuiltPage', () => {
  it('reads the manifest, the chunk-modules record and index.html of a build folder, and says what is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'startup-js-'));
    mkdirSync(join(dir, '.vite'));
    mkdirSync(join(dir, 'assets'));
    expect(() => readBuiltPage(dir)).toThrow(/manifest\.json is missing: build with `build.manifest: true`/);
    writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(fakeBaseline.manifest));
    writeFileSync(join(dir, CHUNK_MODULES_FILE), JSON.stringify(fakeBaseline.chunkModules));
    writeFileSync(join(dir, 'assets', 'index.js'), 'console.log("baseline");'.repeat(20));
    writeFileSync(join(dir, 'index.html'), '<script type="module" src="/assets/index.js"></script><script>window.x = 1</script>');
    const page = readBuiltPage(dir);
    expect(page.htmlScripts).toEqual(['assets/index.js', 'inline script 1']);
    expect(Object.keys(page.sizes).sort()).toEqual(['assets/index.js', 'inline script 1']);
    expect(startupJs(page, 'index.html', 'src/main.tsx').chunks).toHaveLength(2);
  });
});
