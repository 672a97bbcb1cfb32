/**
 * A value built on first use, then kept. For module-level objects that are costly to build and not
 * needed to draw the first chart: the first Intl.DateTimeFormat of a page loads the locale's
 * calendar data, tens of milliseconds on a slow phone, during start-up if built at module level.
 */
export function lazily<T>(build: () => T): () => T {
  let value: { built: T } | undefined;
  return () => (value ??= { built: build() }).built;
}
