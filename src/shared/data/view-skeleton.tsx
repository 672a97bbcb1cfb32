// The bars' widths are in the style sheet, not in style attributes: the page frame built into index.html
// (src/app/page-shell.tsx) shows this skeleton, and the Content-Security-Policy forbids inline styles there.
const SKELETON_BARS = [1, 2, 3, 4, 5, 6, 7, 8];

/**
 * The shape of a chart page while its data or code loads: grey blocks where the heading, chart and
 * table will be, so nothing jumps, and a status message for screen readers.
 */
export function ViewSkeleton({ what }: { what: string }) {
  return (
    <div className="view-skeleton" role="status" aria-live="polite">
      <p className="view-skeleton-message">
        <span className="spinner" aria-hidden="true" /> Loading {what}…
      </p>
      <div aria-hidden="true">
        <div className="skeleton-block skeleton-heading" />
        <SkeletonBars />
      </div>
    </div>
  );
}

/** Grey bars where a chart will be. */
export function SkeletonBars() {
  return (
    <div className="skeleton-chart" aria-hidden="true">
      {SKELETON_BARS.map((bar) => (
        <div key={bar} className="skeleton-block skeleton-bar" />
      ))}
    </div>
  );
}
