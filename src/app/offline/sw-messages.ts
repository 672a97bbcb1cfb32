/**
 * What the service worker (sw.ts) and the page say to each other. Shared by both
 * builds, so it must stay free of DOM and React code.
 */

/** The page asks a waiting new version to take over (the message workbox-window's messageSkipWaiting sends). */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/** The service worker's copies of data service answers. Change the version to throw old copies away. */
export const API_CACHE_PREFIX = 'mappa-api-';
export const API_CACHE = `${API_CACHE_PREFIX}v1`;

/**
 * The service worker tells the page where each answer of the data service came from: the
 * network, or (when the network failed) a copy kept in this browser, saved at `savedAt` (ms since
 * 1970, from the copy's Date header; null when it has none).
 */
export type WorkerMessage = { type: 'mappa:data-from-network'; url: string } | { type: 'mappa:data-from-copy'; url: string; savedAt: number | null };

export function isSkipWaiting(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === SKIP_WAITING.type;
}

export function isWorkerMessage(data: unknown): data is WorkerMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, url, savedAt } = data as Record<string, unknown>;
  if (typeof url !== 'string') return false;
  if (type === 'mappa:data-from-network') return true;
  return type === 'mappa:data-from-copy' && (savedAt === null || typeof savedAt === 'number');
}
