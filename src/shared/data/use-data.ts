import { useQuery } from '@tanstack/react-query';
import { dataQueries } from './queries';

const queries = dataQueries();

export function useAreas() {
  return useQuery(queries.areas());
}

export function useYears() {
  return useQuery(queries.years());
}

export function useCoverage(enabled = true) {
  return useQuery({ ...queries.coverage(), enabled, retry: 1 });
}

export function useDataQueries() {
  return queries;
}
