import { describe, expect, it } from 'vitest';
import { BUNDLE_BUDGET_FACTOR, checkBundleBudget, initialScripts, localPath } from './bundle-size';

const viteIndex = `<!doctype html>
<html lang="en-GB">
  <head>
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <script type="module" crossorigin src="/assets/index-CHIfVwD4.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/rolldown-runtime-XKyaHtl9.js">
    <link rel="modulepreload" crossorigin href="/assets/react-BbcUJ4Dy.js">
    <link rel="stylesheet" crossorigin href="/assets/index-DPjQWV3R.css">
    <link rel="preload" as="font" href="/assets/font.woff2">
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('initialScripts', () => {
  it('finds the entry script and every modulepreload, in document order, and nothing else', () => {
    expect(initialScripts(viteIndex).map((script) => script.file)).toEqual([
      'assets/index-CHIfVwD4.js',
      'assets/rolldown-runtime-XKyaHtl9.js',
      'assets/react-BbcUJ4Dy.js',
    ]);
  });

  it('counts classic and inline scripts but not JSON data, comments, other hosts or repeats', () => {
    const html = `<script src="./legacy.js?v=2"></script>
      <script>window.config = {}</script>
      <script type="application/json">{"not": "code"}</script>
      <!-- <script src="/assets/commented-out.js"></script> -->
      <script src="https://cdn.example.com/analytics.js"></script>
      <link rel="modulepreload" href='/assets/a.js'><link rel=modulepreload href=/assets/a.js>
      <script type="module" src="/assets/a.js"></script>`;
    expect(initialScripts(html)).toEqual([{ file: 'legacy.js' }, { file: 'inline script 1', inline: 'window.config = {}' }, { file: 'assets/a.js' }]);
  });

  it('reads paths under a base other than /', () => {
    expect(localPath('/mappa/assets/x.js', '/mappa/')).toBe('assets/x.js');
    expect(localPath('//cdn.example.com/x.js')).toBeUndefined();
  });
});

describe('checkBundleBudget', () => {
  it('allows the app up to the factor × the baseline', () => {
    expect(checkBundleBudget(115_000, 100_000, 1.15)).toMatchObject({ budgetBytes: 115_000, withinBudget: true, overBytes: 0 });
    expect(checkBundleBudget(60_000, 100_000, 1.15)).toMatchObject({ ratio: 0.6, withinBudget: true });
  });

  it('says by how much a bigger app is over', () => {
    expect(checkBundleBudget(120_000, 100_000, 1.15)).toMatchObject({ budgetBytes: 115_000, withinBudget: false, overBytes: 5_000, ratio: 1.2 });
  });

  it('holds npm test at issue 30’s ceiling of 1.38 × the baseline, never looser', () => {
    expect(BUNDLE_BUDGET_FACTOR).toBeLessThanOrEqual(1.38);
    expect(checkBundleBudget(138_000, 100_000).withinBudget).toBe(BUNDLE_BUDGET_FACTOR >= 1.38);
    expect(checkBundleBudget(139_000, 100_000).withinBudget).toBe(false);
  });

  it('takes another factor, and refuses an empty baseline', () => {
    expect(checkBundleBudget(120_000, 100_000, 1.25).withinBudget).toBe(true);
    expect(() => checkBundleBudget(1, 0)).toThrow(/baseline/);
  });
});
