/** Production builds of the app and of the baseline page, and `vite preview` servers for them, through Vite's API. */
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

export const repoRoot = join(import.meta.dirname, '..');
export const appConfigFile = join(repoRoot, 'vite.config.ts');
export const baselineConfigFile = join(repoRoot, 'bench', 'baseline', 'vite.config.ts');

export type Target = 'app' | 'baseline';

const configFileOf = (target: Target) => (target === 'app' ? appConfigFile : baselineConfigFile);

/** `vite build` of the app or the baseline page into outDir (an absolute path or one relative to the repository). */
export async function buildTarget(target: Target, outDir: string): Promise<string> {
  const absolute = join(repoRoot, outDir);
  await build({ configFile: configFileOf(target), mode: 'production', logLevel: 'warn', build: { outDir: absolute, emptyOutDir: true } });
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
