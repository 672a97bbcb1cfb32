/**
 * npm run check:bundle (part of npm test): builds the app and the bare baseline page of
 * bench/baseline/ (with Vite's manifest), follows on the built files the JavaScript each needs
 * before its first chart (bench/startup-js.ts), and fails when
 * - the app's is over BUNDLE_BUDGET_FACTOR × the baseline's (gzip), or
 * - the landing page's JavaScript (entry + what `/` loads) includes the chart library, or
 * - a view's module named in bench/app-under-test.ts cannot be found in the build.
 * No timings: those are `npm run bench`'s.
 */
import { APP_BUILD, BASELINE_BUILD } from './app-under-test.ts';
import { buildTarget } from './build.ts';
import { BUNDLE_BUDGET_FACTOR, formatKb } from './bundle-size.ts';
import { checkStartupJs, readBuiltPage, type StartupJs } from './startup-js.ts';

export function describeStartupJs(label: string, js: StartupJs): string[] {
  const via = js.dynamicImports.length > 0 ? `, through the dynamic import of ${js.dynamicImports.join(' → ')}` : ', with the entry';
  return [
    `${label}: ${formatKb(js.gzipBytes)} gzip (${formatKb(js.bytes)} raw) in ${js.chunks.length} file(s); ${js.viewModule} is in ${js.viewChunk}${via}`,
    ...js.chunks.map((chunk) => `  ${chunk.file.padEnd(48)} ${formatKb(chunk.gzipBytes).padStart(10)}  ${chunk.reason}`),
  ];
}

async function main() {
  const app = readBuiltPage(await buildTarget('app', 'dist-budget'));
  const baseline = readBuiltPage(await buildTarget('baseline', 'dist-budget-baseline'));
  const check = checkStartupJs(app, baseline);
  if (check.chart) console.log(describeStartupJs('App, JS before the compare view’s first chart', check.chart).join('\n'));
  if (check.landing) console.log(describeStartupJs('App, JS of the landing page (/)', check.landing).join('\n'));
  if (check.baseline) console.log(describeStartupJs('Baseline page, JS before its chart', check.baseline).join('\n'));
  if (check.budget) {
    console.log(
      `Budget: ${BUNDLE_BUDGET_FACTOR} × baseline = ${formatKb(check.budget.budgetBytes)} (issue 30's ceiling); the app's JS before the first chart is ${check.budget.ratio.toFixed(2)} × the baseline's.`,
    );
  }
  console.log(
    check.landingChartLibrary.chunks.length > 0
      ? `Landing page: loads the chart library (${check.landingChartLibrary.modules.length} modules in ${check.landingChartLibrary.chunks.join(', ')}).`
      : `Landing page: no chart-library code (${APP_BUILD.landingViewModule}).`,
  );
  if (check.failures.length === 0) {
    console.log('JavaScript before the first chart is within budget.');
    return;
  }
  for (const failure of check.failures) console.error(`FAIL ${failure}`);
  console.error(
    `See README.md, "Performance". The views' modules are named in bench/app-under-test.ts (app: ${APP_BUILD.chartViewModule}, baseline: ${BASELINE_BUILD.chartViewModule}).`,
  );
  process.exitCode = 1;
}

await main();
