import { LEVEL_NOUNS, unitsAt } from '../../domain/geography';
import type { FigureDescription, TrendLinesChart } from '../../domain/figure';
import { trendLinesLayout } from '../../shared/charts/trend-lines';
import { MEASURES } from '../../domain/measures';
import { LazyAreaMultiSelect } from '../../shared/areas/lazy-area-multi-select';
import type { ViewData } from '../../shared/data/use-view-data';
import { ChartView } from '../../shared/view/chart-view';
import type { ViewProps } from '../../shared/view/view-definition';
import { MeasureSelect, OptionSelect, UnitChoice } from '../../shared/view/view-controls';
import { useViewStore } from '../../shared/view/view-store';
import { MAX_TREND_AREAS } from '../../shared/view/view-state';
import type { ResolvedTrends } from './resolved';
import { buildTrendChart, NARROW_TREND_SCREEN } from './model/trend-chart';
import { ChoiceSummary } from '../../shared/view/chart-choices';
import { useMediaQuery } from '../../lib/use-media-query';
import { useCallback } from 'react';

/** The trend's figure; `narrowScreen` lets a layout left to the app draw panels on a phone (trendLayout). */
export function build(resolved: ResolvedTrends, data: ViewData, narrowScreen = false): FigureDescription<TrendLinesChart> {
  return buildTrendChart({
    areas: resolved.areas,
    yearData: data.series,
    years: resolved.needs.seriesYears,
    measure: MEASURES[resolved.measureId],
    unit: resolved.unit,
    focus: resolved.focus,
    chosenIds: resolved.chosenIds,
    layout: resolved.layout,
    level: resolved.level,
    narrowScreen,
  });
}

/** Lines over the years for the focus area, chosen areas and England and Wales. */
export default function TrendsPage({ resolved }: ViewProps<ResolvedTrends>) {
  const update = useViewStore((store) => store.update);
  const choosable = unitsAt(resolved.areas, resolved.level).filter((area) => area.id !== resolved.focus.id);
  const many = LEVEL_NOUNS[resolved.level].many;
  const one = LEVEL_NOUNS[resolved.level].one;
  const narrowScreen = useMediaQuery(`(max-width: ${NARROW_TREND_SCREEN - 0.02}px)`);
  const buildOnScreen = useCallback((shown: ResolvedTrends, data: ViewData) => build(shown, data, narrowScreen), [narrowScreen]);
  const chosenNames = resolved.chosenIds.map((id) => choosable.find((area) => area.id === id)?.name ?? id);
  return (
    <ChartView
      resolved={resolved}
      layout={trendLinesLayout}
      areas={resolved.areas}
      build={buildOnScreen}
      glossary={MEASURES[resolved.measureId].glossary}
      table={{ showYear: true }}
      options={
        <>
          <MeasureSelect value={resolved.measureId} />
          <UnitChoice measureId={resolved.measureId} value={resolved.unit} />
          <OptionSelect
            id="trend-layout"
            label="Layout"
            value={resolved.layout}
            options={[
              ['auto', `Automatic: one panel per ${one} on a phone`],
              ['lines', `All ${many} on one chart`],
              ['panels', `One panel per ${one}, same scale`],
            ]}
            onChange={(layout) => update({ layout: layout === 'auto' ? undefined : layout })}
            choice={resolved.layout === 'auto' ? 'Layout: automatic' : undefined}
          />
          <LazyAreaMultiSelect
            label={resolved.level === 'region' ? 'Regions to draw beside the focus region' : 'Areas to draw beside the focus area'}
            areas={choosable}
            selectedIds={resolved.chosenIds}
            onChange={(ids) => update({ trend: ids.slice(0, MAX_TREND_AREAS) })}
            max={MAX_TREND_AREAS}
            level={resolved.level}
            hint={`Up to ${MAX_TREND_AREAS} ${many}. Type to search, then press Enter to add.`}
          />
          <ChoiceSummary id="trend-areas" text={chosenNames.length > 0 ? `With ${chosenNames.join(', ')}` : undefined} />
        </>
      }
    />
  );
}
