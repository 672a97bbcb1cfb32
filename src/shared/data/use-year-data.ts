import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useDataQueries, useReportsForYear } from './use-data';
import { useImportedReportsStore } from '../user-data/imported-reports-store';
import { mergeImported } from '../model/merge-imported';
import type { YearData } from '../model/year-data';

/** One year's reports from the data service, with the user's imports laid over them. */
export function useYearData(year: string, enabled = true) {
  const query = useReportsForYear(enabled ? year : undefined);
  const imported = useImportedReportsStore((store) => store.imported);
  const data = useMemo(() => (query.data ? mergeImported({ year, ...query.data }, imported) : undefined), [query.data, imported, year]);
  return { query, data };
}

/** Every year's reports (for trends): each year is cached and shared with the other views. */
export function useAllYearsData(years: readonly string[]) {
  const queries = useDataQueries();
  const imported = useImportedReportsStore((store) => store.imported);
  const results = useQueries({ queries: years.map((year) => queries.reportsForYear(year)) });
  const dataKey = results.map((r) => r.dataUpdatedAt).join(',');
  const data = useMemo<YearData[]>(
    () =>
      years.flatMap((year, index) => {
        const result = results[index]?.data;
        return result ? [mergeImported({ year, ...result }, imported)] : [];
      }),
    // results is a new array each render; dataKey changes only when a year's data does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [dataKey, imported, years],
  );
  return {
    data,
    isLoading: results.some((r) => r.isPending),
    errors: results.flatMap((r, index) => (r.error ? [{ year: years[index] ?? '', error: r.error }] : [])),
    refetch: () => results.forEach((r) => void r.refetch()),
  };
}
