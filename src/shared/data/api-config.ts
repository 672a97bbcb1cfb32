import { apiPath, type ApiFlavour, type ApiRouteArgs, type ApiRouteName } from './api-contract';

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

/** The address of a route of the API (api-contract.ts) under this configuration. */
export function apiUrl<R extends ApiRouteName>(config: ApiConfig, route: R, ...args: ApiRouteArgs<R>): string {
  return `${config.baseUrl}/${apiPath(route, config.flavour, ...args)}`;
}
