import { describe, expect, it } from 'vitest';
import { fixtureCoverage } from '../../mocks/fixtures';
import { resolveView, VIEWS } from '../../src/app/view-registry';
import { withRegionFigures } from '../../src/shared/model/region-sums';
import { csvRecord } from '../../src/shared/export/csv';
import type { ViewData, ViewNeeds } from '../../src/shared/data/use-view-data';
import type { ViewInput } from '../../src/shared/view/view-definition';
import { DEFAULT_VIEW, type ViewState } from '../../src/shared/view/view-state';
import { fixtureAreas, fixtureYears, loadFixtureViewData } from '../helpers/fixture-data';

function input(state: Partial<ViewState> = {}): ViewInput {
  return { state: { ...DEFAULT_VIEW, ...state }, areas: fixtureAreas, years: fixtureYears, coverage: fixtureCoverage };
}

/** A view's data from the fixtures with the probation regions' figures added, as the app assembles it. */
const loadFixtures = (needs: ViewNeeds): Promise<ViewData> => loadFixtureViewData(needs, (data) => withRegionFigures(data, fixtureAreas));

const REGION_VIEWS = VIEWS.filter((view) => view.reads('geo')).map((view) => view.id);

describe('the views at probation-region level', () => {
  it('the default focus, West Midlands, is the area at area level and the region at region level: never both', () => {
    expect(resolveView(input({ view: 'compare' })).focus).toMatchObject({ id: 'west-midlands', kind: 'area' });
    const atRegions = resolveView(input({ view: 'compare', geo: 'region' }));
    expect(atRegions.focus).toMatchObject({ id: 'region-west-midlands', name: 'West Midlands region' });
    // No region's figures are published before a regional report is imported: it opens on the latest year, 2024-25.
    expect(atRegions.heading).toBe('Compare probation regions, 2024-25');
    // A region in the link stands for its same-named area at area level.
    expect(resolveView(input({ view: 'compare', area: 'region-west-midlands' })).focus.id).toBe('west-midlands');
  });

  it('compares the 12 regions for 2021-22 as sums of their areas, calculated here, and never as published', async () => {
    const compare = VIEWS.find((view) => view.id === 'compare');
    const [figure] = (await compare?.packFigures(input({ geo: 'region', year: '2021-22' }), loadFixtures)) ?? [];
    const regions = figure?.spec.rows.filter((row) => !row.isReference) ?? [];
    expect(regions).toHaveLength(12);
    for (const row of regions) {
      expect(row.areaId).toMatch(/^region-/);
      expect(row.regionFigure).toBe('sum of areas, calculated here');
      expect(row.status).not.toBe('published');
    }
    expect(figure?.spec.sourceLine).toMatch(/region figures before 2024-25 summed here from the areas’ figures/);
    // The CSV (and every export built from these rows) says the level and how the figure was found.
    const westMidlands = regions.find((row) => row.areaId === 'region-west-midlands');
    if (!westMidlands || !figure) throw new Error('no West Midlands region row');
    const record = csvRecord(westMidlands, figure.spec.notes);
    expect(record).toMatchObject({ geography_level: 'probation region', region_figure: 'sum of areas, calculated here', value_status: westMidlands.status });
    expect(record.source).toMatch(/^Sum of areas, calculated here: Staffordshire, Warwickshire, West Mercia, West Midlands/);
    expect(record.notes).toMatch(/calculated here/);
    expect(figure?.spec.notes.join(' ')).toMatch(/Sum of areas, calculated here \(not a published figure\)/);
  });

  it('compares the 12 regions for 2024-25 from their (illustrative) regional figures, and says the areas are not reported', async () => {
    const compare = VIEWS.find((view) => view.id === 'compare');
    const [figure] = (await compare?.packFigures(input({ geo: 'region', year: '2024-25' }), loadFixtures)) ?? [];
    const regions = figure?.spec.rows.filter((row) => !row.isReference) ?? [];
    expect(regions.map((row) => [row.regionFigure, row.status])).toEqual(Array(12).fill(['regional report', 'illustrative']));
    expect(figure?.spec.notes.join(' ')).toMatch(/Reporting change: from 2024-25/);
    const [atAreas] = (await compare?.packFigures(input({ year: '2024-25' }), loadFixtures)) ?? [];
    const areaRows = atAreas?.spec.rows.filter((row) => !row.isReference) ?? [];
    expect(areaRows.length).toBe(42);
    expect(areaRows.every((row) => row.status === 'not reported by area' && row.value === undefined)).toBe(true);
  });

  it('runs a region’s trend across the change with the break marked, and ends an area’s at 2023-24 with a note', async () => {
    const trends = VIEWS.find((view) => view.id === 'trends');
    const [region] = (await trends?.packFigures(input({ view: 'trends', geo: 'region' }), loadFixtures)) ?? [];
    const focusRows = region?.spec.rows.filter((row) => row.areaId === 'region-west-midlands') ?? [];
    expect(focusRows.map((row) => row.year)).toEqual(fixtureYears);
    expect(focusRows.every((row) => row.value !== undefined)).toBe(true);
    const notes = region?.spec.notes.join(' ') ?? '';
    expect(notes).toMatch(/from 2024-25: regional reports; earlier years summed from area reports/);
    const [area] = (await trends?.packFigures(input({ view: 'trends' }), loadFixtures)) ?? [];
    const lastAreaRow = area?.spec.rows.find((row) => row.areaId === 'west-midlands' && row.year === '2024-25');
    expect(lastAreaRow?.status).toBe('not reported by area');
    expect(area?.spec.notes.join(' ')).toMatch(/West Midlands: the line ends at 2023-24/);
  });

  it.each(REGION_VIEWS.map((id) => [id]))('%s builds its figures at region level from the regions’ rows', async (id) => {
    const view = VIEWS.find((candidate) => candidate.id === id);
    const figures = (await view?.packFigures(input({ view: id, geo: 'region', year: '2021-22' }), loadFixtures)) ?? [];
    for (const figure of figures) {
      const units = figure.spec.rows.filter((row) => !row.isReference);
      expect(units.length, figure.spec.title).toBeGreaterThan(0);
      expect(
        units.every((row) => row.areaId.startsWith('region-')),
        figure.spec.title,
      ).toBe(true);
    }
  });
});
