import { lazily } from '../../lib/lazily';
import { isFromEarlierVisit } from './persistence';

const dateTime = lazily(() => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }));
const timeOnly = lazily(() => new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' }));

/** "25 November 2026 at 12:40", as GOV.UK writes dates. */
export function formatSavedOn(timestamp: number): string {
  return dateTime().format(new Date(timestamp)).replace(', ', ' at ');
}

/**
 * What to say about figures that are on screen although the latest request for them failed or is
 * still running: figures from an earlier visit say when they were saved.
 */
export function describeShownData(dataUpdatedAt: number, sessionStartedAt?: number): { fromSavedCopy: boolean; text: string } {
  if (isFromEarlierVisit(dataUpdatedAt, sessionStartedAt)) {
    return { fromSavedCopy: true, text: `Showing data saved on ${formatSavedOn(dataUpdatedAt)}.` };
  }
  return { fromSavedCopy: false, text: `You are still looking at the figures loaded at ${timeOnly().format(new Date(dataUpdatedAt))}.` };
}

/**
 * What to say about the figures on screen, only when something is said (after a failed request, or
 * for figures from an earlier visit): it is asked on every render, and the first date formatter of
 * a page costs tens of milliseconds on a slow phone.
 */
export function shownDataNote(dataUpdatedAt: number, failed: boolean): { fromSavedCopy: boolean; text: string } | undefined {
  return failed || isFromEarlierVisit(dataUpdatedAt) ? describeShownData(dataUpdatedAt) : undefined;
}
