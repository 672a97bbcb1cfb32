import { describe, expect, it } from 'vitest';
import { isSkipWaiting, isWorkerMessage, SKIP_WAITING } from './sw-messages';

describe('service worker messages', () => {
  it('recognise the page’s request to switch to the waiting version, and nothing else', () => {
    expect(isSkipWaiting(SKIP_WAITING)).toBe(true);
    expect(isSkipWaiting({ type: 'SKIP_WAITING' })).toBe(true);
    expect(isSkipWaiting('SKIP_WAITING')).toBe(false);
    expect(isSkipWaiting(null)).toBe(false);
    expect(isSkipWaiting({ type: 'CLAIM' })).toBe(false);
  });

  it('accept only well-formed reports from the worker', () => {
    expect(isWorkerMessage({ type: 'mappa:data-from-network', url: '/api/years.json' })).toBe(true);
    expect(isWorkerMessage({ type: 'mappa:data-from-copy', url: '/api/years.json', savedAt: 1 })).toBe(true);
    expect(isWorkerMessage({ type: 'mappa:data-from-copy', url: '/api/years.json', savedAt: null })).toBe(true);
    expect(isWorkerMessage({ type: 'mappa:data-from-copy', url: '/api/years.json' })).toBe(false);
    expect(isWorkerMessage({ type: 'mappa:data-from-copy', url: 1, savedAt: 1 })).toBe(false);
    expect(isWorkerMessage({ type: 'other', url: '/api/years.json' })).toBe(false);
    expect(isWorkerMessage(undefined)).toBe(false);
  });
});
