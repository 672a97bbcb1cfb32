import { createHash } from 'node:crypto';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';

const ROOT = '<div id="root"></div>';

/** Puts the rendered page frame inside index.html's empty #root. */
export function withPageShell(html: string, shell: string): string {
  if (!html.includes(ROOT)) throw new Error(`index.html has no empty ${ROOT} to put the page frame in.`);
  return html.replace(ROOT, `<div id="root">${shell}</div>`);
}

/**
 * The built index.html carries the page frame (src/app/page-shell.tsx), rendered at build time by
 * the app's own components, so the first paint needs no JavaScript and matches what React then draws.
 */
export function pageShell(): Plugin {
  let root = process.cwd();
  return {
    name: 'mappa:page-shell',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const server = await createServer({
          root,
          configFile: false,
          plugins: [react()],
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, watch: null },
        });
        try {
          const module = (await server.ssrLoadModule('/src/app/page-shell.tsx')) as { renderPageShell: () => string };
          return withPageShell(html, module.renderPageShell());
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * Puts the style sheet in index.html: with the page frame in the HTML, a separate style sheet would be
 * the only request between the HTML and the first paint. The Content-Security-Policy allows exactly
 * this <style> by its hash (and still no style attribute). Runs after the policy's own plugin.
 */
export function inlineStyleSheet(): Plugin {
  return {
    name: 'mappa:inline-style-sheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const links = [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)];
        if (links.length === 0) return html;
        let inlined = html;
        const hashes: string[] = [];
        for (const [tag, href = ''] of links) {
          const asset = context.bundle?.[href.replace(/^.*?assets\//, 'assets/')];
          if (asset?.type !== 'asset') throw new Error(`index.html links the style sheet ${href}, which is not in the build.`);
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          hashes.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
          inlined = inlined.replace(tag, () => `<style>${css}</style>`);
        }
        return withStyleHashes(inlined, hashes);
      },
    },
  };
}

/** Adds hashes to the style-src of index.html's Content-Security-Policy <meta>. */
export function withStyleHashes(html: string, hashes: string[]): string {
  const policy = /(<meta http-equiv="Content-Security-Policy" content="[^"]*style-src 'self')/;
  if (!policy.test(html)) throw new Error("index.html has no Content-Security-Policy with style-src 'self' to allow the inline style sheet.");
  return html.replace(policy, (found) => `${found} ${hashes.join(' ')}`);
}
