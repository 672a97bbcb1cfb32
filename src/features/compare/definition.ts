import { MEASURES, type MeasureId } from '../../domain/measures';
import { defineView, type ViewInput } from '../../shared/view/view-definition';
import type { ResolvedCompare } from './resolved';
import { previousYearIn, resolveGroup, resolveLanding, resolvePlace, resolveUnit } from '../../shared/view/resolve-common';
import type { GeographyLevel } from '../../domain/geography';
import { RECALL_MEASURES } from './recall-measures';
import type { ViewId } from '../../shared/view/view-ids';
import { optionOf } from '../../lib/option-of';

const compareHeading = (year: string, level: GeographyLevel) => (level === 'region' ? `Compare probation regions, ${year}` : `Compare areas, ${year}`);

/** What every ranked-bar view reads; the measure is read (or fixed) by each view itself. */
const RANKED_PARAMS = ['area', 'geo', 'year', 'group', 'custom', 'unit', 'sort', 'intervals', 'colour'] as const;
const PARAMS = [...RANKED_PARAMS, 'measure'] as const;
/** The rates view's measure is fixed, and a rate is shown as it is published: it reads neither measure nor unit. */
const RATES_PARAMS = ['area', 'geo', 'year', 'group', 'custom', 'sort', 'intervals', 'colour'] as const;

function resolveCompare(
  input: ViewInput<(typeof RANKED_PARAMS)[number]>,
  view: ViewId,
  measureId: MeasureId,
  measureChoice: ResolvedCompare['measureChoice'],
  heading: (year: string, level: GeographyLevel) => string,
): ResolvedCompare {
  const { level, focus } = resolvePlace(input);
  const landing = resolveLanding(input, focus);
  const year = landing.year;
  const previousYear = previousYearIn(input.years, year);
  const unit = resolveUnit(measureId, input.state.unit);
  return {
    view,
    heading: heading(year, level),
    areas: input.areas,
    focus,
    level,
    landing,
    // The year before feeds the change column and the "by change" order; it never delays the first chart.
    needs: { years: [year], laterYears: previousYear ? [previousYear] : [], areaSeries: [], seriesYears: [], regions: level === 'region' },
    measureId,
    unit,
    measureChoice,
    group: resolveGroup(input, focus, level),
    sort: input.state.sort === 'change' && !previousYear ? 'value' : input.state.sort,
    previousYear,
    intervals: input.state.intervals,
    colour: input.state.colour,
  };
}

/** The measures the board-paper pack compares, in counts, ranked by value. */
const PACK_MEASURES: readonly MeasureId[] = ['rsoPer100k', 'total', 'category1', 'category2', 'category3', 'level23Share', 'shpo', 'breachOfLicence'];

const compareAs = (input: ViewInput, measure: MeasureId) =>
  resolveCompare({ ...input, state: { ...input.state, unit: 'count', sort: 'value' } }, 'compare', measure, 'any', compareHeading);

export const compareView = defineView({
  id: 'compare',
  navLabel: 'Compare areas',
  params: PARAMS,
  resolve: (input) => resolveCompare(input, 'compare', input.state.measure, 'any', compareHeading),
  packVariants: (input) => PACK_MEASURES.map((measure) => compareAs(input, measure)),
  load: () => import('./compare-page'),
});

export const ratesView = defineView({
  id: 'rates',
  navLabel: 'RSOs per 100,000',
  params: RATES_PARAMS,
  resolve: (input) =>
    resolveCompare(
      { ...input, state: { ...input.state, unit: 'count' } },
      'rates',
      'rsoPer100k',
      'fixed',
      (year, level) => `${MEASURES.rsoPer100k.label}${level === 'region' ? ', probation regions' : ''}, ${year}`,
    ),
  load: () => import('./compare-page'),
});

export const recallsView = defineView({
  id: 'recalls',
  navLabel: 'Recalls',
  params: PARAMS,
  resolve: (input) =>
    resolveCompare(
      input,
      'recalls',
      optionOf(RECALL_MEASURES, input.state.measure) ?? RECALL_MEASURES[0],
      'recalls',
      (year, level) => `Returned to custody${level === 'region' ? ', probation regions' : ''}, ${year}`,
    ),
  packVariants: (input) => [
    resolveCompare(
      { ...input, state: { ...input.state, sort: 'value' } },
      'recalls',
      'breachOfLicenceRate',
      'recalls',
      (year, level) => `Returned to custody${level === 'region' ? ', probation regions' : ''}, ${year}`,
    ),
  ],
  load: () => import('./compare-page'),
});
