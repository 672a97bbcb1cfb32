/**
 * View changes reach the address bar after the frame that shows them is painted: a history entry
 * costs the browser a few milliseconds that a reader waiting for the chart should not wait for.
 * Entries are written in order, one per change, so Back undoes each change; whatever reads or
 * replaces the address (Back and Forward, a copied link, a corrected view) writes what is waiting
 * first.
 */
const waiting: string[] = [];
let scheduled = false;

function afterPaint(task: () => void): void {
  if (typeof window.requestAnimationFrame === 'function') window.requestAnimationFrame(() => window.setTimeout(task, 0));
  else window.setTimeout(task, 0);
}

/** The address shown now: path, query and hash. */
function shownAddress(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

/** A new history entry for this address, written after the next paint; nothing if it is the address already (or about to be). */
export function pushAddress(url: string): void {
  if (url === (waiting.at(-1) ?? shownAddress())) return;
  waiting.push(url);
  if (scheduled) return;
  scheduled = true;
  afterPaint(writeWaitingAddresses);
}

/** Write every waiting entry now, in order. */
export function writeWaitingAddresses(): void {
  scheduled = false;
  for (const url of waiting.splice(0)) window.history.pushState(null, '', url);
}

/** The address as it will be once waiting entries are written (for a link to this view). */
export function currentAddress(): string {
  writeWaitingAddresses();
  return window.location.href;
}
