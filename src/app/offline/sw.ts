/**
 * The service worker of the production build, sw.js (built by vite-plugin-pwa's injectManifest strategy,
 * see scripts/service-worker-plugin.ts; never in `npm run dev`, where MSW's worker owns the page).
 *
 * - Precache: the build's every file (index.html, every JavaScript and CSS chunk including those
 *   loaded on demand, the pdf.js worker, the favicon and the static API files under api/), listed
 *   with their revisions at build time in self.__WB_MANIFEST. A new build means a new list, so
 *   the browser installs the new version beside the old one; it waits until the page's "Reload"
 *   button (SKIP_WAITING), so a page never mixes old and new code.
 * - Navigations: the precached index.html (the app is one page; the view lives in the query).
 * - Data service (api/…): network first, so online readers always get the newest figures; when the
 *   network fails or takes over 10 s, the last answer kept here, else the copy precached with
 *   this version. The page is told which it got (see sw-messages.ts), so it can say so.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import { API_CACHE, API_CACHE_PREFIX, isSkipWaiting, type WorkerMessage } from './sw-messages';

// The few parts of ServiceWorkerGlobalScope used here (the project's TypeScript program uses the
// DOM library, whose `self` is a Window).
interface WaitUntilEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ServiceWorkerScope {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  location: Location;
  clients: { get(id: string): Promise<{ postMessage(message: WorkerMessage): void } | undefined> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'activate', listener: (event: WaitUntilEvent) => void): void;
}
declare const self: ServiceWorkerScope;

/** Where the data service is: api/ beside the app (the static files of the build), or VITE_API_BASE_URL. */
const apiPrefixes = [new URL(`${import.meta.env.BASE_URL}api/`, self.location.href).href];
const configuredApi = (import.meta.env.VITE_API_BASE_URL as string | undefined)?.trim();
if (configuredApi) apiPrefixes.push(new URL(`${configuredApi.replace(/\/+$/, '')}/`, self.location.href).href);
const isDataRequest = (url: URL) => apiPrefixes.some((prefix) => url.href.startsWith(prefix));

function savedAt(response: Response): number | null {
  const date = Date.parse(response.headers.get('date') ?? '');
  return Number.isNaN(date) ? null : date;
}

async function tell(event: unknown, message: WorkerMessage): Promise<void> {
  const clientId = (event as { clientId?: unknown } | undefined)?.clientId;
  if (typeof clientId !== 'string' || clientId === '') return;
  (await self.clients.get(clientId))?.postMessage(message);
}

/** Fetch events answered from a copy: if the network answers later, that only refreshes the copy. */
const answeredFromCopy = new WeakSet<object>();

const reportWhereFrom: WorkboxPlugin = {
  fetchDidSucceed: async ({ event, request, response }) => {
    if (response.ok && !answeredFromCopy.has(event)) void tell(event, { type: 'mappa:data-from-network', url: request.url });
    return response;
  },
  cachedResponseWillBeUsed: async ({ event, request, cachedResponse }) => {
    if (cachedResponse) {
      answeredFromCopy.add(event);
      void tell(event, { type: 'mappa:data-from-copy', url: request.url, savedAt: savedAt(cachedResponse) });
    }
    return cachedResponse ?? null;
  },
  // Neither the network nor a kept answer: the copy that came with this version, if there is one.
  handlerDidError: async ({ event, request }) => {
    const copy = await matchPrecache(request.url);
    if (copy) void tell(event, { type: 'mappa:data-from-copy', url: request.url, savedAt: savedAt(copy) });
    return copy;
  },
};

// Registered before the precache route, which would otherwise answer the precached api/ files from the cache first.
registerRoute(
  ({ url, request }) => request.method === 'GET' && isDataRequest(url),
  new NetworkFirst({ cacheName: API_CACHE, networkTimeoutSeconds: 10, plugins: [reportWhereFrom] }),
);

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    // Not the data service, and not a file (a navigation to a missing file is a 404, not the app).
    denylist: [/\/api\//, /\/[^/?]+\.[a-z0-9]+(\?.*)?$/i],
  }),
);

// The first version takes over the page that installed it at once (there is no older code to
// clash with), so the rest of that first visit is already covered offline.
clientsClaim();

self.addEventListener('message', (event) => {
  if (isSkipWaiting(event.data)) void self.skipWaiting();
});

// Answers kept by an older layout of the data cache are thrown away.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(API_CACHE_PREFIX) && name !== API_CACHE).map((name) => caches.delete(name)))),
  );
});
