import { PageHeading } from '../../shared/view/page-heading';
import { Suspense, useMemo, type ReactNode } from 'react';
import { displayValue } from '../../shared/charts/row-text';
import { claimSourceNames, type DisputeResolution } from '../../domain/disputes';
import { formatNumber } from '../../lib/format';
import { FindingsNote } from '../../shared/report/findings-note';
import { NoFiguresNote } from '../../shared/data/record-errors-note';
import { recordErrorFor } from '../../shared/model/year-data';
import { buildAreaSummary, type SummaryItem } from './model/area-summary';
import { capitalise } from '../../shared/model/chart-text';
import { TOTAL_WARNING_MARK, totalWarningText } from '../../shared/model/total-warnings';
import { ViewDataState, type LoadedYear } from '../../shared/data/use-view-data';
import type { ViewProps } from '../../shared/view/view-definition';
import type { ResolvedSummary } from './resolved';
import { hasNoReports, NoReportsNote } from '../../shared/view/no-reports-note';
import { BoardPack } from './board-pack';
import type { Trust } from '../../domain/trust';
import type { FigureDescription, SpineChart } from '../../domain/figure';
import type { ViewData } from '../../shared/data/use-view-data';
import { ChartFigure } from '../../shared/charts/chart-figure';
import { spineLayout } from '../../shared/charts/spine';
import { LoadBoundary, retryableLazy } from '../../lib/lazy-load';
import { buildSpineFigure } from './model/spine-figure';
import { SpineTable } from './spine-table';

// The download buttons and explanations load after the profile is drawn, as on every chart.
const ChartActions = retryableLazy(() => import('../../shared/export/chart-actions').then((m) => ({ default: m.ChartActions })));
const GlossaryTerms = retryableLazy(() => import('../../shared/view/glossary-terms').then((m) => ({ default: m.GlossaryTerms })));

function Deferred({ what, children }: { what: string; children: ReactNode }) {
  return (
    <LoadBoundary what={what}>
      <Suspense fallback={<p role="status">Loading {what}…</p>}>{children}</Suspense>
    </LoadBoundary>
  );
}

/** The board-paper pack's figure of this view: the area profile (spine chart). */
export function build(resolved: ResolvedSummary, data: ViewData): FigureDescription<SpineChart> {
  const year = resolved.landing.year;
  return buildSpineFigure({ areas: resolved.areas, data: data.byYear.get(year) ?? { year, reports: [], errors: [] }, focus: resolved.focus });
}

function StatusTag({ status }: { status: SummaryItem['row']['status'] }) {
  if (status === 'illustrative') return <span className="tag tag-illustrative">illustrative</span>;
  if (status === 'imported') return <span className="tag tag-imported">imported</span>;
  if (status === 'published') return <span className="tag tag-published">published</span>;
  if (status === 'calculated here') return <span className="tag tag-published">calculated here from published figures</span>;
  if (status === 'sources disagree') return <span className="tag tag-disputed">sources disagree</span>;
  return null;
}

/** How far a derived statement (change, rank) can be quoted, as a data attribute the e2e walk reads. */
function trustStatus(trust: Trust | undefined): string {
  return trust ?? 'none';
}

/** The focus area's key figures, each with the change from last year and its rank, every number with its status. */
export default function SummaryPage({ resolved, input }: ViewProps<ResolvedSummary>) {
  const { focus, areas } = resolved;
  const year = resolved.landing.year;
  return (
    <section aria-labelledby="view-heading">
      <PageHeading id="view-heading">{resolved.heading}</PageHeading>
      <ViewDataState needs={resolved.needs} areas={areas} what={`the reports for ${resolved.needs.years.join(' and ')}`}>
        {(data) => {
          const current = data.byYear.get(year);
          if (!current) return null;
          if (hasNoReports(current)) return <NoReportsNote year={year} />;
          return <Summary resolved={resolved} current={current} previous={resolved.previousYear ? data.byYear.get(resolved.previousYear) : undefined} />;
        }}
      </ViewDataState>
      <BoardPack year={year} years={input.years} focus={focus} areas={areas} />
    </section>
  );
}

