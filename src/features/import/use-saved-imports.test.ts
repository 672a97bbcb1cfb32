import 'fake-indexeddb/auto';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { seedReportWire } from '../../../tests/helpers/seed-report';

const { useLoadSavedImports, useSavedImports } = await import('./use-saved-imports');
const { useImportedReportsStore } = await import('../../shared/data/imported-reports-store');
const { deleteImport, loadImports } = await import('./saved-imports');

const kent = (revocations: number) => ({ ...seedReportWire(), areaId: 'kent', revocations });

afterEach(async () => {
  for (const item of (await loadImports()).imports) await deleteImport(item.key);
});

/** The hook, once it has loaded what is saved (nothing: each test starts empty). */
async function setUp() {
  const hook = renderHook(() => {
    useLoadSavedImports();
    return useSavedImports();
  });
  await waitFor(() => expect(hook.result.current).toMatchObject({ loaded: true, imports: [] }));
  return hook;
}

describe('useSavedImports', () => {
  it('keeps both imports of one area-year and shows their differing figure as disputed', async () => {
    const { result } = await setUp();
    await act(() => result.current.save(kent(7), 'first.txt', undefined));
    await act(() => result.current.save(kent(9), 'second.txt', undefined));
    expect(result.current.imports.map((item) => item.fileName)).toEqual(['first.txt', 'second.txt']);
    const [shown] = useImportedReportsStore.getState().imported;
    expect(shown?.revocations).toMatchObject({ kind: 'disputed', claims: [{ value: 7 }, { value: 9 }] });
  });

  it('replaces only after saving the new import, and undo brings the earlier one back exactly', async () => {
    const { result } = await setUp();
    const first = await act(() => result.current.save(kent(7), 'first.txt', undefined));
    const replace = await act(() => result.current.save(kent(9), 'second.txt', undefined, [first.added.key]));
    expect(replace.removed).toEqual([first.added]);
    expect((await loadImports()).imports.map((item) => item.fileName)).toEqual(['second.txt']);
    await act(() => result.current.undo(replace));
    expect((await loadImports()).imports).toEqual([first.added]);
    expect(result.current.imports).toEqual([first.added]);
    expect(useImportedReportsStore.getState().imported[0]?.revocations).toEqual({ kind: 'value', value: 7 });
  });

  it('deletes, and undoes the delete', async () => {
    const { result } = await setUp();
    const saved = await act(() => result.current.save(kent(7), 'first.txt', ['revocations']));
    const deleted = await act(() => result.current.remove([saved.added.key]));
    expect(useImportedReportsStore.getState().imported).toEqual([]);
    await act(() => result.current.undo(deleted));
    expect(result.current.imports).toEqual([saved.added]);
    expect(useImportedReportsStore.getState().imported[0]?.importedFigureIds).toEqual(['revocations']);
  });
});
