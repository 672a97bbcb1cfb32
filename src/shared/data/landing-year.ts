/** For each area, the years in which it has at least one published figure (GET /api/coverage). */
export interface Coverage {
  publishedYears: Record<string, string[]>;
}

export type LandingReason = 'chosen' | 'latest-published' | 'no-published-figures' | 'coverage-unknown';

export interface Landing {
  year: string;
  reason: LandingReason;
  /** Years after the one shown, which hold no published figure for the area. */
  laterYears: string[];
}

/**
 * The year a view opens on when the reader has not chosen one: the latest year in which the
 * focus area has published figures, so the first page a reader sees is built on real figures.
 * An area with no published figure at all, or no coverage to go by, gets the latest year.
 */
export function landingYear(years: readonly string[], chosen: string | undefined, coverage: Coverage | undefined, focusId: string): Landing {
  const latest = years.at(-1) ?? '';
  if (chosen !== undefined) return { year: chosen, reason: 'chosen', laterYears: [] };
  if (!coverage) return { year: latest, reason: 'coverage-unknown', laterYears: [] };
  const published = new Set(coverage.publishedYears[focusId] ?? []);
  const year = [...years].reverse().find((candidate) => published.has(candidate));
  if (year === undefined) return { year: latest, reason: 'no-published-figures', laterYears: [] };
  return { year, reason: 'latest-published', laterYears: years.slice(years.indexOf(year) + 1) };
}

/** The one line that says why the view opened on this year, or nothing where there is nothing to say. */
export function landingNote(landing: Landing, areaName: string): string | undefined {
  switch (landing.reason) {
    case 'chosen':
      return undefined;
    case 'latest-published':
      return landing.laterYears.length === 0
        ? undefined
        : `Showing ${landing.year}, the latest year with published figures for ${areaName}. Figures held for ${landing.laterYears.join(' and ')} are illustrative only; choose a year above to see them.`;
    case 'no-published-figures':
      // Two lines on a phone for a region's name too (the year is in the Year field it describes), so the chart still starts in the first screen.
      return `No published figures for ${areaName} are held here: the latest year is shown, all illustrative.`;
    case 'coverage-unknown':
      return undefined;
  }
}
