import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { configDefaults } from 'vitest/config';
import { contentSecurityPolicy, mockServiceWorker, preloadApiLists, staticApi } from './scripts/vite-plugins.ts';
import { inlineStyleSheet, pageShell } from './scripts/page-shell-plugin.ts';
import { serviceWorker } from './scripts/service-worker-plugin.ts';

const fixturesDir = fileURLToPath(new URL('./mocks/fixtures', import.meta.url));
// The data folder of `npm run data`: when it has a build, the production build serves it.
const dataDir = resolve(fileURLToPath(new URL('.', import.meta.url)), process.env.MAPPA_DATA_DIR ?? 'data');

export default defineConfig({
  plugins: [
    react(),
    pageShell(),
    mockServiceWorker(),
    staticApi(fixturesDir, dataDir),
    contentSecurityPolicy(),
    preloadApiLists(),
    serviceWorker(),
    inlineStyleSheet(),
  ],
  // Builds into dist-* folders (e2e, bench) must not make the dev server reload open pages.
  // Pre-bundle in development every library the app loads on demand, so a first use (a PDF, a
  // spreadsheet, the area search) never makes the dev server re-optimise and reload the page.
  optimizeDeps: {
    include: ['recharts', 'downshift', 'fflate', 'papaparse', 'pdfjs-dist', '@e965/xlsx', 'crc-32', 'idb-keyval', 'workbox-window', 'zod/mini'],
  },
  server: { port: 5173, watch: { ignored: ['**/dist-*/**', '**/test-results*/**', '**/bench/results.json'] } },
  preview: { port: 4173 },
  build: {
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React in its own long-cached file. Recharts is split by the views that use it, so a view
          // fetches only the chart components it draws (measured by npm run check:bundle).
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|react-is)[\\/]/, priority: 20 },
            // The views' shared model and frame in one file, which compresses better than a dozen
            // small ones. Chart components stay out: the landing page must not pull in Recharts.
            {
              name: 'views-shared',
              test: /src[\\/](domain[\\/](?!glossary|figure-catalogue|provenance-summary|statistics)|shared[\\/](model(?![\\/]region-sums)|view(?![\\/]glossary-terms)|data)|shared[\\/]charts[\\/](row-text|scale|label-placement|figure-chart|figure-layout|chart-figure|lazy-details|print-width|use-element-width|use-escape-to-dismiss|use-no-focus-stops|palette|svg-legend))[\\/.]/,
              priority: 10,
            },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, 'src/ingest/**', 'scripts/data/**'],
          setupFiles: ['./tests/setup/vitest-setup.ts'],
          restoreMocks: true,
          // Sized for a busy 2-core machine (CI runs while other jobs do): no test asserts how fast it runs.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The ingest layer runs under Node (the command line) as well as in the browser: its tests have no DOM.
        extends: true,
        test: {
          name: 'ingest',
          environment: 'node',
          include: ['src/ingest/**/*.test.ts'],
          restoreMocks: true,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // `npm run data`: the command line, on temporary data folders, under Node like the ingest layer it runs.
        extends: true,
        test: {
          name: 'data',
          environment: 'node',
          include: ['scripts/data/**/*.test.ts'],
          restoreMocks: true,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
