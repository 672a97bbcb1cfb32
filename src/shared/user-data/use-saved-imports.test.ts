import 'fake-indexeddb/auto';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { seedReportWire } from '../../../tests/helpers/seed-report';

const { useLoadSavedImports, useSavedImports } = await import('./use-saved-imports');
const { useImportedReportsStore } = await import('./imported-reports-store');
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
    const replace = await act(() => result.current.save(kent(9), 'second.txt', undefined, [first.added[0]?.key ?? '']));
    expect(replace.removed).toEqual(first.added);
    expect((await loadImports()).imports.map((item) => item.fileName)).toEqual(['second.txt']);
    await act(() => result.current.undo(replace));
    expect((await loadImports()).imports).toEqual(first.added);
    expect(result.current.imports).toEqual(first.added);
    expect(useImportedReportsStore.getState().imported[0]?.revocations).toEqual({ kind: 'value', value: 7 });
  });

  it('saves a batch from one file, replacing an earlier import, and one undo takes the whole batch back', async () => {
    const { result } = await setUp();
    const earlier = await act(() => result.current.save(kent(7), 'kent.txt', undefined));
    const gwent = { ...seedReportWire(), areaId: 'gwent', revocations: 3 };
    const batch = await act(() =>
      result.current.saveAll(
        [
          { wire: kent(9), figureIds: ['revocations'], removeKeys: earlier.added.map((item) => item.key) },
          { wire: gwent, figureIds: ['revocations'], removeKeys: [] },
        ],
        'national.xlsx (sheet Table_2)',
      ),
    );
    expect(batch.added.map((item) => [item.report.areaId, item.fileName])).toEqual([
      ['kent', 'national.xlsx (sheet Table_2)'],
      ['gwent', 'national.xlsx (sheet Table_2)'],
    ]);
    expect(batch.removed).toEqual(earlier.added);
    expect((await loadImports()).imports.map((item) => item.fileName)).toEqual(['national.xlsx (sheet Table_2)', 'national.xlsx (sheet Table_2)']);
    await act(() => result.current.undo(batch));
    expect((await loadImports()).imports).toEqual(earlier.added);
    expect(useImportedReportsStore.getState().imported.map((report) => report.areaId)).toEqual(['kent']);
  });

  it('deletes, and undoes the delete', async () => {
    const { result } = await setUp();
    const saved = await act(() => result.current.save(kent(7), 'first.txt', ['revocations']));
    const deleted = await act(() => result.current.remove(saved.added.map((item) => item.key)));
    expect(useImportedReportsStore.getState().imported).toEqual([]);
    await act(() => result.current.undo(deleted));
    expect(result.current.imports).toEqual(saved.added);
    expect(useImportedReportsStore.getState().imported[0]?.importedFigureIds).toEqual(['revocations']);
  });
});
