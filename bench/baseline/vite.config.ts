/**
 * The bare baseline page of `npm run bench`: React, Recharts, TanStack Query and zustand drawing
 * the same ranked bar chart from the same static API files as the app, and nothing else.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { staticApi } from '../../scripts/vite-plugins.ts';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fromHere('.'),
  publicDir: false,
  plugins: [react(), staticApi(fromHere('../../mocks/fixtures'))],
  // One chunk on purpose: the baseline is the least a page needs to draw the chart.
  build: { outDir: fromHere('../../dist-bench-baseline'), emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1024 },
  preview: { port: 4311 },
});
