/** Lighthouse 12 against a URL, in Debian's Chromium started by chrome-launcher. */
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.ts';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];
export type LighthousePreset = 'desktop' | 'mobile';

export interface LighthouseResult {
  preset: LighthousePreset;
  url: string;
  lighthouseVersion: string;
  /** 0–100 per category. */
  scores: Record<LighthouseCategory, number>;
  /** Audits of each category scoring below 0.9 (what the report shows as failing), with their scores. */
  failing: Record<LighthouseCategory, { id: string; score: number; title: string }[]>;
  /** Lab metrics in ms (CLS unitless). */
  metrics: Record<string, number>;
  warnings: string[];
}

const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive'];

/** One Lighthouse run of the three categories, with the desktop preset or the default (mobile) one; the full report goes to saveTo if given. */
export async function runLighthouse(url: string, preset: LighthousePreset, saveTo?: string): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: [...CHROMIUM_FLAGS], logLevel: 'error' });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...LIGHTHOUSE_CATEGORIES] },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const lhr = result.lhr;
    if (saveTo) writeFileSync(saveTo, JSON.stringify(lhr));
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = {} as LighthouseResult['scores'];
    const failing = {} as LighthouseResult['failing'];
    for (const id of LIGHTHOUSE_CATEGORIES) {
      const category = lhr.categories[id];
      if (!category || category.score === null) throw new Error(`Lighthouse could not score ${id}`);
      scores[id] = Math.round(category.score * 100);
      failing[id] = category.auditRefs.flatMap((ref) => {
        const audit = lhr.audits[ref.id];
        if (!audit || audit.score === null || !SCORED_MODES.has(audit.scoreDisplayMode) || audit.score >= 0.9) return [];
        return [{ id: ref.id, score: audit.score, title: audit.title }];
      });
    }
    const metrics = Object.fromEntries(METRICS.flatMap((id) => (typeof lhr.audits[id]?.numericValue === 'number' ? [[id, lhr.audits[id].numericValue]] : [])));
    return { preset, url, lighthouseVersion: lhr.lighthouseVersion, scores, failing, metrics, warnings: lhr.runWarnings };
  } finally {
    chrome.kill();
  }
}
