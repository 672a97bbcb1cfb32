/** Production builds of the app and of the baseline page, and `vite preview` servers for them, through Vite's API. */
import { isAbsolute, join, relative } from 'node:path';
import { build, preview, type Plugin, type PreviewServer } from 'vite';
import { CHUNK_MODULES_FILE } from './startup-js.ts';

export const repoRoot = join(import.meta.dirname, '..');
export const appConfigFile = join(repoRoot, 'vite.config.ts');
export const baselineConfigFile = join(repoRoot, 'bench', 'baseline', 'vite.config.ts');

export type Target = 'app' | 'baseline';

const configFileOf = (target: Target) => (target === 'app' ? appConfigFile : baselineConfigFile);

/**
 * Writes CHUNK_MODULES_FILE: each JS chunk's file name → the modules whose code it holds (rendered
 * length above 0), as paths relative to the Vite root with forward slashes. Vite's manifest names
 * chunks and their imports but not the modules inside them; this says where a view's module went.
 */
export function chunkModulesPlugin(): Plugin {
  let root = repoRoot;
  return {
    name: 'bench-chunk-modules',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_options, bundle) {
      const modules: Record<string, string[]> = {};
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        modules[item.fileName] = Object.entries(item.modules)
          .filter(([, module]) => module.renderedLength > 0)
          .map(([id]) => {
            const path = id.replace(/^\0/, '').replace(/\?.*$/, '');
            return (isAbsolute(path) ? relative(root, path) : path).split('\\').join('/');
          });
      }
      this.emitFile({ type: 'asset', fileName: CHUNK_MODULES_FILE, source: `${JSON.stringify(modules, null, 1)}\n` });
    },
  };
}

/**
 * `vite build` of the app or the baseline page into outDir (an absolute path or one relative to the
 * repository), with Vite's manifest and the chunk-modules record that bench/startup-js.ts reads.
 */
export async function buildTarget(target: Target, outDir: string): Promise<string> {
  const absolute = join(repoRoot, outDir);
  await build({
    configFile: configFileOf(target),
    mode: 'production',
    logLevel: 'warn',
    plugins: [chunkModulesPlugin()],
    build: { outDir: absolute, emptyOutDir: true, manifest: true },
  });
  return absolute;
}

/** `vite preview` of a build on a fixed port (the bench uses 4300–4399). */
export async function previewTarget(target: Target, outDir: string, port: number): Promise<PreviewServer> {
  return preview({
    configFile: configFileOf(target),
    logLevel: 'warn',
    build: { outDir: join(repoRoot, outDir) },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
}
