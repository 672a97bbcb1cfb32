import { PageHeading } from './page-heading';
import { useMemo } from 'react';
import type { Area } from '../areas/area-schema';
import { displayValue } from '../charts/chart-data-table';
import { claimSourceName, type DisputeResolution } from '../data/disputes';
import { formatNumber } from '../../lib/format';
import { FindingsNote } from '../data/findings-note';
import { QueryState } from '../data/query-state';
import { RecordErrorsNote } from '../data/record-errors-note';
import { isMappaYear, previousYear } from '../data/years';
import { buildAreaSummary, type SummaryItem } from './model/area-summary';
import { capitalise } from './model/chart-text';
import { useYearData } from './use-year-data';
import { hasNoReports, NoReportsNote } from './no-reports-note';
import { BoardPack } from './board-pack';

function StatusTag({ status }: { status: SummaryItem['row']['status'] }) {
  if (status === 'illustrative') return <span className="tag tag-illustrative">illustrative</span>;
  if (status === 'imported') return <span className="tag tag-imported">imported</span>;
  if (status === 'published') return <span className="tag tag-published">published</span>;
  if (status === 'calculated here') return <span className="tag tag-published">calculated here</span>;
  if (status === 'sources disagree') return <span className="tag tag-disputed">sources disagree</span>;
  return null;
}

/** The focus area's key figures, each with the change from last year in words. */
export function SummaryView({ areas, years, year, focus }: { areas: Area[]; years: string[]; year: string; focus: Area }) {
  const before = isMappaYear(year) ? previousYear(year) : undefined;
  const hasBefore = before !== undefined && years.includes(before);
  const current = useYearData(year);
  const previous = useYearData(hasBefore ? before : year);
  const summary = useMemo(
    () => (current.data ? buildAreaSummary(areas, focus, current.data, hasBefore ? previous.data : undefined) : undefined),
    [areas, focus, current.data, previous.data, hasBefore],
  );
  return (
    <section aria-labelledby="view-heading">
      <PageHeading id="view-heading">{`${focus.name}: key figures, ${year}`}</PageHeading>
      <QueryState query={current.query} what={`the reports for ${year}`}>
        {() =>
          current.data && hasNoReports(current.data) ? (
            <NoReportsNote year={year} />
          ) : summary && current.data ? (
            <>
              <RecordErrorsNote errors={current.data.errors.filter((e) => e.areaId === focus.id)} areas={areas} />
              {!summary.hasReport && (
                <p className="empty-state">
                  There is no {year} report for {focus.name}: its figures are not published here.
                </p>
              )}
              {summary.includesIllustrative && (
                <p className="illustrative-flag">
                  <strong>Includes illustrative data.</strong> Figures tagged “illustrative” are synthetic stand-ins, not real statistics.
                </p>
              )}
              {current.data.overridden.includes(focus.id) && (
                <p className="provenance provenance-imported">
                  Your imported report replaces the served figures for {focus.name} {year}.
                </p>
              )}
              {current.data.partial.includes(focus.id) && (
                <p className="provenance provenance-imported">
                  Your import gives only some figures for {focus.name} {year}: those replace the served ones, marked “imported”; every other figure is as
                  served.
                </p>
              )}
              <ul className="key-figures">
                {summary.items.map((item) => (
                  <li key={item.measureId}>
                    <span className="key-figure-label">{item.label}</span>
                    <span className="key-figure-value">
                      {displayValue(item.row)}
                      {item.measureId === 'level23Share' && item.row.value !== undefined ? '%' : ''}
                      <StatusTag status={item.row.status} />
                    </span>
                    {item.row.dispute && <span className="key-figure-change key-figure-dispute">{disputeSummary(item.row.dispute)}</span>}
                    <span className="key-figure-change">{capitalise(item.change)}.</span>
                    <span className="key-figure-change">{capitalise(item.rank)}.</span>
                    {item.national?.value !== undefined && (
                      <span className="key-figure-change">
                        England and Wales: {displayValue(item.national)}
                        {item.measureId === 'level23Share' ? '%' : ''}.
                      </span>
                    )}
                  </li>
                ))}
              </ul>
              <h2>Data quality</h2>
              {summary.findings.length > 0 ? (
                <FindingsNote findings={summary.findings} />
              ) : (
                <p>
                  The published totals for {focus.name} {year} match the sums of their parts where every part is known.
                </p>
              )}
              <BoardPack areas={areas} years={years} year={year} focus={focus} />
            </>
          ) : null
        }
      </QueryState>
    </section>
  );
}

/** "Also published: 987 (The Comet: …). 816 is used: no source has a stronger claim, …" */
function disputeSummary(dispute: DisputeResolution): string {
  const others = dispute.others.map((claim) => `${formatNumber(claim.value)} (${claimSourceName(claim.source)})`).join(', ');
  return `Also published: ${others}. ${formatNumber(dispute.chosen.value)} (${claimSourceName(dispute.chosen.source)}) is used because ${dispute.reason}.`;
}
