import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSameNumbers } from './use-same-numbers';

describe('useSameNumbers', () => {
  it('keeps the first list while later ones hold the same numbers, and takes a list of other numbers', () => {
    const first = [0, 50, 100];
    const { result, rerender } = renderHook(({ values }) => useSameNumbers(values), { initialProps: { values: first } });
    expect(result.current).toBe(first);

    rerender({ values: [0, 50, 100] });
    expect(result.current).toBe(first);

    const other = [0, 50, 100, 150];
    rerender({ values: other });
    expect(result.current).toBe(other);

    const negative = [-50, 0, 50, 100, 150];
    rerender({ values: negative });
    expect(result.current).toBe(negative);
  });
});
