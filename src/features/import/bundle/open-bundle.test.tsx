import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportWire } from '../../../domain/report-schema';
import { DATA_BUNDLE_FORMAT, dataBundleText } from '../../../ingest/bundle/data-bundle';
import { renderAppAt } from '../../../../tests/helpers/render-app';
import { seedReportWire } from '../../../../tests/helpers/seed-report';

const { deleteImport, loadImports, saveImport } = await import('../../../shared/user-data/saved-imports');

afterEach(async () => {
  for (const item of (await loadImports()).imports) await deleteImport(item.key);
});

const wire = (areaId: string, revocations: number, fileName = `${areaId}.txt`): ReportWire => ({
  ...seedReportWire(),
  areaId,
  revocations,
  provenance: { kind: 'imported', fileName, importedAt: '2024-05-01T10:00:00.000Z' },
});

/** jsdom's File cannot read itself back (no Blob.text), so the test's file answers with its text as a browser's does. */
function bundleFile(text: string, name = 'my-imports.json') {
  return Object.assign(new File([text], name, { type: 'application/json' }), { text: () => Promise.resolve(text) });
}

async function openImportPage() {
  const user = userEvent.setup();
  renderAppAt('?view=import');
  await screen.findByRole('heading', { level: 1, name: 'Import a report' });
  return user;
}

const savedRows = async () => within(await screen.findByRole('table', { name: 'Reports imported in this browser' })).getAllByRole('rowheader');

describe('opening a data bundle on the import page', () => {
  it('refuses a bad bundle with its reason and keeps every saved import', async () => {
    await saveImport(wire('kent', 7), 'kent.txt', new Date('2024-05-01T10:00:00.000Z'));
    const user = await openImportPage();
    await waitFor(async () => expect((await savedRows()).map((row) => row.textContent)).toEqual(['Kent']));
    const input = screen.getByLabelText('Choose a data bundle (JSON)');

    await user.upload(input, bundleFile('{ "format": "mappa-compare-data-bundle", ', 'broken.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('“broken.json” is not a data bundle: it is not valid JSON.');
    expect(screen.getByRole('alert')).toHaveTextContent('Anything you saved before is unchanged.');

    const negative = { fileName: 'gwent.txt', savedAt: '2024-05-02T10:00:00.000Z', report: wire('gwent', -4) };
    await user.upload(input, bundleFile(dataBundleText([negative]), 'negative.json'));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(/“negative\.json” was not opened: import 1 \(gwent\.txt\): revocations: Counts cannot be negative/),
    );

    expect(screen.queryByRole('heading', { name: /Check the imports in/ })).not.toBeInTheDocument();
    expect((await loadImports()).imports.map((item) => [item.report.areaId, item.fileName])).toEqual([['kent', 'kent.txt']]);
    expect((await savedRows()).map((row) => row.textContent)).toEqual(['Kent']);
  });

  it('shows what a good bundle changes, asks about an area-year imported already, and saves each import with its own file and moment', async () => {
    await saveImport(wire('kent', 7), 'kent.txt', new Date('2024-05-01T10:00:00.000Z'));
    const user = await openImportPage();
    await waitFor(async () => expect((await savedRows()).map((row) => row.textContent)).toEqual(['Kent']));
    const text = JSON.stringify({
      format: DATA_BUNDLE_FORMAT,
      version: 1,
      imports: [
        { fileName: 'kent-again.txt', savedAt: '2024-05-03T10:00:00.000Z', report: wire('kent', 9, 'kent-again.txt') },
        {
          fileName: 'tables.xlsx (sheet Table_2)',
          savedAt: '2024-05-02T10:00:00.000Z',
          figureIds: ['revocations'],
          report: wire('gwent', 3, 'tables.xlsx (sheet Table_2)'),
        },
      ],
    });
    await user.upload(screen.getByLabelText('Choose a data bundle (JSON)'), bundleFile(text));

    const review = (await screen.findByRole('heading', { name: 'Check the imports in my-imports.json' })).closest('section');
    if (!review) throw new Error('no review');
    const table = within(review).getByRole('table', { name: 'What the bundle brings, by area and year' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'AreaYearFromFigures givenAgainst the figures shown now',
      'Gwent2021-22tables.xlsx (sheet Table_2)1 only1 illustrative stand-in replaced',
      'Kent2021-22kent-again.txtthe whole report1 real figure shown now changes (listed below)',
    ]);
    expect(
      within(review).getByText(/^Lifetime notification requirements revoked on application: shown now 7 \(imported, .*kent\.txt.*\); the bundle gives 9$/),
    ).toBeInTheDocument();

    await user.click(within(review).getByRole('button', { name: 'Save 2 imports' }));
    expect(await within(review).findByRole('alert')).toHaveTextContent('Nothing was saved yet: choose what to do with the earlier import of Kent 2021-22.');
    expect((await loadImports()).imports).toHaveLength(1);

    await user.click(within(review).getByRole('radio', { name: 'Keep both' }));
    await user.click(within(review).getByRole('button', { name: 'Save 2 imports' }));
    expect(await screen.findByText(/^Saved 2 imports from my-imports\.json/)).toBeInTheDocument();
    expect((await loadImports()).imports.map((item) => [item.report.areaId, item.fileName, item.savedAt, item.figureIds])).toEqual([
      ['gwent', 'tables.xlsx (sheet Table_2)', '2024-05-02T10:00:00.000Z', ['revocations']],
      ['kent', 'kent.txt', '2024-05-01T10:00:00.000Z', undefined],
      ['kent', 'kent-again.txt', '2024-05-03T10:00:00.000Z', undefined],
    ]);
  });
});
