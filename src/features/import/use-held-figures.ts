import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { HeldFigureLookup } from '../../ingest/review/held-figures';
import { useDataQueries, useYears } from '../../shared/data/use-data';
import type { YearData } from '../../shared/model/year-data';
import { combineImports } from '../../shared/user-data/combine-imports';
import type { SavedImport } from '../../shared/user-data/saved-imports';
import { heldFigures } from './held-figure-lookup';

/**
 * What the data service holds, for the reviews: which area-years it has (`servedKeys`, so a
 * review can say when an import replaces one) and, by year, every figure as the views show it
 * now, served with the saved imports over it (`heldFor`, beside each figure of a spreadsheet).
 */
export function useHeldFigures(years: readonly string[], savedImports: readonly SavedImport[]) {
  const queries = useDataQueries();
  // A year only the reader's imports hold (2025-26 saved here) is not asked of the data service: it would answer 404.
  const servedYears = useYears().data;
  const served = useQueries({
    queries: years.map((year) => (servedYears ? queries.reportsForYearIfServed(year, servedYears) : queries.reportsForYear(year))),
  });
  const servedVersion = served.map((result) => result.dataUpdatedAt).join(',');
  const servedKeys = useMemo(
    () => new Set(served.flatMap((result) => (result.data?.reports ?? []).map((report) => `${report.areaId}|${report.year}`))),
    // served is a new array each render; servedVersion changes only when a year's data does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [servedVersion],
  );
  const heldFor = useMemo(() => {
    const imported = combineImports(savedImports);
    const byYear = new Map(
      years.map((year, index) => {
        const data = served[index]?.data;
        const yearData: YearData | undefined = data ? { year, reports: data.reports, errors: data.errors } : undefined;
        return [year, heldFigures(yearData, year, imported)] as const;
      }),
    );
    return (year: string): HeldFigureLookup => byYear.get(year) ?? heldFigures(undefined, year, imported);
    // served is a new array each render; servedVersion changes only when a year's data does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [servedVersion, savedImports, years]);
  return { servedKeys, heldFor };
}
