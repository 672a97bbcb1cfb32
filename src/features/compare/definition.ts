import { MEASURES, type MeasureId } from '../../domain/measures';
import { defineView, type ViewInput } from '../../shared/view/view-definition';
import type { ResolvedCompare } from './resolved';
import { previousYearIn, resolveFocus, resolveGroup, resolveLanding, resolveUnit } from '../../shared/view/resolve-common';
import { RECALL_MEASURES } from './recall-measures';
import type { ViewId } from '../../shared/view/view-ids';
import { optionOf } from '../../lib/option-of';

/** What every ranked-bar view reads; the measure is read (or fixed) by each view itself. */
const RANKED_PARAMS = ['area', 'year', 'group', 'custom', 'unit', 'sort', 'intervals', 'colour'] as const;
const PARAMS = [...RANKED_PARAMS, 'measure'] as const;
/** The rates view's measure is fixed, and a rate is shown as it is published: it reads neither measure nor unit. */
const RATES_PARAMS = ['area', 'year', 'group', 'custom', 'sort', 'intervals', 'colour'] as const;

function resolveCompare(
  input: ViewInput<(typeof RANKED_PARAMS)[number]>,
  view: ViewId,
  measureId: MeasureId,
  measureChoice: ResolvedCompare['measureChoice'],
  heading: (year: string) => string,
): ResolvedCompare {
  const focus = resolveFocus(input);
  const landing = resolveLanding(input, focus);
  const year = landing.year;
  const previousYear = previousYearIn(input.years, year);
  const unit = resolveUnit(measureId, input.state.unit);
  return {
    view,
    heading: heading(year),
    areas: input.areas,
    focus,
    landing,
    // The year before feeds the change column and the "by change" order; it never delays the first chart.
    needs: { years: [year], laterYears: previousYear ? [previousYear] : [], areaSeries: [], seriesYears: [] },
    measureId,
    unit,
    measureChoice,
    group: resolveGroup(input, focus),
    sort: input.state.sort === 'change' && !previousYear ? 'value' : input.state.sort,
    previousYear,
    intervals: input.state.intervals,
    colour: input.state.colour,
  };
}

/** The measures the board-paper pack compares, in counts, ranked by value. */
const PACK_MEASURES: readonly MeasureId[] = ['rsoPer100k', 'total', 'category1', 'category2', 'category3', 'level23Share', 'shpo', 'breachOfLicence'];

const compareAs = (input: ViewInput, measure: MeasureId) =>
  resolveCompare({ ...input, state: { ...input.state, unit: 'count', sort: 'value' } }, 'compare', measure, 'any', (year) => `Compare areas, ${year}`);

export const compareView = defineView({
  id: 'compare',
  navLabel: 'Compare areas',
  params: PARAMS,
  resolve: (input) => resolveCompare(input, 'compare', input.state.measure, 'any', (year) => `Compare areas, ${year}`),
  packVariants: (input) => PACK_MEASURES.map((measure) => compareAs(input, measure)),
  load: () => import('./compare-page'),
});

export const ratesView = defineView({
  id: 'rates',
  navLabel: 'RSOs per 100,000',
  params: RATES_PARAMS,
  resolve: (input) =>
    resolveCompare({ ...input, state: { ...input.state, unit: 'count' } }, 'rates', 'rsoPer100k', 'fixed', (year) => `${MEASURES.rsoPer100k.label}, ${year}`),
  load: () => import('./compare-page'),
});

export const recallsView = defineView({
  id: 'recalls',
  navLabel: 'Recalls',
  params: PARAMS,
  resolve: (input) =>
    resolveCompare(input, 'recalls', optionOf(RECALL_MEASURES, input.state.measure) ?? RECALL_MEASURES[0], 'recalls', (year) => `Returned to custody, ${year}`),
  packVariants: (input) => [
    resolveCompare(
      { ...input, state: { ...input.state, sort: 'value' } },
      'recalls',
      'breachOfLicenceRate',
      'recalls',
      (year) => `Returned to custody, ${year}`,
    ),
  ],
  load: () => import('./compare-page'),
});
