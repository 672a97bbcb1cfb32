import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  parseViewState,
  reconcileViewState,
  serialiseViewState,
  fallbackFocusArea,
  DEFAULT_FOCUS_AREA,
  type ContextArea,
  type ViewState,
} from './view-state';
import { VIEW_IDS } from './view-ids';
import { UNIT_IDS, LAYOUT_IDS, BREAKDOWN_IDS, SLICE_IDS, SORT_IDS, INTERVAL_IDS, COLOUR_IDS, LIMIT_IDS } from '../../domain/chart-options';
import { GROUP_IDS } from '../../domain/comparator-groups';
import { MEASURE_IDS } from '../../domain/measures';
import { GEOGRAPHY_LEVELS } from '../../domain/geography';

const slug = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
const year = fc.integer({ min: 2000, max: 2098 }).map((start) => `${start}-${String((start + 1) % 100).padStart(2, '0')}`);

const viewState: fc.Arbitrary<ViewState> = fc.record({
  view: fc.constantFrom(...VIEW_IDS),
  geo: fc.constantFrom(...GEOGRAPHY_LEVELS),
  area: slug,
  group: fc.constantFrom(...GROUP_IDS),
  custom: fc.uniqueArray(slug, { maxLength: 10 }),
  year: fc.option(year, { nil: undefined }),
  measure: fc.constantFrom(...MEASURE_IDS),
  unit: fc.constantFrom(...UNIT_IDS),
  layout: fc.option(fc.constantFrom(...LAYOUT_IDS), { nil: undefined }),
  by: fc.constantFrom(...BREAKDOWN_IDS),
  slice: fc.constantFrom(...SLICE_IDS),
  trend: fc.uniqueArray(slug, { maxLength: 6 }),
  sort: fc.constantFrom(...SORT_IDS),
  intervals: fc.constantFrom(...INTERVAL_IDS),
  colour: fc.constantFrom(...COLOUR_IDS),
  limits: fc.constantFrom(...LIMIT_IDS),
});

