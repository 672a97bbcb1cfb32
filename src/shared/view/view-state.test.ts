import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState, reconcileViewState, serialiseViewState, type ViewState } from './view-state';
import { VIEW_IDS } from './view-ids';
import { UNIT_IDS, LAYOUT_IDS, BREAKDOWN_IDS, SLICE_IDS, SORT_IDS, INTERVAL_IDS, COLOUR_IDS } from '../../domain/chart-options';
import { GROUP_IDS } from '../../domain/comparator-groups';
import { MEASURE_IDS } from '../../domain/measures';

const slug = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
const year = fc.integer({ min: 2000, max: 2098 }).map((start) => `${start}-${String((start + 1) % 100).padStart(2, '0')}`);

const viewState: fc.Arbitrary<ViewState> = fc.record({
  view: fc.constantFrom(...VIEW_IDS),
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
      { areaIds: ['west-midlands', 'kent'], years: ['2021-22'] },
    );
    expect(state).toMatchObject({ area: 'west-midlands', year: undefined, custom: ['kent'], trend: ['kent'] });
    expect(notices).toHaveLength(3);
  });
});
