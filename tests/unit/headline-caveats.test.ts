import { describe, expect, it } from 'vitest';
import { fixtureCoverage } from '../../mocks/fixtures';
import { VIEWS } from '../../src/app/view-registry';
import type { ViewId } from '../../src/shared/view/view-ids';
import { DEFAULT_VIEW, type ViewState } from '../../src/shared/view/view-state';
import { buildAreaSummary } from '../../src/features/summary/model/area-summary';
import { fixtureArea, fixtureAreas, fixtureYearData, fixtureYears, loadFixtureViewData } from '../helpers/fixture-data';

/** The headline (the chart's one-sentence summary) of a view's first figure. */
async function headline(view: ViewId, state: Partial<ViewState> = {}): Promise<string> {
  const definition = VIEWS.find((entry) => entry.id === view);
  const input = { state: { ...DEFAULT_VIEW, view, year: '2021-22', ...state }, areas: fixtureAreas, years: fixtureYears, coverage: fixtureCoverage };
  const [figure] = (await definition?.packFigures(input, (needs) => loadFixtureViewData(needs))) ?? [];
  if (!figure) throw new Error(`no figure for ${view}`);
  return figure.spec.summary;
}

// Issue 29 item 5: an extreme or a rank in a headline carries the weakest status of what it was ranked among.
describe('headlines: an extreme, a rank or a count of areas says how far it can be quoted', () => {
  it('the map: the highest and lowest of 42 areas, most of them illustrative, are marked so', async () => {
    expect(await headline('map')).toMatch(/Highest: .*; lowest: .*; which is highest and lowest illustrative: the ranking includes synthetic figures;/);
  });

  it('the funnel: the areas outside the limits are counted among illustrative figures, and say so', async () => {
    expect(await headline('funnel')).toMatch(
      /\d+ of 42 areas plotted are outside the 95% limits and \d+ outside the 99.8% limits \(illustrative: built from synthetic figures\)\.$/,
    );
  });

  it('the area summary: each rank says it is built on synthetic figures, and gives the rank among published figures', () => {
    const summary = buildAreaSummary(fixtureAreas, fixtureArea('west-midlands'), fixtureYearData('2021-22'), fixtureYearData('2020-21'));
    const ranked = summary.items.filter((item) => item.rankTrust !== undefined);
    expect(ranked.length).toBeGreaterThan(5);
    for (const item of ranked) {
      expect(item.rankTrust, item.label).toBe('illustrative');
      expect(item.rank, item.label).toMatch(/\(illustrative: the ranking includes synthetic figures\); .* with published figures$/);
    }
  });
});
