import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The production build's service worker, `sw.js` (source: src/app/offline/sw.ts), through
 * vite-plugin-pwa's injectManifest strategy: the plugin builds our own worker and writes the list
 * of files to precache into it. Build only: `npm run dev` gets no worker of ours, since MSW's
 * owns the page there. No web app manifest, and no registration script in index.html (the
 * Content-Security-Policy allows no inline script): src/main.tsx registers it after the first view.
 */
export function serviceWorker(): PluginOption {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/app/offline',
    filename: 'sw.ts',
    injectRegister: false,
    manifest: false,
    devOptions: { enabled: false },
    injectManifest: {
      // Every file of the build: the app shell, every chunk (also those loaded on demand), the
      // pdf.js worker (.mjs), the favicon and the static API (api/**/*.json). Source maps are left out.
      globPatterns: ['**/*.{html,js,mjs,css,svg,json}'],
      globIgnores: ['**/*.map', 'sw.js'],
      // The pdf.js worker is about 1.2 MB; a file over this limit fails the build rather than being left out.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      // One classic script: no module service worker needed.
      rollupFormat: 'iife',
    },
  });
}
