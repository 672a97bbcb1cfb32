import { defineConfig } from '@playwright/test';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Overridable so that two people (or agents) can run the suite side by side on one machine.
const devPort = Number(process.env.E2E_DEV_PORT ?? 5199);
const previewPort = Number(process.env.E2E_PREVIEW_PORT ?? 4199);
const previewDir = process.env.E2E_PREVIEW_DIR ?? 'dist-e2e';
/**
 * Specs for the static build end in `.production.spec.ts`: every view offline and under its policy,
 * each chart kind's downloads and spreadsheet imports, checked as users get them. The rest run on
 * the dev server, where MSW can play the scenarios (errors, gaps, slow answers).
 */
const PRODUCTION_SPECS = /\.production\.spec\.ts$/;

/**
 * End-to-end tests in Debian's Chromium (no browser download). The dev server serves the API
 * through MSW; the "production" project runs against `vite preview` of the static build.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // Sized for a busy 2-core machine: a cold dev server compiles each view on first use.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'off',
  },
  projects: [
    {
      name: 'dev',
      testIgnore: PRODUCTION_SPECS,
      use: { baseURL: `http://localhost:${devPort}` },
    },
    {
      name: 'production',
      testMatch: PRODUCTION_SPECS,
      use: { baseURL: `http://localhost:${previewPort}` },
    },
  ],
  webServer: [
    {
      command: `npx vite --port ${devPort} --strictPort`,
      port: devPort,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite build --outDir ${previewDir} --emptyOutDir --logLevel warn && npx vite preview --outDir ${previewDir} --port ${previewPort} --strictPort`,
      port: previewPort,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
