import { describe, expect, it } from 'vitest';
import { resolveView, VIEWS, viewFor } from '../../src/app/view-registry';
import { VIEW_IDS } from '../../src/shared/view/view-ids';
import { fixtureYears } from '../helpers/fixture-data';
import type { ViewState } from '../../src/shared/view/view-state';
import { fixtureInput as input, loadFixtures } from '../helpers/every-figure';

describe('resolveView', () => {
  it('has a definition for every view the URL can name, each with its own navigation label', () => {
    expect(VIEWS.map((view) => view.id).sort()).toEqual([...VIEW_IDS].sort());
    expect(new Set(VIEWS.map((view) => view.navLabel)).size).toBe(VIEWS.length);
  });

  it.each(VIEW_IDS.map((id) => [id]))('resolves the %s view from the defaults to a heading, the focus area and what to fetch', (view) => {
    const resolved = resolveView(input({ view }));
    expect(resolved.view).toBe(view);
    expect(resolved.heading).not.toBe('');
    expect(resolved.focus.id).toBe('west-midlands');
    for (const year of [...resolved.needs.years, ...resolved.needs.laterYears, ...resolved.needs.seriesYears]) expect(fixtureYears).toContain(year);
  });

  it('opens on the focus area’s latest year with published figures when no year is chosen', () => {
    const resolved = resolveView(input({ view: 'compare', year: undefined }));
    expect(resolved.landing).toMatchObject({ year: '2021-22', reason: 'latest-published' });
    expect(resolved.needs.years).toEqual(['2021-22']);
    expect(resolved.needs.laterYears).toEqual(['2020-21']);
  });

  it('falls back from a year the data service does not have, and never asks for it', () => {
    const resolved = resolveView(input({ view: 'compare', year: '2031-32' }));
    expect(resolved.landing.year).not.toBe('2031-32');
    expect(resolved.needs.years).not.toContain('2031-32');
  });

  it('asks for no year before the first one for a change', () => {
    const first = fixtureYears[0] ?? '';
    expect(resolveView(input({ view: 'compare', year: first, sort: 'change' })).needs.laterYears).toEqual([]);
  });

  it('falls back to the default focus area for an unknown one', () => {
    expect(resolveView(input({ view: 'summary', area: 'atlantis' })).focus.id).toBe('west-midlands');
  });

  it('needs no data for the glossary and the import page', () => {
    for (const view of ['glossary', 'import'] as const) {
      expect(resolveView(input({ view })).needs).toEqual({ years: [], laterYears: [], areaSeries: [], seriesYears: [] });
    }
  });

  it('asks the trends view for the series of its areas over every year', () => {
    const needs = resolveView(input({ view: 'trends', trend: ['kent'] })).needs;
    expect(needs.areaSeries).toEqual(expect.arrayContaining(['west-midlands', 'kent']));
    expect(needs.seriesYears).toEqual(fixtureYears);
  });

  it('a view the URL names but the registry lacks would fall back to the area summary', () => {
    expect(viewFor('not-a-view' as ViewState['view']).id).toBe('summary');
  });
});

describe('each view’s pure build, through its board-pack variants', () => {
  it.each(VIEWS.map((view) => [view.id, view] as const))('%s builds figures whose table rows come from the data', async (_id, view) => {
    const figures = await view.packFigures(input({ year: '2021-22' }), loadFixtures);
    for (const figure of figures) {
      expect(figure.spec.title).not.toBe('');
      expect(figure.spec.rows.length).toBeGreaterThan(0);
      expect(figure.spec.sourceLine).toMatch(/^Source/);
    }
    // Pages without a chart have none; the rates view's figure is one of the compare view's eight measures.
    const hasFigures = !['tables', 'glossary', 'import', 'rates'].includes(view.id);
    expect(figures.length > 0).toBe(hasFigures);
  });
});