function Summary({ resolved, current, previous }: { resolved: ResolvedSummary; current: LoadedYear; previous: LoadedYear | undefined }) {
  const { focus, areas } = resolved;
  const year = resolved.landing.year;
  const summary = useMemo(() => buildAreaSummary(areas, focus, current, previous), [areas, focus, current, previous]);
  return (
    <>
      {!summary.hasReport && <NoFiguresNote area={focus} year={year} error={recordErrorFor(current, focus.id)} />}
      {current.overridden.includes(focus.id) && (
        <p className="provenance provenance-imported">
          Your imported report replaces the served figures for {focus.name} {year}.
        </p>
      )}
      {current.partial.includes(focus.id) && (
        <p className="provenance provenance-imported">
          Your import gives only some figures for {focus.name} {year}: those replace the served ones, marked “imported”; every other figure is as served.
        </p>
      )}
      {/*
        What a chair quotes comes first: the profile (every measure's value against England and Wales and
        the other areas), whose chart starts in the first screen on a laptop and a phone; then each key
        figure with its change, rank and England and Wales; the explanations after.
      */}
      <AreaProfile resolved={resolved} current={current} />
      <h2 id="key-figures-heading">Key figures: change and rank</h2>
      <ul className="key-figures" aria-labelledby="key-figures-heading">
        {summary.items.map((item) => (
          <li key={item.measureId}>
            <span className="key-figure-label">{item.label}</span>
            <span className="key-figure-value" data-status={item.row.status}>
              {displayValue(item.row)}
              {item.row.value !== undefined && item.unitSuffix && <span className="key-figure-unit">{item.unitSuffix}</span>}
              <StatusTag status={item.row.status} />
            </span>
            {item.row.totalFindings && (
              <span className="key-figure-change key-figure-total-warning" data-status={item.row.status}>
                {TOTAL_WARNING_MARK.trim()} {capitalise(totalWarningText(item.row))}: the total is used as published.
              </span>
            )}
            <span className="key-figure-change" data-status={item.change.kind === 'change' ? trustStatus(item.change.trust) : 'none'}>
              {capitalise(item.changeText)}.
            </span>
            <span className="key-figure-change" data-status={trustStatus(item.rankTrust)}>
              {capitalise(item.rank)}.
            </span>
            {item.national?.value !== undefined && (
              <span className="key-figure-change" data-status={item.national.status}>
                England and Wales: {displayValue(item.national)}
                {item.unitSuffix}
                <StatusTag status={item.national.status} />
              </span>
            )}
          </li>
        ))}
      </ul>
      <KeyFigureNotes items={summary.items} includesIllustrative={summary.includesIllustrative} />
      <h2>Data quality</h2>
      {summary.findings.length > 0 ? (
        <FindingsNote findings={summary.findings} />
      ) : current.reports.find((report) => report.areaId === focus.id)?.provenance.kind === 'illustrative' ? (
        <p>
          The figures held for {focus.name} {year} are illustrative, so there is no published table to check: no data-quality finding is made about a report we
          do not hold.
        </p>
      ) : (
        <p>
          The published totals for {focus.name} {year} match the sums of their parts where every part is known.
        </p>
      )}
    </>
  );
}

/** Below the profile, for each key figure: its source, any dispute, and how sure it is (interval, comparison, rank range). */
function KeyFigureNotes({ items, includesIllustrative }: { items: readonly SummaryItem[]; includesIllustrative: boolean }) {
  return (
    <section aria-labelledby="key-figure-notes-heading">
      <h2 id="key-figure-notes-heading">About the key figures</h2>
      {includesIllustrative && (
        <p className="illustrative-flag">
          <strong>Includes illustrative data.</strong> Figures tagged “illustrative” are synthetic stand-ins, not real statistics, and so is any change or rank
          worked out from them: each says so.
        </p>
      )}
      <ul className="key-figure-notes">
        {items
          .filter((item) => item.row.value !== undefined || item.row.dispute)
          .map((item) => (
            <li key={item.measureId}>
              <span className="key-figure-label">{item.label}</span>
              {item.row.value !== undefined && <span className="key-figure-source">Source: {sourceName(item.row.source)}</span>}
              {item.row.dispute && (
                <span className="key-figure-change key-figure-dispute" data-status="sources disagree">
                  {disputeSummary(item.row.dispute)}
                </span>
              )}
              {item.interval && (
                <span className="key-figure-change key-figure-interval" data-status={item.interval.trust}>
                  {capitalise(item.interval.text)}.
                </span>
              )}
              {item.comparison && item.comparison.result !== 'not compared' && (
                <span className="key-figure-change key-figure-comparison" data-status={item.comparison.trust ?? 'none'}>
                  {item.comparison.sentence}
                </span>
              )}
              {item.rankRange && (
                <span className="key-figure-change key-figure-range" data-status={trustStatus(item.interval?.trust)}>
                  Allowing for chance: {item.rankRange}.
                </span>
              )}
            </li>
          ))}
      </ul>
    </section>
  );
}

/** A source's name without its web address (the report tables and CSV give addresses). */
function sourceName(source: string): string {
  return source.replace(/ \(https?:\/\/[^)]*\)/g, '');
}

/** "Also published: 987 (The Comet: …). 816 is used: no source has a stronger claim, …" */
function disputeSummary(dispute: DisputeResolution): string {
  const others = dispute.others.map((claim) => `${formatNumber(claim.value)} (${claimSourceNames(claim)})`).join(', ');
  return `Also published: ${others}. ${formatNumber(dispute.chosen.value)} (${claimSourceNames(dispute.chosen)}) is used because ${dispute.reason}.`;
}

/** The area profile: every measure's value placed on the spread of the areas, with its own downloads and table. */
function AreaProfile({ resolved, current }: { resolved: ResolvedSummary; current: LoadedYear }) {
  const figure = useMemo(() => buildSpineFigure({ areas: resolved.areas, data: current, focus: resolved.focus }), [resolved.areas, resolved.focus, current]);
  return (
    <section className="area-profile" aria-label="Area profile">
      <ChartFigure
        figure={figure}
        layout={spineLayout}
        table={() => <SpineTable chart={figure.chart} caption={figure.spec.title} />}
        explanation={() => (
          <Deferred what="the explanations">
            <GlossaryTerms terms={['per100k', 'confidenceInterval', 'comparedWithNational', 'spineChart']} />
          </Deferred>
        )}
        actions={(screenWidth) => (
          <Deferred what="the download buttons">
            <ChartActions figure={figure} screenWidth={screenWidth} />
          </Deferred>
        )}
      />
    </section>
  );
}
