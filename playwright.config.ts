import { defineConfig } from '@playwright/test';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const devPort = 5199;
const previewPort = 4199;

/**
 * End-to-end tests in Debian's Chromium (no browser download). The dev server serves the API
 * through MSW; the "production" project runs against `vite preview` of the static build.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
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
      testIgnore: /production\.spec\.ts/,
      use: { baseURL: `http://localhost:${devPort}` },
    },
    {
      name: 'production',
      testMatch: /production\.spec\.ts/,
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
      command: `npx vite build --outDir dist-e2e --emptyOutDir --logLevel warn && npx vite preview --outDir dist-e2e --port ${previewPort} --strictPort`,
      port: previewPort,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
