import { z } from '../../lib/zod';
import { ApiError } from './api-error';

const errorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** GET a URL and return its JSON body, turning every failure into a specific ApiError. */
export async function fetchJson(url: string, options: { signal?: AbortSignal | undefined; timeoutMs: number }): Promise<unknown> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(absoluteUrl(url), { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (timeout.aborted) {
      throw new ApiError('timeout', `The data service did not answer within ${formatSeconds(options.timeoutMs)}.`);
    }
    if (options.signal?.aborted) throw error;
    throw new ApiError('network', 'Could not reach the data service. Check your connection and try again.');
  }
  const text = await response.text();
  if (!response.ok) {
    const body = safeJson(text);
    const parsed = errorBodySchema.safeParse(body);
    const detail = parsed.success ? parsed.data.error.message : response.statusText || 'no details given';
    const code = response.status === 404 ? 'not-found' : 'http';
    throw new ApiError(code, `The data service answered ${response.status}: ${detail}`, response.status, parsed.data?.error.code);
  }
  const body = safeJson(text);
  if (body === undefined) {
    throw new ApiError('invalid-response', 'The data service sent something that is not JSON.', response.status);
  }
  return body;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Relative API paths resolve against the page (and against jsdom's page in tests). */
function absoluteUrl(url: string): string {
  const base = typeof location === 'undefined' ? undefined : location.href;
  return base ? new URL(url, base).toString() : url;
}

function formatSeconds(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}
