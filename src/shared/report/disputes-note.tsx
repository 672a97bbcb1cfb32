import type { AreaYearReport } from '../../domain/report-schema';
import { listFigures } from '../../domain/figure-catalogue';
import { resolveDispute } from '../../domain/disputes';
import { formatNumber } from '../../lib/format';

/**
 * Every figure of a report on which published sources disagree: each value with its source (and
 * link), the one the tables use, and why. Shown above the tables so it is read first.
 */
export function DisputesNote({ report }: { report: AreaYearReport }) {
  const disputed = listFigures(report).flatMap((figure) =>
    figure.cell.kind === 'disputed' ? [{ figure, resolution: resolveDispute(figure.cell.claims) }] : [],
  );
  if (disputed.length === 0) return null;
  return (
    <div className="warning" role="note" aria-labelledby="disputes-title">
      <p className="warning-title" id="disputes-title">
        <span aria-hidden="true">⚠ </span>Published sources disagree on {disputed.length === 1 ? 'one figure' : `${disputed.length} figures`}
      </p>
      <ul>
        {disputed.map(({ figure, resolution }) => (
          <li key={figure.id}>
            <strong>{figure.label}:</strong>{' '}
            {[resolution.chosen, ...resolution.others].map((claim, index) => (
              <span key={index}>
                {index > 0 && ' or '}
                {formatNumber(claim.value)} (
                {claim.source.kind === 'published-press' || (claim.source.kind === 'published-report' && claim.source.url) ? (
                  <a href={claim.source.url}>{claim.source.title}</a>
                ) : (
                  claim.source.kind === 'published-report' && claim.source.title
                )}
                )
              </span>
            ))}
            . The tables use {formatNumber(resolution.chosen.value)} because {resolution.reason}.
          </li>
        ))}
      </ul>
      <p className="warning-hint">
        How we choose: an area’s own annual report first; otherwise the most recently published source, where every source is dated; otherwise the first
        recorded. No figure is changed or averaged.
      </p>
    </div>
  );
}
