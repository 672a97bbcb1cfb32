/**
 * Everything the bench knows about the app's pages and source layout, in one place. When the app
 * is restructured (a view moves, a class or a control is renamed), update this file: every
 * measurement in `npm run bench` and the static check of `npm run check:bundle` reads from here,
 * and both fail loudly (never pass silently) when something here is no longer found. The chart
 * headings a view change must bring (measure labels, comparator groups) are read from the app's own
 * modules, in bench/switch-cycle.ts.
 */

export const YEAR = '2021-22';
export const OTHER_YEAR = '2020-21';

/** The app in the browser. */
export const APP = {
  /** The compare view's default chart: registered sexual offenders per 100,000, all areas, one year. */
  chartPath: `/?view=compare&year=${YEAR}&group=all&measure=rsoPer100k`,
  /** The landing page: the area summary of the latest year with figures. */
  landingPath: '/',
  /** Each bar's value label; the first chart is drawn when one per area is in the page and painted. */
  barLabel: 'text.bar-value-label',
  /** The chart's heading, which names the measure, year and comparator group. */
  chartHeading: '.chart-figure h2, figure h1',
  /** One key figure of the landing page; it is drawn when `keyFigures` of them are in the page and painted. */
  keyFigure: '.key-figures li',
  keyFigures: 10,
  /** The <select>s a reader changes. */
  controls: { measure: '#measure-select', year: '#year-select', group: '#group-select' },
  /** The page the PNG export is timed on (the 42-bar chart), and the accessible name of its button. */
  pngPath: `/?view=rates&year=${YEAR}&group=all`,
  pngButton: 'Download PNG',
} as const;

/** The bare baseline page (bench/baseline/): the same label class, heading and controls. */
export const BASELINE = {
  chartPath: '/',
  barLabel: APP.barLabel,
  chartHeading: APP.chartHeading,
  controls: { measure: '#measure-select', year: '#year-select', group: '#group-select' },
  /** What its heading says for a measure (bench/baseline/src/main.tsx, MEASURES). */
  measureHeadings: { rsoPer100k: 'Registered sexual offenders per 100,000 population', total: 'MAPPA-eligible offenders (all)' },
  /** What its heading says for a group (bench/baseline/src/main.tsx, GROUPS). */
  groupHeadings: { all: 'all areas', metropolitan: 'metropolitan areas' },
} as const;

/**
 * The built app, as `npm run check:bundle` follows it (see bench/startup-js.ts). A view's chunk is
 * found by the source path of the module that draws the view, relative to the Vite root: the
 * chunk whose code includes that module, whichever chunk the bundler put it in (its own dynamic
 * entry, a shared chunk of several views, or the entry itself). If the module moves, update the
 * path here; until then the check fails, naming the path it could not find.
 */
export const APP_BUILD = {
  /** The HTML entry, as Vite's manifest names it. */
  entry: 'index.html',
  /** The module that draws the compare view's chart (the first chart the bench times). */
  chartViewModule: 'src/features/compare/compare-page.tsx',
  /** The module that draws what `/` shows (the area summary). */
  landingViewModule: 'src/features/summary/summary-page.tsx',
} as const;

export const BASELINE_BUILD = {
  entry: 'index.html',
  /** Relative to the baseline's Vite root, bench/baseline/. */
  chartViewModule: 'src/main.tsx',
} as const;

/** Modules of the chart library (Recharts), as module paths relative to a Vite root. */
export const CHART_LIBRARY = /(^|\/)node_modules\/recharts\//;
