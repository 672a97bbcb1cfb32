import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureCoverage } from '../../mocks/fixtures';
import { ViewNavigation } from '../../src/app/view-navigation';
import { resolveView, VIEWS } from '../../src/app/view-registry';
import type { ViewInput } from '../../src/shared/view/view-definition';
import { VIEW_IDS } from '../../src/shared/view/view-ids';
import { DEFAULT_VIEW, parseViewState, type ViewParam, type ViewState } from '../../src/shared/view/view-state';
import { VIEWS as E2E_VIEWS } from '../e2e/helpers';
import { fixtureAreas, fixtureYears } from '../helpers/fixture-data';

function input(state: Partial<ViewState> = {}): ViewInput {
  return { state: { ...DEFAULT_VIEW, ...state }, areas: fixtureAreas, years: fixtureYears, coverage: fixtureCoverage };
}

/** What a view resolves to, less its render function (a new one each time). */
function resolved(state: Partial<ViewState>) {
  const { render: _render, ...rest } = resolveView(input(state));
  return rest;
}

/** For every parameter but the view itself: a value other than the default. */
const OTHER_VALUES: { [K in Exclude<ViewParam, 'view'>]: ViewState[K] } = {
  area: 'kent',
  geo: 'region',
  year: '2019-20',
  group: 'region',
  custom: ['kent', 'essex'],
  measure: 'total',
  unit: 'share',
  layout: 'stacked',
  by: 'level',
  slice: 'level2',
  trend: ['kent'],
  sort: 'name',
  intervals: 'hide',
  colour: 'comparison',
  limits: 'overdispersed',
};

describe('each view’s facts come from its definition', () => {
  it('the registry has one definition for each id of VIEW_IDS, in its order (the navigation order)', () => {
    expect(VIEWS.map((view) => view.id)).toEqual([...VIEW_IDS]);
  });

  it('the navigation links every registered view, in order, under its navigation label', () => {
    render(<ViewNavigation />);
    const links = within(screen.getByRole('navigation', { name: 'Views' })).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(VIEWS.map((view) => view.navLabel));
    expect(links.map((link) => parseViewState(new URL(link.getAttribute('href') ?? '', 'http://localhost').search).state.view)).toEqual([...VIEW_IDS]);
  });

  it('the browser tests walk every view in navigation order, expecting the heading its definition resolves to', () => {
    expect(E2E_VIEWS.map(([id]) => id)).toEqual([...VIEW_IDS]);
    for (const [id, heading] of E2E_VIEWS) expect(resolveView(input({ view: id })).heading, id).toBe(heading);
  });

  it.each(VIEWS.map((view) => [view.id, view] as const))('the %s view reads no URL parameter its definition does not list', (id, view) => {
    const unlisted = (Object.keys(OTHER_VALUES) as (keyof typeof OTHER_VALUES)[]).filter((param) => !view.reads(param));
    const base = resolved({ view: id });
    for (const param of unlisted) expect(resolved({ view: id, [param]: OTHER_VALUES[param] }), param).toEqual(base);
  });

  it('a view asks for the probation regions’ figures (and loads their code) only when it shows regions', () => {
    for (const view of VIEWS) {
      expect(resolved({ view: view.id }).needs.regions ?? false, `${view.id} at area level`).toBe(false);
      if (view.reads('geo')) expect(resolved({ view: view.id, geo: 'region' }).needs.regions, `${view.id} at region level`).toBe(true);
    }
  });

  it('only the glossary and the import page read neither area nor year, so they alone have no area and year bar', () => {
    expect(VIEWS.filter((view) => !view.reads('area') && !view.reads('year')).map((view) => view.id)).toEqual(['glossary', 'import']);
  });
});
