import type { FigureDescription } from '../../domain/figure';
import { MEASURES } from '../../domain/measures';
import type { TileMapChart } from '../../domain/tile-map';
import { tileMapLayout } from '../../shared/charts/tile-map';
import type { ViewData } from '../../shared/data/use-view-data';
import { ChartView } from '../../shared/view/chart-view';
import type { ViewProps } from '../../shared/view/view-definition';
import { GroupControls, MeasureSelect, UnitChoice } from '../../shared/view/view-controls';
import type { ResolvedMap } from './resolved';
import { buildMapFigure } from './model/map-figure';

export function build(resolved: ResolvedMap, data: ViewData): FigureDescription<TileMapChart> {
  const year = resolved.landing.year;
  return buildMapFigure({
    areas: resolved.areas,
    data: data.byYear.get(year),
    year,
    measure: MEASURES[resolved.measureId],
    unit: resolved.unit,
    focus: resolved.focus,
    group: resolved.group,
    previous: resolved.previousYear ? data.later.get(resolved.previousYear) : undefined,
  });
}

/** One measure, one year, every area as a square roughly where it is, shaded by its value; the table has every value. */
export default function MapPage({ resolved }: ViewProps<ResolvedMap>) {
  return (
    <ChartView
      resolved={resolved}
      layout={tileMapLayout}
      areas={resolved.areas}
      build={build}
      glossary={MEASURES[resolved.measureId].glossary}
      options={
        <>
          <GroupControls areas={[...resolved.areas]} focus={resolved.focus} group={resolved.group.id} level={resolved.level} />
          <MeasureSelect value={resolved.measureId} />
          <UnitChoice measureId={resolved.measureId} value={resolved.unit} />
        </>
      }
    />
  );
}
