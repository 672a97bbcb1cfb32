/**
 * npm run check:bundle (part of npm test): builds the app and the bare baseline page of
 * bench/baseline/, measures the initial JavaScript of each exactly as `npm run bench` does, and
 * fails when the app's gzip size is over BUNDLE_BUDGET_FACTOR × the baseline's.
 */
import { buildTarget } from './build.ts';
import { BUNDLE_BUDGET_FACTOR, checkBundleBudget, formatKb, measureInitialJs, type InitialJs } from './bundle-size.ts';

function describe(label: string, sizes: InitialJs) {
  console.log(`${label}: ${formatKb(sizes.gzipBytes)} gzip (${formatKb(sizes.bytes)} raw) in ${sizes.chunks.length} initial chunk(s)`);
  for (const chunk of sizes.chunks) console.log(`  ${chunk.file.padEnd(48)} ${formatKb(chunk.gzipBytes).padStart(10)}`);
}

const app = measureInitialJs(await buildTarget('app', 'dist-budget'));
const baseline = measureInitialJs(await buildTarget('baseline', 'dist-budget-baseline'));
describe('App', app);
describe('Baseline page', baseline);
const check = checkBundleBudget(app.gzipBytes, baseline.gzipBytes);
console.log(`Budget: ${BUNDLE_BUDGET_FACTOR} × baseline = ${formatKb(check.budgetBytes)}; the app is ${check.ratio.toFixed(2)} × baseline.`);
if (check.withinBudget) {
  console.log('Initial JavaScript is within budget.');
} else {
  console.error(`Initial JavaScript is ${formatKb(check.overBytes)} over budget. See README.md, "Performance", for how to find out why.`);
  process.exitCode = 1;
}
