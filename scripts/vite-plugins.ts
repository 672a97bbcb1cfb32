import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { apiAnswers, type ApiDataSet } from '../src/shared/data/api-contract.ts';
import { apiConfigFromEnv, apiUrl } from '../src/shared/data/api-config.ts';

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

/** The fixtures as the API's data set (see src/shared/data/api-contract.ts). */
export function fixtureDataSet(fixturesDir: string): ApiDataSet {
  const read = (path: string) => JSON.parse(readFileSync(join(fixturesDir, path), 'utf8')) as unknown;
  const reportsByYear: Record<string, unknown[]> = {};
  for (const file of readdirSync(join(fixturesDir, 'reports')).sort()) {
    const content = read(join('reports', file)) as { year: string; reports: unknown[] };
    reportsByYear[content.year] = content.reports;
  }
  return {
    areas: (read('areas.json') as { areas: ApiDataSet['areas'] }).areas,
    years: (read('years.json') as { years: ApiDataSet['years'] }).years,
    coverage: read('coverage.json') as ApiDataSet['coverage'],
    reportsByYear,
  };
}

/** The API of docs/api.md as static JSON files under api/ (the "static" flavour): path → JSON text. */
export function staticApiFiles(fixturesDir: string): Record<string, string> {
  return Object.fromEntries([...apiAnswers(fixtureDataSet(fixturesDir))].map(([path, body]) => [path, JSON.stringify(body)]));
}

/** The static API `npm run data -- build` wrote (`<data folder>/build/api`): path → JSON text; undefined when there is none. */
export function builtApiFiles(dataDir: string): Record<string, string> | undefined {
  const api = join(dataDir, 'build', 'api');
  if (!existsSync(api)) return undefined;
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) files[relative(api, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(api);
  return files;
}

/**
 * The static API of the production build: the data a host built with `npm run data -- build`
 * when its data folder has one (`data/`, or MAPPA_DATA_DIR), else the fixtures (the embedded
 * default). The build says which it serves. Without a data folder (the bench), always the fixtures.
 */
export function staticApi(fixturesDir: string, dataDir?: string): Plugin {
  let files: Record<string, string> = {};
  return {
    name: 'mappa:static-api',
    apply: 'build',
    configResolved(config) {
      const built = dataDir === undefined ? undefined : builtApiFiles(dataDir);
      files = built ?? staticApiFiles(fixturesDir);
      config.logger.info(
        built
          ? `Static API: the data built by npm run data, from ${join(dataDir ?? '', 'build', 'api')}`
          : 'Static API: the embedded default data (no data folder has been built)',
      );
    },
    generateBundle() {
      for (const [path, source] of Object.entries(files)) {
        this.emitFile({ type: 'asset', fileName: `api/${path}`, source });
      }
    },
  };
}

/** The origin of an absolute API base URL (VITE_API_BASE_URL), or undefined for a same-origin path. */
export function apiOrigin(apiBaseUrl: string | undefined): string | undefined {
  const configured = apiBaseUrl?.trim();
  if (!configured || !/^https?:\/\//i.test(configured)) return undefined;
  return new URL(configured).origin;
}

/**
 * The Content-Security-Policy of the production build (see docs/security.md). Scripts, styles,
 * fonts and workers come only from our own origin; images also from data: and blob: URLs (the PNG
 * export draws an SVG data: URL onto a canvas); requests go only to our origin and the API.
 * frame-ancestors cannot be set in a <meta> element: static hosts send it as a header.
 */
export function contentSecurityPolicyFor(apiBaseUrl?: string): string {
  const api = apiOrigin(apiBaseUrl);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${api ? ` ${api}` : ''}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Build only: put the Content-Security-Policy into index.html as a <meta> element, before any
 * script or style sheet so it covers them all. Not in development: Vite's dev server injects
 * inline scripts (React refresh) that this policy would block.
 */
export function contentSecurityPolicy(): Plugin {
  let policy = contentSecurityPolicyFor();
  return {
    name: 'mappa:content-security-policy',
    apply: 'build',
    configResolved(config) {
      policy = contentSecurityPolicyFor(config.env.VITE_API_BASE_URL as string | undefined);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) {
          throw new Error("index.html has an inline <script>: the Content-Security-Policy (script-src 'self') would block it.");
        }
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        return charset.test(html) ? html.replace(charset, (found) => `${found}\n    ${meta}`) : html.replace(/<head>/i, `<head>\n    ${meta}`);
      },
    },
  };
}

/**
 * Build only: ask for the list of areas and the list of years from index.html itself, with
 * `<link rel="preload" as="fetch">`, so they arrive while the scripts load instead of after the
 * scripts run. Every view needs both first (a year's reports are requested only once the years
 * list says the year exists), so this shortens the chain before the first chart by one round trip
 * and the scripts' start-up. The URLs are the app's own, from the same API configuration, and the
 * app's fetch() of them takes the preloaded answers.
 */
export function preloadApiLists(): Plugin {
  let urls: string[] = [];
  return {
    name: 'mappa:preload-api-lists',
    apply: 'build',
    configResolved(config) {
      const api = apiConfigFromEnv({ DEV: false, BASE_URL: config.base, ...(config.env as Record<string, string>) });
      urls = [apiUrl(api, 'areas'), apiUrl(api, 'years')];
    },
    transformIndexHtml: {
      order: 'post',
      // At the end of <head>: after the Content-Security-Policy <meta>, so the policy covers them too.
      handler(html) {
        if (!/<\/head>/i.test(html)) throw new Error('index.html has no </head> to put the API preloads in.');
        const links = urls.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous" />`).join('\n    ');
        return html.replace(/\s*<\/head>/i, `\n    ${links}\n  </head>`);
      },
    },
  };
}
