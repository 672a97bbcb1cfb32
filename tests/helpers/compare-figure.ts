import { fixtureArea, fixtureAreas, fixtureYearData } from './fixture-data';
import type { Area } from '../../src/domain/area';
import { comparatorGroup } from '../../src/domain/comparator-groups';
import type { FigureDescription, RankedBarsChart } from '../../src/domain/figure';
import { MEASURES } from '../../src/domain/measures';
import { buildCompareChart } from '../../src/features/compare/model/compare-spec';

export interface CompareFigureOptions {
  group?: 'all' | 'region';
  /** Add 2020-21, so the rows carry changes. */
  withPreviousYear?: boolean;
  /** The areas' names and regions as the data service lists them (the fixtures by default). */
  areas?: Area[];
}

/** The compare view's default figure from the fixtures: RSOs per 100,000 in 2021-22, West Midlands in focus. */
export function compareFigure({
  group = 'all',
  withPreviousYear = false,
  areas = fixtureAreas,
}: CompareFigureOptions = {}): FigureDescription<RankedBarsChart> {
  const focus = areas.find((area) => area.id === 'west-midlands') ?? fixtureArea('west-midlands');
  const chart = buildCompareChart({
    areas,
    data: fixtureYearData('2021-22'),
    year: '2021-22',
    measure: MEASURES.rsoPer100k,
    unit: 'count',
    focus,
    group: comparatorGroup(areas, group, focus),
    previous: withPreviousYear ? fixtureYearData('2020-21') : undefined,
  });
  return {
    spec: chart.spec,
    chart: {
      kind: 'ranked-bars',
      rows: chart.ordered.map((entry) => entry.row),
      reference: chart.reference,
      showReference: chart.drawReference,
      mode: 'value',
    },
  };
}
