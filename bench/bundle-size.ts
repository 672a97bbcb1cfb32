/**
 * Sizes of built JavaScript: the scripts a built index.html loads itself (module and classic
 * <script src>, inline scripts, <link rel="modulepreload">), gzip sizes, and the size budget
 * against the baseline page. Shared by `npm run bench` and `npm run check:bundle`
 * (bench/startup-js.ts follows the rest of what a page loads before its first chart).
 */
import { gzipSync } from 'node:zlib';

/**
 * The ceiling issue 30 set for the app's JavaScript before its first chart (gzip, × the baseline
 * page's; issue 16's goal of 1.15 × is retired): `npm run check:bundle` (in `npm test`) holds the
 * line at it and `npm run bench` judges against it. The app's first chart is at about 1.36 × (README,
 * "Performance", says what is in it), so any growth past the factor fails the build. Lower it as
 * the app gets smaller; it never goes up without a README entry saying why. It was 1.41 × from
 * 2026-12-07 until the probation regions' sums and the bars' tooltip moved out of the first view.
 */
export const BUNDLE_BUDGET_FACTOR = 1.38;

export interface InitialScript {
  /** Path of the file relative to the build folder, or "inline script N". */
  file: string;
  /** The script's text when it is inline in index.html. */
  inline?: string;
}

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

const TAG = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>|<link\b([^>]*)>/gi;
const ATTRIBUTE = /([a-zA-Z:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1];
    if (name) attributes.set(name.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** "/assets/index-abc.js?v=1" → "assets/index-abc.js"; other hosts are not ours to measure. */
export function localPath(url: string, base = '/'): string | undefined {
  if (/^([a-z][a-z0-9+.-]*:)?\/\//i.test(url) || url.startsWith('data:')) return undefined;
  const path = url.split(/[?#]/)[0] ?? '';
  if (path.startsWith(base)) return path.slice(base.length);
  return path.replace(/^\.?\//, '');
}

const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * The JavaScript a page loads before it can run: external and inline scripts, and module
 * preloads, in document order, each file once. HTML comments are ignored.
 */
export function initialScripts(html: string, base = '/'): InitialScript[] {
  const scripts: InitialScript[] = [];
  const seen = new Set<string>();
  let inlineCount = 0;
  for (const match of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(TAG)) {
    const isScript = match[3] === undefined;
    const attributes = attributesOf((isScript ? match[1] : match[3]) ?? '');
    let url: string | undefined;
    if (isScript) {
      if (!SCRIPT_TYPES.has((attributes.get('type') ?? '').toLowerCase())) continue;
      url = attributes.get('src');
      if (url === undefined) {
        const text = match[2] ?? '';
        if (text.trim()) {
          inlineCount += 1;
          scripts.push({ file: `inline script ${inlineCount}`, inline: text });
        }
        continue;
      }
    } else {
      const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
      if (!rel.includes('modulepreload')) continue;
      url = attributes.get('href');
    }
    const file = url === undefined ? undefined : localPath(url, base);
    if (file && !seen.has(file)) {
      seen.add(file);
      scripts.push({ file });
    }
  }
  return scripts;
}

export function gzipSize(content: Buffer | string): number {
  return gzipSync(content).length;
}

export interface BudgetCheck {
  appGzipBytes: number;
  baselineGzipBytes: number;
  budgetBytes: number;
  /** app ÷ baseline */
  ratio: number;
  withinBudget: boolean;
  /** How far the app is over the budget (0 when within). */
  overBytes: number;
}

export function checkBundleBudget(appGzipBytes: number, baselineGzipBytes: number, factor = BUNDLE_BUDGET_FACTOR): BudgetCheck {
  if (!(baselineGzipBytes > 0)) throw new Error('The baseline page has no JavaScript to compare with');
  const budgetBytes = Math.round(baselineGzipBytes * factor);
  return {
    appGzipBytes,
    baselineGzipBytes,
    budgetBytes,
    ratio: appGzipBytes / baselineGzipBytes,
    withinBudget: appGzipBytes <= budgetBytes,
    overBytes: Math.max(0, appGzipBytes - budgetBytes),
  };
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
