import { describe, expect, it, vi } from 'vitest';
import { lazily } from './lazily';

describe('lazily', () => {
  it('builds nothing until asked, then builds once and keeps the value', () => {
    const build = vi.fn(() => ({ made: true }));
    const value = lazily(build);
    expect(build).not.toHaveBeenCalled();
    const first = value();
    expect(value()).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('keeps a value that is undefined without building it again', () => {
    const build = vi.fn(() => undefined);
    const value = lazily(build);
    value();
    value();
    expect(build).toHaveBeenCalledTimes(1);
  });
});
