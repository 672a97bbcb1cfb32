/**
 * npm run bench:memory: only the memory part of `npm run bench` (bench/run.ts), the app's compare
 * view and the bare page after the same view changes, in one run; prints the memory rows. Settings:
 * BENCH_PORT (default 4310; the baseline uses the next port), CHROMIUM_PATH.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { areasResponseSchema } from '../src/domain/area.ts';
import { buildTarget, previewTarget, repoRoot, type Target } from './build.ts';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.ts';
import { measureMemory } from './interactions.ts';
import { baselineMemoryRows, MEMORY_CHANGES, MEMORY_JS_FLAGS, memoryRows } from './memory-report.ts';
import { markdownTable } from './report.ts';

const port = Number(process.env.BENCH_PORT) || 4310;
const outDirs: Record<Target, string> = { app: 'dist-bench', baseline: 'dist-bench-baseline' };
const areas = areasResponseSchema.parse(JSON.parse(readFileSync(join(repoRoot, 'mocks', 'fixtures', 'areas.json'), 'utf8'))).areas;
const urls = { app: `http://127.0.0.1:${port}`, baseline: `http://127.0.0.1:${port + 1}` };

const servers: PreviewServer[] = [];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS, MEMORY_JS_FLAGS] });
try {
  for (const target of ['app', 'baseline'] as const) {
    await buildTarget(target, outDirs[target]);
    servers.push(await previewTarget(target, outDirs[target], target === 'app' ? port : port + 1));
  }
  const app = await measureMemory(browser, urls, 'app', areas, MEMORY_CHANGES.early, MEMORY_CHANGES.late);
  const baseline = await measureMemory(browser, urls, 'baseline', areas, MEMORY_CHANGES.early, MEMORY_CHANGES.late);
  const rows = [...memoryRows(app, baseline), ...baselineMemoryRows(baseline)];
  console.log(markdownTable(rows));
  if (rows.some((row) => row.missed)) process.exitCode = 1;
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
