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
        <div className="skeleton-chart">
          {[92, 78, 70, 61, 55, 47, 40, 33].map((width) => (
            <div key={width} className="skeleton-block skeleton-bar" style={{ width: `${width}%` }} />
          ))}
        </div>
      </div>
    </div>
  );
}
