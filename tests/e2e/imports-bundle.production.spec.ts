import { expect, test, type Page } from '@playwright/test';
import { download, SEED_REPORT_TEXT } from './helpers';

// The machine may be busy: generous, never timed.
test.setTimeout(180_000);

async function openImport(page: Page) {
  await page.goto('/?view=import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import a report' })).toBeVisible({ timeout: 60_000 });
}

/** Empties this browser's saved imports, as another browser (or cleared site data) would start. */
async function clearSavedImports(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('mappa-compare');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const transaction = open.result.transaction('imports', 'readwrite');
          transaction.objectStore('imports').clear();
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(new Error(String(transaction.error)));
        };
      }),
  );
}

const savedTable = (page: Page) => page.getByRole('table', { name: 'Reports imported in this browser' });

test('download my imports as a data bundle, clear storage, open the bundle: the same figures, sources and statuses', async ({ page }) => {
  await openImport(page);
  await page.getByLabel('Paste the report’s text').fill(SEED_REPORT_TEXT);
  await page.getByRole('button', { name: 'Read the text' }).click();
  const review = page.getByRole('region', { name: 'Check the figures from pasted text' });
  await review.getByLabel('Area', { exact: true }).selectOption('kent');
  await review.getByRole('button', { name: 'Save these figures' }).click();
  await expect(page.getByText('Saved: Kent 2021-22 now shows your imported figures')).toBeVisible();

  const csvBefore = await download(page, 'Download all imports as CSV');
  const bundle = await download(page, 'Download my imports');
  expect(bundle.name).toBe('mappa-my-imports.json');
  expect(JSON.parse(bundle.body.toString('utf8'))).toMatchObject({
    format: 'mappa-compare-data-bundle',
    version: 1,
    imports: [{ fileName: 'pasted text', report: { areaId: 'kent', year: '2021-22', provenance: { kind: 'imported' } } }],
  });

  await clearSavedImports(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Import a report' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('No imports yet.')).toBeVisible();

  const bundleInput = page.getByLabel('Choose a data bundle (JSON)');
  await bundleInput.setInputFiles({ name: bundle.name, mimeType: 'application/json', buffer: bundle.body });
  const bundleReview = page.getByRole('region', { name: `Check the imports in ${bundle.name}` });
  // Kent 2021-22 is served as illustrative stand-ins only: saving replaces them, and no real figure changes.
  await expect(bundleReview.getByRole('row', { name: /^Kent 2021-22 pasted text the whole report \d+ illustrative stand-ins replaced$/ })).toBeVisible();
  await expect(bundleReview.getByRole('heading', { name: 'Real figures that saving changes' })).toHaveCount(0);
  await bundleReview.getByRole('button', { name: 'Save 1 import' }).click();
  await expect(page.getByText(/^Saved 1 import from mappa-my-imports\.json/)).toBeVisible();
  await expect(savedTable(page).getByRole('row', { name: /Kent 2021-22 pasted text/ })).toBeVisible();

  expect((await download(page, 'Download all imports as CSV')).body.toString('utf8')).toBe(csvBefore.body.toString('utf8'));
  expect((await download(page, 'Download my imports')).body.toString('utf8')).toBe(bundle.body.toString('utf8'));

  // A damaged bundle is refused with its reason, and what was saved stays.
  const damaged = bundle.body.subarray(0, Math.floor(bundle.body.length / 2));
  await bundleInput.setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: damaged });
  await expect(page.getByRole('alert')).toContainText('“damaged.json” is not a data bundle: it is not valid JSON.');
  await expect(page.getByRole('alert')).toContainText('Anything you saved before is unchanged.');
  await expect(savedTable(page).getByRole('row', { name: /Kent 2021-22 pasted text/ })).toBeVisible();

  await page.goto('/?view=compare&year=2021-22&measure=total&area=kent&group=region');
  await expect(page.getByRole('figure').locator('text.bar-value-label').filter({ hasText: '5,486 (imported)' })).toBeVisible({ timeout: 60_000 });
});
