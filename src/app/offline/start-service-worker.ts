import { useServiceWorkerStore } from './service-worker-store';
import { isWorkerMessage } from './sw-messages';
import { whenIdle } from '../../lib/when-idle';

/**
 * Production only (in development MSW's worker owns the page): listen to the service worker at
 * once, since it reports where the first data answers came from. Registration comes later
 * (registerServiceWorkerWhenIdle).
 */
export function listenToServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  container.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (isWorkerMessage(event.data)) useServiceWorkerStore.getState().noteAnswer(event.data);
  });
  container.startMessages();
}

/**
 * Register the service worker once the page has loaded and gone quiet: the precache download (a
 * few MB on the first visit) must not compete with the first view's code and data. Called once
 * React has the first view to draw: the browser is idle while the page waits for its data, which
 * is not quiet. Registration code (workbox-window) loads then, so it costs the first view nothing.
 */
export function registerServiceWorkerWhenIdle(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    import('./register-service-worker')
      .then(({ registerServiceWorker }) => registerServiceWorker(`${import.meta.env.BASE_URL}sw.js`, import.meta.env.BASE_URL))
      .catch((error: unknown) => console.warn('MAPPA Compare could not set up offline use', error));
  };
  const registerWhenIdle = () => void whenIdle(register, { timeoutMs: 10_000, fallbackMs: 2_000 });
  if (document.readyState === 'complete') registerWhenIdle();
  else window.addEventListener('load', registerWhenIdle, { once: true });
}
