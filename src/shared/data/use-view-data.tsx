import { useQueries, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import type { Area } from '../../domain/area';
import type { AreaYearReport } from '../../domain/report-schema';
import { mergeImported } from '../model/merge-imported';
import type { YearData } from '../model/year-data';
import { describeError } from './api-error';
import { useImportedReportsStore } from '../user-data/imported-reports-store';
import type { ParsedReports } from './parse-reports';
import type { RecordError } from '../../domain/record-error';
import { RecordErrorsNote } from './record-errors-note';
import { shownDataNote } from './saved-copy';
import { useDataQueries, useYears } from './use-data';
import type { DataQueries } from './queries';
import { ViewSkeleton } from './view-skeleton';
import { useLazyModule } from '../../lib/lazy-load';

/** Adds each probation region's figures to a year's data (shared/model/region-sums.ts). */
type AddRegionFigures = (data: YearData, areas: readonly Area[]) => YearData;

// The regions' sums and notes are code only a view at region level runs: loaded when one asks.
const loadRegionFigures = () => import('../model/region-sums').then((module): AddRegionFigures => module.withRegionFigures);

/** What a view needs from the data service, decided by its pure resolve step. */
export interface ViewNeeds {
  /** Years whose reports it needs before it can draw. */
  years: readonly string[];
  /** Years it can use once those are in (the year before, for changes): never delay the first chart. */
  laterYears: readonly string[];
  /** Areas whose reports for every year it needs (trends), and the years to lay them out by. */
  areaSeries: readonly string[];
  seriesYears: readonly string[];
  /** The probation regions' figures too (their own, else the sums of their areas'): a view at region level. */
  regions?: boolean;
}

export type LoadedYear = YearData & { overridden: string[]; partial: string[] };

export interface ViewData {
  byYear: ReadonlyMap<string, LoadedYear>;
  /** Later years that have arrived. */
  later: ReadonlyMap<string, LoadedYear>;
  /** Every series year, holding the reports of the series areas only. */
  series: LoadedYear[];
  /** Every record refused in all of the above (and any series record of no year it shows), once each: what the view's data-error note lists. */
  refused: RecordError[];
}

/**
 * A year's reports with the user's imports laid over them, then, at region level, each probation
 * region's figures (its own, else the sum of its areas') added from those: a region sums what the reader sees.
 */
function merged(year: string, parsed: ParsedReports, imported: readonly AreaYearReport[], areas: readonly Area[], addRegions?: AddRegionFigures): LoadedYear {
  const loaded = mergeImported({ year, ...parsed }, imported);
  return addRegions ? (addRegions(loaded, areas) as LoadedYear) : loaded;
}

/** A view's data from the answers for its years, later years and area series, with the user's imports laid over them. */
export function assembleViewData(
  needs: ViewNeeds,
  answers: { years: readonly ParsedReports[]; later: readonly (ParsedReports | undefined)[]; series: readonly ParsedReports[] },
  imported: readonly AreaYearReport[],
  areas: readonly Area[] = [],
  addRegions?: AddRegionFigures,
): ViewData {
  const byYear = new Map(
    needs.years.map((year, index) => [year, merged(year, answers.years[index] ?? { reports: [], errors: [] }, imported, areas, addRegions)]),
  );
  const later = new Map(
    needs.laterYears.flatMap((year, index) => {
      const answer = answers.later[index];
      return answer ? [[year, merged(year, answer, imported, areas, addRegions)] as const] : [];
    }),
  );
  const seriesReports = answers.series.flatMap((answer) => answer.reports);
  const seriesErrors = answers.series.flatMap((answer) => answer.errors);
  const series = needs.seriesYears.map((year) =>
    merged(
      year,
      { reports: seriesReports.filter((report) => report.year === year), errors: seriesErrors.filter((error) => error.year === year) },
      imported.filter((report) => needs.areaSeries.includes(report.areaId)),
      areas,
      addRegions,
    ),
  );
  const unplaced = seriesErrors.filter((error) => error.year === undefined || !needs.seriesYears.includes(error.year));
  const refused = [...byYear.values(), ...later.values(), ...series].flatMap((loaded) => loaded.errors).concat(unplaced);
  return { byYear, later, series, refused: onceEach(refused) };
}

/** A record asked for twice (in a year's reports and an area's) is one refusal. */
function onceEach(errors: readonly RecordError[]): RecordError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = JSON.stringify([error.areaId, error.year, error.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The same, asked for all at once (the board pack builds figures for views that are not on screen). */
export async function loadViewData(client: QueryClient, queries: DataQueries, needs: ViewNeeds, imported: readonly AreaYearReport[]): Promise<ViewData> {
  const served = await client.ensureQueryData(queries.years());
  const [addRegions, areas, years, later, series] = await Promise.all([
    needs.regions ? loadRegionFigures() : undefined,
    client.ensureQueryData(queries.areas()),
    Promise.all(needs.years.map((year) => client.fetchQuery(queries.reportsForYearIfServed(year, served)))),
    Promise.all(needs.laterYears.map((year) => client.fetchQuery(queries.reportsForYearIfServed(year, served)).catch(() => undefined))),
    Promise.all(needs.areaSeries.map((areaId) => client.fetchQuery(queries.reportsForArea(areaId)))),
  ]);
  return assembleViewData(needs, { years, later, series }, imported, areas, addRegions);
}

/** The reports a view needs, with the user's imports laid over them: each year and area is cached and shared. */
export function useViewData(needs: ViewNeeds, areas: readonly Area[] = []) {
  const queries = useDataQueries();
  const imported = useImportedReportsStore((store) => store.imported);
  // A year only the reader's imports hold is not asked of the data service (it would answer 404).
  const served = useYears().data;
  const forYear = (year: string) => (served ? queries.reportsForYearIfServed(year, served) : queries.reportsForYear(year));
  const first = useQueries({ queries: needs.years.map(forYear) });
  const firstReady = first.every((result) => result.data !== undefined);
  const later = useQueries({ queries: needs.laterYears.map((year) => ({ ...forYear(year), enabled: firstReady })) });
  const series = useQueries({ queries: needs.areaSeries.map((areaId) => queries.reportsForArea(areaId)) });
  const regionCode = useLazyModule(loadRegionFigures, needs.regions === true);
  const addRegions = needs.regions ? regionCode.module : undefined;
  const all = [...first, ...series];
  const key = [...first, ...later, ...series].map((result) => result.dataUpdatedAt).join(',');
  const needsKey = JSON.stringify(needs);
  const data = useMemo<ViewData | undefined>(() => {
    if (!all.every((result) => result.data !== undefined)) return undefined;
    if (needs.regions && !addRegions) return undefined;
    const answer = (result: { data?: ParsedReports | undefined }) => result.data ?? { reports: [], errors: [] };
    return assembleViewData(
      needs,
      { years: first.map(answer), later: later.map((result) => result.data), series: series.map(answer) },
      imported,
      areas,
      addRegions,
    );
    // The query results are new arrays each render; `key` changes only when some data does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, imported, needsKey, areas, addRegions]);
  return { data, results: all, regionCode };
}

interface ViewDataStateProps {
  needs: ViewNeeds;
  /** The areas, to name those whose records were refused. */
  areas: readonly Area[];
  /** What is loading, for messages: "the reports for 2021-22". */
  what: string;
  children: (data: ViewData) => ReactNode;
}

/**
 * The frame of every view's data: loading, error and retry around it, and the data-error note
 * for every record it refused, above whatever the view draws. When a refresh fails after data
 * had loaded, the data stays on screen with the error beside it: what the user had is never lost.
 */
export function ViewDataState({ needs, areas, what, children }: ViewDataStateProps) {
  const { data, results, regionCode } = useViewData(needs, areas);
  const failed = results.filter((result) => result.isError);
  const fetching = results.some((result) => result.isFetching);
  const retry = (
    <button
      type="button"
      className="button-secondary"
      onClick={() => {
        failed.forEach((result) => void result.refetch());
        if (regionCode.error) regionCode.retry();
      }}
      disabled={fetching}
    >
      {fetching ? 'Trying again…' : 'Try again'}
    </button>
  );
  const firstError: unknown = failed[0]?.error ?? (needs.regions ? regionCode.error : undefined);
  if (data) {
    const updatedAt = Math.min(...results.map((result: UseQueryResult) => result.dataUpdatedAt));
    const shown = shownDataNote(updatedAt, Boolean(firstError));
    return (
      <>
        {firstError ? (
          <div className="error-summary" role="alert">
            <p>
              <strong>Could not refresh {what}.</strong> {describeError(firstError)} {shown?.text}
            </p>
            {retry}
          </div>
        ) : (
          shown?.fromSavedCopy && (
            <p className="saved-copy-note" role="status">
              {shown.text} Checking the data service for newer figures…
            </p>
          )
        )}
        <RecordErrorsNote errors={data.refused} areas={areas} />
        {children(data)}
      </>
    );
  }
  if (firstError) {
    return (
      <div className="error-summary" role="alert">
        <p>
          <strong>Could not load {what}.</strong> {describeError(firstError)}
        </p>
        {retry}
      </div>
    );
  }
  return <ViewSkeleton what={what} />;
}
