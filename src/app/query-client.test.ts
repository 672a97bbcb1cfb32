import { describe, expect, it } from 'vitest';
import { ApiError } from '../shared/data/api-error';
import { shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it('tries a dropped connection twice more, then stops', () => {
    const dropped = new ApiError('network', 'Could not reach the data service.');
    expect([0, 1, 2].map((failures) => shouldRetry(failures, dropped))).toEqual([true, true, false]);
  });

  it('does not retry a timeout, so the message states the real wait', () => {
    expect(shouldRetry(0, new ApiError('timeout', 'The data service did not answer within 15 seconds.'))).toBe(false);
  });

  it('does not retry answers that will not fix themselves', () => {
    expect(shouldRetry(0, new ApiError('invalid-response', 'not JSON', 200))).toBe(false);
    expect(shouldRetry(0, new ApiError('not-found', 'The data service answered 404', 404))).toBe(false);
    expect(shouldRetry(0, new ApiError('http', 'The data service answered 503', 503))).toBe(true);
  });
});
