/**
 * The data API of docs/api.md, defined once: every route's address in the live and the static
 * flavour, and every answer it gives for a data set. The MSW handlers (development and tests), the
 * static files of the production build and the bench's synthetic API are all made from this, so
 * they cannot drift apart; the client asks for the same addresses.
 */
export const API_ROUTES = {
  areas: { live: () => 'areas', static: () => 'areas.json' },
  years: { live: () => 'years', static: () => 'years.json' },
  coverage: { live: () => 'coverage', static: () => 'coverage.json' },
  reportsForYear: {
    live: (year: string) => `reports?year=${encodeURIComponent(year)}`,
    static: (year: string) => `reports/${encodeURIComponent(year)}.json`,
  },
  reportsForArea: {
    live: (areaId: string) => `areas/${encodeURIComponent(areaId)}/reports`,
    static: (areaId: string) => `areas/${encodeURIComponent(areaId)}/reports.json`,
  },
} as const;

/** What the API serves, as plain data (records are the wire format of docs/api.md). */
export interface ApiDataSet {
  areas: readonly { id: string }[];
  years: readonly string[];
  coverage: { publishedYears: Readonly<Record<string, readonly string[]>> };
  /** Every year's records; a record is an object with at least an areaId. */
  reportsByYear: Readonly<Record<string, readonly unknown[]>>;
}

function areaIdOf(record: unknown): string | undefined {
  const areaId = (record as { areaId?: unknown } | null)?.areaId;
  return typeof areaId === 'string' ? areaId : undefined;
}

/** Every answer of the API for a data set, keyed by its static path (e.g. "reports/2021-22.json"). */
export function apiAnswers(data: ApiDataSet): Map<string, unknown> {
  const answers = new Map<string, unknown>([
    [API_ROUTES.areas.static(), { areas: data.areas }],
    [API_ROUTES.years.static(), { years: data.years }],
    [API_ROUTES.coverage.static(), data.coverage],
  ]);
  for (const year of data.years) answers.set(API_ROUTES.reportsForYear.static(year), { year, reports: data.reportsByYear[year] ?? [] });
  for (const area of data.areas) {
    const reports = data.years.flatMap((year) => (data.reportsByYear[year] ?? []).filter((record) => areaIdOf(record) === area.id));
    answers.set(API_ROUTES.reportsForArea.static(area.id), { areaId: area.id, reports });
  }
  return answers;
}