describe('view state ⇄ URL', () => {
  it('round-trips every valid view through the query string', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const parsed = parseViewState(serialiseViewState(state));
        expect(parsed.notices).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on hostile query strings and always yields a valid view', () => {
    const hostile = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .array(
          fc.tuple(
            fc.constantFrom('view', 'area', 'year', 'group', 'areas', 'measure', 'unit', 'trend', 'by', 'slice', 'layout', 'sort', '__proto__', 'constructor'),
            fc.string({ unit: 'binary', maxLength: 80 }),
          ),
        )
        .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`),
      fc.constantFrom('?area=<script>alert(1)</script>', '?year=9999-00', '?view=%E0%A4%A', '?areas=,,,', `?trend=${'a,'.repeat(5000)}`),
    );
    fc.assert(
      fc.property(hostile, (search) => {
        const { state, notices } = parseViewState(search);
        expect(VIEW_IDS).toContain(state.view);
        expect(MEASURE_IDS).toContain(state.measure);
        expect(state.area).toMatch(/^[a-z0-9-]{1,60}$/);
        expect(state.trend.length).toBeLessThanOrEqual(6);
        expect(Array.isArray(notices)).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('falls back to defaults with a notice for unknown values', () => {
    const { state, notices } = parseViewState('?view=pie&area=<b>&year=2021&unit=furlongs');
    expect(state).toEqual(DEFAULT_VIEW);
    expect(notices).toEqual([
      'Ignored area "<b>": not an area we know.',
      'Ignored year "2021": years look like 2021-22.',
      'Ignored view "pie": not one we know.',
      'Ignored unit "furlongs": not one we know.',
    ]);
  });

  it('keeps short links short: the default view is an empty query', () => {
    expect(serialiseViewState(DEFAULT_VIEW)).toBe('');
    expect(serialiseViewState({ ...DEFAULT_VIEW, year: '2021-22', group: 'metropolitan' })).toBe('?group=metropolitan&year=2021-22');
  });

  it('replaces areas and years the API does not have, with notices', () => {
    const { state, notices } = reconcileViewState(
      { ...DEFAULT_VIEW, area: 'atlantis', year: '2030-31', custom: ['kent', 'nowhere'], trend: ['kent'] },
      { areas: [area('west-midlands', 'West Midlands'), area('kent', 'Kent')], years: ['2021-22'] },
    );
    expect(state).toMatchObject({ area: 'west-midlands', year: undefined, custom: ['kent'], trend: ['kent'] });
    expect(notices).toEqual([
      'There is no area "atlantis"; showing West Midlands instead.',
      'There are no reports for 2030-31; showing the latest year instead.',
      'Ignored 1 unknown chosen areas.',
    ]);
  });
});

function area(id: string, name = id, kind: ContextArea['kind'] = 'area'): ContextArea {
  return { id, name, kind };
}

describe('reconcile falls back only to what the data has', () => {
  it('shows the first local area, and says why, when the default area is not in the list (no render loop)', () => {
    const areas = [area('england-and-wales', 'England and Wales', 'national'), area('avon-and-somerset', 'Avon and Somerset'), area('kent', 'Kent')];
    const first = reconcileViewState({ ...DEFAULT_VIEW, view: 'summary', year: '2021-22' }, { areas, years: ['2021-22'] });
    expect(first.state).toMatchObject({ area: 'avon-and-somerset', year: '2021-22' });
    expect(first.notices).toEqual(["West Midlands, the area shown by default, is not in the data service's list of areas; showing Avon and Somerset instead."]);
    expect(reconcileViewState(first.state, { areas, years: ['2021-22'] })).toEqual({ state: first.state, notices: [] });
  });

  it('falls back to the national figures only when the list holds no local area', () => {
    const { state } = reconcileViewState(DEFAULT_VIEW, { areas: [area('england-and-wales', 'England and Wales', 'national')], years: ['2021-22'] });
    expect(state.area).toBe('england-and-wales');
  });

  it('chooses the same fallback as the views resolve to', () => {
    expect(fallbackFocusArea([area('kent'), area('west-midlands')])?.id).toBe('west-midlands');
    expect(fallbackFocusArea([area('england-and-wales', 'E&W', 'national'), area('kent')])?.id).toBe('kent');
    expect(fallbackFocusArea([])).toBeUndefined();
  });

  it('is idempotent: reconciling its own output changes nothing and says nothing, for any lists of areas and years', () => {
    const areaList = fc.uniqueArray(
      fc.record({
        id: fc.oneof(slug, fc.constantFrom(DEFAULT_FOCUS_AREA, 'kent', 'england-and-wales')),
        name: fc.string({ minLength: 1 }),
        kind: fc.constantFrom('area' as const, 'national' as const),
      }),
      { minLength: 1, maxLength: 12, selector: (item) => item.id },
    );
    const yearList = fc.uniqueArray(year, { minLength: 1, maxLength: 8 });
    // Links that name areas and years from the lists as well as ones that are not there.
    const input = fc.tuple(areaList, yearList, viewState).chain(([areas, years, state]) =>
      fc
        .record({
          area: fc.constantFrom(state.area, DEFAULT_FOCUS_AREA, ...areas.map((item) => item.id)),
          year: fc.constantFrom(state.year, undefined, ...years),
          custom: fc.subarray([...new Set([...state.custom, ...areas.map((item) => item.id)])]),
          trend: fc.subarray([...new Set([...state.trend, ...areas.map((item) => item.id)])]).map((ids) => ids.slice(0, 6)),
        })
        .map((picked) => ({ areas, years, state: { ...state, ...picked } })),
    );
    fc.assert(
      fc.property(input, ({ areas, years, state }) => {
        const context = { areas, years };
        const once = reconcileViewState(state, context);
        const twice = reconcileViewState(once.state, context);
        expect(twice.notices).toEqual([]);
        expect(twice.state).toEqual(once.state);
        // Everything it lands on is in the data.
        const ids = areas.map((item) => item.id);
        expect(ids).toContain(once.state.area);
        if (once.state.year !== undefined) expect(years).toContain(once.state.year);
        for (const id of [...once.state.custom, ...once.state.trend]) expect(ids).toContain(id);
        // Nothing changes without a notice saying so (except dropping the focus from its own trend list).
        if (once.notices.length === 0)
          expect({ ...once.state, trend: state.trend.filter((id) => id !== state.area) }).toEqual({
            ...state,
            trend: state.trend.filter((id) => id !== state.area),
          });
      }),
      { numRuns: 500 },
    );
  });
});
