import { fixtureCoverage } from '../../mocks/fixtures';
import { VIEWS } from '../../src/app/view-registry';
import type { FigureDescription } from '../../src/domain/figure';
import type { ViewData, ViewNeeds } from '../../src/shared/data/use-view-data';
import type { ViewInput } from '../../src/shared/view/view-definition';
import { DEFAULT_VIEW, type ViewState } from '../../src/shared/view/view-state';
import { fixtureAreas, fixtureYears, loadFixtureViewData } from './fixture-data';

export function fixtureInput(state: Partial<ViewState> = {}): ViewInput {
  return { state: { ...DEFAULT_VIEW, ...state }, areas: fixtureAreas, years: fixtureYears, coverage: fixtureCoverage };
}

/** A view's data from the fixtures, assembled as the app does (no imports laid over). */
export function loadFixtures(needs: ViewNeeds): Promise<ViewData> {
  return loadFixtureViewData(needs);
}

/**
 * Every chart kind and view in each of its layouts, units, orders, colourings and limits, for West
 * Midlands 2021-22: what a test of every figure walks. The board pack's figures are added by `everyFigure`.
 */
export const FIGURE_STATES: readonly Partial<ViewState>[] = [
  { view: 'compare', measure: 'category1' },
  { view: 'compare', measure: 'category1', unit: 'rate' },
  { view: 'compare', measure: 'category1', unit: 'share', colour: 'comparison' },
  { view: 'compare', measure: 'category1', sort: 'change' },
  { view: 'compare', measure: 'level23Share', group: 'metropolitan' },
  { view: 'rates', colour: 'comparison' },
  { view: 'recalls', measure: 'breachOfLicenceRate' },
  { view: 'map' },
  { view: 'map', measure: 'category3', unit: 'share', colour: 'comparison' },
  { view: 'levels', layout: 'stacked', by: 'category' },
  { view: 'levels', layout: 'stacked', by: 'level' },
  { view: 'levels', layout: 'panels', by: 'level', unit: 'count' },
  { view: 'levels', layout: 'panels', by: 'category', unit: 'share' },
  { view: 'trends', layout: 'lines', trend: ['kent', 'essex'] },
  { view: 'trends', layout: 'panels', measure: 'category1', unit: 'share' },
  { view: 'funnel' },
  { view: 'funnel', limits: 'overdispersed' },
  { view: 'funnel', measure: 'category1', unit: 'share', limits: 'overdispersed' },
  { view: 'summary' },
];

export interface NamedFigure {
  name: string;
  figure: FigureDescription;
}

/** Every figure of FIGURE_STATES and of the board pack, each named by where it came from. */
export async function everyFigure(year = '2021-22'): Promise<NamedFigure[]> {
  const figures: NamedFigure[] = [];
  for (const state of FIGURE_STATES) {
    const view = VIEWS.find((candidate) => candidate.id === state.view);
    const figure = await view?.figure(fixtureInput({ year, ...state }), loadFixtures);
    if (!figure) throw new Error(`The ${String(state.view)} view drew no figure.`);
    figures.push({ name: JSON.stringify(state), figure });
  }
  for (const view of VIEWS) {
    const pack = await view.packFigures(fixtureInput({ year }), loadFixtures);
    pack.forEach((figure, index) => figures.push({ name: `pack ${view.id} ${index + 1}`, figure }));
  }
  return figures;
}
