import type { FigureDescription, PanelBarsChart, StackedSharesChart } from '../../domain/figure';
import type { ChartLayout } from '../../shared/charts/figure-layout';
import { panelBarsLayout } from '../../shared/charts/panel-bars';
import { stackedSharesLayout } from '../../shared/charts/stacked-shares';
import type { ViewData } from '../../shared/data/use-view-data';
import { ChartView } from '../../shared/view/chart-view';
import type { ViewProps } from '../../shared/view/view-definition';
import { GroupControls, OptionSelect } from '../../shared/view/view-controls';
import { useViewStore } from '../../shared/view/view-store';
import type { SliceId } from '../../domain/chart-options';
import type { ResolvedLevels } from './resolved';
import { buildLevelsChart } from './model/levels-chart';

const SLICES_BY_LEVEL: readonly (readonly [SliceId, string])[] = [
  ['all', 'All categories'],
  ['category1', 'Category 1 only'],
  ['category2', 'Category 2 only'],
  ['category3', 'Category 3 only'],
  ['category4', 'Category 4 only'],
];
const SLICES_BY_CATEGORY: readonly (readonly [SliceId, string])[] = [
  ['all', 'All levels'],
  ['level1', 'Level 1 only'],
  ['level2', 'Level 2 only'],
  ['level3', 'Level 3 only'],
];

const SHOW_AS = [
  ['panels-count', 'Numbers, one panel per group'],
  ['panels-share', 'Shares, one panel per group'],
  ['stacked-share', 'Shares, one bar per area adding to 100%'],
] as const;

const levelsLayout: ChartLayout<StackedSharesChart | PanelBarsChart> = (chart, width, options) =>
  chart.kind === 'stacked-shares' ? stackedSharesLayout(chart, width, options) : panelBarsLayout(chart, width, options);

export function build(resolved: ResolvedLevels, data: ViewData): FigureDescription<StackedSharesChart | PanelBarsChart> {
  const year = resolved.landing.year;
  const loaded = data.byYear.get(year) ?? { year, reports: [], errors: [] };
  const { spec, chart } = buildLevelsChart({ ...resolved, areas: resolved.areas, data: loaded, year });
  return { spec, chart };
}

/** Snapshot level × category for the focus area and its comparators. */
export default function LevelsPage({ resolved }: ViewProps<ResolvedLevels>) {
  const update = useViewStore((store) => store.update);
  const showAs = resolved.layout === 'stacked' ? 'stacked-share' : (`panels-${resolved.unit}` as const);
  return (
    <ChartView
      resolved={resolved}
      layout={levelsLayout}
      areas={resolved.areas}
      build={build}
      glossary={['levels', 'categories', 'snapshot']}
      table={{ showSeries: true }}
      options={
        <>
          <GroupControls areas={[...resolved.areas]} focus={resolved.focus} group={resolved.group.id} level={resolved.level} />
          <OptionSelect
            id="by-select"
            label="Split by"
            value={resolved.by}
            options={[
              ['category', 'Category'],
              ['level', 'Level'],
            ]}
            onChange={(by) => update({ by, slice: 'all' })}
          />
          <OptionSelect
            id="slice-select"
            label="Include"
            value={resolved.slice}
            options={resolved.by === 'level' ? SLICES_BY_LEVEL : SLICES_BY_CATEGORY}
            onChange={(slice) => update({ slice })}
          />
          <OptionSelect
            id="levels-layout"
            label="Show as"
            value={showAs}
            options={SHOW_AS}
            onChange={(chosen) =>
              update(
                chosen === 'stacked-share' ? { layout: 'stacked', unit: 'share' } : { layout: 'panels', unit: chosen === 'panels-share' ? 'share' : 'count' },
              )
            }
          />
        </>
      }
    />
  );
}
