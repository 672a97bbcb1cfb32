import { Workbox } from 'workbox-window';
import { useServiceWorkerStore } from './service-worker-store';
import { SKIP_WAITING } from './sw-messages';

/** How often, at most, to ask the server for a new version when the tab comes back into view. */
const UPDATE_CHECK_INTERVAL_MS = 30 * 60_000;

/**
 * Register the service worker (sw.ts) and offer "Reload" when a new version is
 * waiting. The new version only takes over when asked, so the page never runs a mix of old and new
 * code; on its first install it takes over at once (there is nothing to mix with).
 */
export async function registerServiceWorker(url: string, scope: string): Promise<void> {
  const container = navigator.serviceWorker;
  const { offerUpdate } = useServiceWorkerStore.getState();
  const wasControlled = container.controller !== null;
  const workbox = new Workbox(url, { scope, type: 'classic' });
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };

  workbox.addEventListener('waiting', () => {
    offerUpdate(() => {
      reloading = true;
      void container.getRegistration(scope).then((registration) => {
        // Already switched on (from another tab): only this page is left to reload.
        if (!registration?.waiting) return window.location.reload();
        container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
        registration.waiting.postMessage(SKIP_WAITING);
      });
    });
  });
  // A new version switched on in another tab now controls this one too, while it still runs the old code.
  container.addEventListener('controllerchange', () => {
    if (wasControlled && !reloading) offerUpdate(reload);
  });

  await workbox.register();

  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - lastCheck < UPDATE_CHECK_INTERVAL_MS) return;
    lastCheck = Date.now();
    workbox.update().catch(() => undefined);
  });
}
