import { API_ROUTES } from './api-contract';

/**
 * Where the data comes from. "live" is the HTTP API of docs/api.md (served by MSW in
 * development and tests); "static" is the same contract written as JSON files, which is
 * what `npm run build` bundles so the app works on any static host.
 */
export type ApiFlavour = 'live' | 'static';

export interface ApiConfig {
  baseUrl: string;
  flavour: ApiFlavour;
  timeoutMs: number;
}

interface ApiEnv {
  DEV?: boolean;
  BASE_URL?: string;
  VITE_API_BASE_URL?: string;
  VITE_API_FLAVOUR?: string;
}

export function apiConfigFromEnv(env: ApiEnv): ApiConfig {
  const configured = env.VITE_API_BASE_URL?.trim();
  const flavourSetting = env.VITE_API_FLAVOUR === 'static' || env.VITE_API_FLAVOUR === 'live' ? env.VITE_API_FLAVOUR : undefined;
  if (configured) {
    return { baseUrl: configured.replace(/\/+$/, ''), flavour: flavourSetting ?? 'live', timeoutMs: 15_000 };
  }
  if (env.DEV) return { baseUrl: '/api', flavour: flavourSetting ?? 'live', timeoutMs: 15_000 };
  const base = (env.BASE_URL ?? '/').replace(/\/+$/, '');
  return { baseUrl: `${base}/api`, flavour: 'static', timeoutMs: 15_000 };
}

export const endpoints = {
  areas: (c: ApiConfig) => url(c, API_ROUTES.areas),
  years: (c: ApiConfig) => url(c, API_ROUTES.years),
  coverage: (c: ApiConfig) => url(c, API_ROUTES.coverage),
  reportsForYear: (c: ApiConfig, year: string) => url(c, API_ROUTES.reportsForYear, year),
  reportsForArea: (c: ApiConfig, areaId: string) => url(c, API_ROUTES.reportsForArea, areaId),
};

function url<A extends unknown[]>(config: ApiConfig, route: { live: (...args: A) => string; static: (...args: A) => string }, ...args: A): string {
  return `${config.baseUrl}/${config.flavour === 'live' ? route.live(...args) : route.static(...args)}`;
}
