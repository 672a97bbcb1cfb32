import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Development only: serve MSW's worker script from the installed package, so it never goes
 * stale and never ships in the production build.
 */
export function mockServiceWorker(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'mappa:mock-service-worker',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_request, response) => {
        const path = join(require.resolve('msw/package.json'), '..', 'lib', 'mockServiceWorker.js');
        response.setHeader('Content-Type', 'application/javascript');
        response.setHeader('Service-Worker-Allowed', '/');
        response.end(readFileSync(path));
      });
    },
  };
}

/** The API of docs/api.md as static JSON files under api/ (the "static" flavour). */
export function staticApiFiles(fixturesDir: string): Record<string, string> {
  const read = (path: string) => JSON.parse(readFileSync(join(fixturesDir, path), 'utf8')) as unknown;
  const areas = (read('areas.json') as { areas: { id: string }[] }).areas;
  const years = (read('years.json') as { years: string[] }).years;
  const files: Record<string, string> = {
    'areas.json': JSON.stringify({ areas }),
    'years.json': JSON.stringify({ years }),
  };
  const byArea = new Map<string, unknown[]>(areas.map((area) => [area.id, []]));
  for (const file of readdirSync(join(fixturesDir, 'reports')).sort()) {
    const content = read(join('reports', file)) as { year: string; reports: { areaId: string }[] };
    files[`reports/${content.year}.json`] = JSON.stringify(content);
    for (const report of content.reports) byArea.get(report.areaId)?.push(report);
  }
  for (const [areaId, reports] of byArea) {
    files[`areas/${areaId}/reports.json`] = JSON.stringify({ areaId, reports });
  }
  return files;
}

export function staticApi(fixturesDir: string): Plugin {
  return {
    name: 'mappa:static-api',
    apply: 'build',
    generateBundle() {
      for (const [path, source] of Object.entries(staticApiFiles(fixturesDir))) {
        this.emitFile({ type: 'asset', fileName: `api/${path}`, source });
      }
    },
  };
}
