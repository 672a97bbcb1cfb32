/**
 * Code that loads on demand (views, the glossary, the area search, export, PDF reading) arrives as
 * separate files. When one of them cannot be fetched (no connection, or a new version replaced the
 * file on the server) each browser words the failure differently; this recognises all of them, so
 * the app can say what happened and offer to try again instead of stopping.
 */
const CHUNK_LOAD_FAILURES = [
  // Chromium: "Failed to fetch dynamically imported module: https://…/assets/views-abc.js"
  /Failed to fetch dynamically imported module/i,
  // Safari: "Importing a module script failed."
  /Importing a module script failed/i,
  // Firefox: "error loading dynamically imported module: https://…"
  /error loading dynamically imported module/i,
  // Vite's preload helper, when a chunk's style sheet or a dependency does not arrive.
  /Unable to preload CSS/i,
  // webpack's wording, should a library bring its own loader.
  /Loading (CSS )?chunk [\w-]+ failed/i,
];

/** Whether an error means "a file of the app's own code did not arrive". */
export function isChunkLoadError(error: unknown): boolean {
  if (error instanceof Error && error.name === 'ChunkLoadError') return true;
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return CHUNK_LOAD_FAILURES.some((pattern) => pattern.test(message));
}

/** "Could not load the glossary: …", in words, for a failure to fetch code. */
export function chunkLoadMessage(what: string): string {
  return `Could not load ${what}: part of MAPPA Compare’s code did not arrive. Check your connection, then try again. If it keeps failing, a new version may have been published: reload the page.`;
}

/**
 * The words for an error from an action that loads code on demand (export, PDF reading): a failure
 * to fetch code says so and what to do; any other error keeps its own message.
 */
export function describeLoadFailure(error: unknown, what: string): string {
  if (isChunkLoadError(error)) {
    return `${what[0]?.toUpperCase() ?? ''}${what.slice(1)} did not arrive (you may be offline). Check your connection, then try again.`;
  }
  return error instanceof Error ? error.message : String(error);
}
