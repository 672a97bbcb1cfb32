/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { mockServiceWorker, staticApi } from './scripts/vite-plugins.ts';

const fixturesDir = fileURLToPath(new URL('./mocks/fixtures', import.meta.url));

export default defineConfig({
  plugins: [react(), mockServiceWorker(), staticApi(fixturesDir)],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { sourcemap: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['./tests/setup/vitest-setup.ts'],
          restoreMocks: true,
        },
      },
    ],
  },
});
