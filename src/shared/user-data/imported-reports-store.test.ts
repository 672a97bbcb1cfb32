import { afterEach, describe, expect, it, vi } from 'vitest';
import { useImportedReportsStore } from './imported-reports-store';
import type { ImportedReport } from '../../domain/imported-report';

const report = (areaId: string) => ({ areaId, year: '2021-22' }) as unknown as ImportedReport;

afterEach(() => useImportedReportsStore.setState({ imported: [] }));

describe('imported reports store', () => {
  it('does not tell the views anything when the saved imports read at start-up are none', () => {
    const listener = vi.fn();
    const before = useImportedReportsStore.getState().imported;
    const unsubscribe = useImportedReportsStore.subscribe(listener);
    useImportedReportsStore.getState().setImported([]);
    unsubscribe();
    expect(listener).not.toHaveBeenCalled();
    expect(useImportedReportsStore.getState().imported).toBe(before);
  });

  it('keeps the list when the same reports come back in the same order', () => {
    const kent = report('kent');
    const essex = report('essex');
    useImportedReportsStore.getState().setImported([kent, essex]);
    const listener = vi.fn();
    const unsubscribe = useImportedReportsStore.subscribe(listener);
    useImportedReportsStore.getState().setImported([kent, essex]);
    expect(listener).not.toHaveBeenCalled();
    useImportedReportsStore.getState().setImported([essex, kent]);
    useImportedReportsStore.getState().setImported([essex]);
    useImportedReportsStore.getState().setImported([]);
    unsubscribe();
    expect(listener).toHaveBeenCalledTimes(3);
    expect(useImportedReportsStore.getState().imported).toEqual([]);
  });

  it('publishes a changed report even for the same area and year', () => {
    useImportedReportsStore.getState().setImported([report('kent')]);
    const replacement = report('kent');
    useImportedReportsStore.getState().setImported([replacement]);
    expect(useImportedReportsStore.getState().imported[0]).toBe(replacement);
  });
});
