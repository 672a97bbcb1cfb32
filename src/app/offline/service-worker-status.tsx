import { formatSavedOn } from '../../shared/data/saved-copy';
import { oldestCopy, useServiceWorkerStore } from './service-worker-store';

interface ServiceWorkerNoticesProps {
  /** Switch to the new version and reload; undefined while there is no new version. */
  onReload: (() => void) | undefined;
  /** The data on screen came from a copy kept in this browser, saved then (null: date unknown). */
  copy: { savedAt: number | null } | undefined;
}

/**
 * A quiet status line, not a dialog: "A new version … is available" with a Reload button, and
 * whether the figures on screen are a copy kept in this browser because the network failed. The
 * live region is always on the page, so screen readers announce what appears in it.
 */
export function ServiceWorkerNotices({ onReload, copy }: ServiceWorkerNoticesProps) {
  return (
    <div className="container service-worker-status" role="status">
      {onReload && (
        <p className="notice">
          A new version of MAPPA Compare is available.{' '}
          <button type="button" className="button-secondary" onClick={onReload}>
            Reload
          </button>
        </p>
      )}
      {copy && (
        <p className="saved-copy-note">
          The data service could not be reached, so the figures shown are the copy kept in this browser
          {copy.savedAt === null ? '' : `, saved on ${formatSavedOn(copy.savedAt)}`}.
        </p>
      )}
    </div>
  );
}

/** The notices, fed by the service worker (see start-service-worker.ts). */
export function ServiceWorkerStatus() {
  const applyUpdate = useServiceWorkerStore((store) => store.applyUpdate);
  const copies = useServiceWorkerStore((store) => store.copies);
  return <ServiceWorkerNotices onReload={applyUpdate} copy={oldestCopy(copies)} />;
}
