import type { FigureDescription, FunnelChart } from '../../domain/figure';
import { MEASURES } from '../../domain/measures';
import { funnelLayout } from '../../shared/charts/funnel';
import type { ViewData } from '../../shared/data/use-view-data';
import { ChartView } from '../../shared/view/chart-view';
import type { ViewProps } from '../../shared/view/view-definition';
import { GroupControls, MeasureSelect, OptionSelect } from '../../shared/view/view-controls';
import { useViewStore } from '../../shared/view/view-store';
import type { ResolvedFunnel } from './resolved';
import { buildFunnelFigure } from './model/funnel-figure';

export function build(resolved: ResolvedFunnel, data: ViewData): FigureDescription<FunnelChart> {
  const year = resolved.landing.year;
  return buildFunnelFigure({
    areas: resolved.areas,
    data: data.byYear.get(year),
    year,
    measure: MEASURES[resolved.measureId],
    unit: resolved.unit,
    focus: resolved.focus,
    group: resolved.group,
    limits: resolved.limits,
  });
}

const LIMIT_OPTIONS = [
  ['plain', 'Plain: chance alone'],
  ['overdispersed', 'Allowing for overdispersion (areas that differ)'],
] as const;

/** Each area's rate or share against its denominator, with control limits around England and Wales. */
export default function FunnelPage({ resolved }: ViewProps<ResolvedFunnel>) {
  const update = useViewStore((store) => store.update);
  const measure = MEASURES[resolved.measureId];
  return (
    <ChartView
      resolved={resolved}
      layout={funnelLayout}
      areas={resolved.areas}
      build={build}
      glossary={[...measure.glossary, 'confidenceInterval', 'comparedWithNational', 'funnelPlot', 'overdispersion']}
      options={
        <>
          <GroupControls areas={[...resolved.areas]} focus={resolved.focus} group={resolved.group.id} level={resolved.level} />
          <MeasureSelect value={resolved.measureId} />
          {measure.kind === 'count' ? (
            <OptionSelect
              id="funnel-unit"
              label="Show as"
              value={resolved.unit === 'share' ? 'share' : 'rate'}
              options={
                measure.id === 'total'
                  ? [['rate', 'Per 100,000 people (calculated here)']]
                  : [
                      ['rate', 'Per 100,000 people (calculated here)'],
                      ['share', '% of area total (calculated here)'],
                    ]
              }
              onChange={(unit) => update({ unit })}
            />
          ) : (
            <div className="field">
              <span className="field-label">Shown as</span>
              <p className="field-static">{measure.unitLabel}</p>
            </div>
          )}
          <OptionSelect id="funnel-limits" label="Control limits" value={resolved.limits} options={LIMIT_OPTIONS} onChange={(limits) => update({ limits })} />
        </>
      }
    />
  );
}
