import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SEED_REPORT_TEXT } from './helpers';
import { pdfFromText, pdfWithoutText } from './pdf-fixture';

async function openImport(page: Page) {
  await page.goto('/?view=import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import a report' })).toBeVisible();
}

async function chooseFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.getByLabel('Or choose a file (PDF, text or CSV), or drop it here').setInputFiles({ name, mimeType, buffer });
}

test('import → review → save → shown as imported in the compare view → survives reload → delete', async ({ page }) => {
  await openImport(page);
  await page.getByLabel('Paste the report’s text').fill(SEED_REPORT_TEXT);
  await page.getByRole('button', { name: 'Read the text' }).click();
  const review = page.getByRole('region', { name: 'Check the figures from pasted text' });
  await expect(review.getByLabel('Area', { exact: true })).toHaveValue('west-midlands');
  await expect(review.getByLabel('Year', { exact: true })).toHaveValue('2021-22');
  await expect(review.getByText('58 of 58 figures found; 0 not found.')).toBeVisible();
  await expect(review.getByLabel('MAPPA-eligible offenders on 31 March: Level 1, total')).toHaveValue('5432');
  await expect(review.getByText('Published total 5,432; the figures add up to 5,433.')).toBeVisible();
  // Correct one figure, and import it as Kent's report (the served Kent 2021-22 is illustrative).
  await review.getByLabel('Area', { exact: true }).selectOption('kent');
  await expect(review.getByText(/Saving replaces the served figures for Kent 2021-22/)).toBeVisible();
  await review.getByRole('button', { name: 'Save these figures' }).click();
  await expect(page.getByText('Saved: Kent 2021-22 now shows your imported figures')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Reports imported in this browser' }).getByRole('row', { name: /Kent 2021-22 pasted text/ })).toBeVisible();

  const compare = '/?view=compare&year=2021-22&measure=total&area=kent&group=region';
  await page.goto(compare);
  const figure = page.getByRole('figure');
  await expect(figure.locator('text.bar-value-label').filter({ hasText: '5,486 (imported)' })).toBeVisible();
  await expect(figure.getByText(/Imported in this browser, in place of any served figures: Kent 2021-22/)).toBeVisible();

  await page.reload();
  await expect(figure.locator('text.bar-value-label').filter({ hasText: '5,486 (imported)' })).toBeVisible();

  await openImport(page);
  await page.getByRole('button', { name: 'Delete the import of Kent 2021-22' }).click();
  await expect(page.getByText('No imports yet.')).toBeVisible();
  await page.goto(compare);
  await expect(figure.locator('text.bar-value-label').first()).toBeVisible();
  await expect(figure.locator('text.bar-value-label').filter({ hasText: '(imported)' })).toHaveCount(0);
});

test('a PDF made from the report imports through the UI', async ({ page }) => {
  await openImport(page);
  await chooseFile(page, 'west-midlands-2021-22.pdf', 'application/pdf', await pdfFromText(SEED_REPORT_TEXT));
  const review = page.getByRole('region', { name: 'Check the figures from west-midlands-2021-22.pdf' });
  await expect(review).toBeVisible({ timeout: 20_000 });
  await expect(review.getByLabel('Area', { exact: true })).toHaveValue('west-midlands');
  await expect(review.getByLabel('MAPPA-eligible offenders on 31 March: Total, total')).toHaveValue('5486');
  await expect(review.getByLabel('Sexual Harm Prevention Orders (SHPOs) imposed by the courts')).toHaveValue('253');
  await expect(review.getByLabel('Level 2 and 3 offenders returned to custody for breach of SOPO/SHPO: Level 2, Category 2')).toHaveValue('-');
});

test('bad input gets a specific message and leaves saved imports untouched', async ({ page }) => {
  await openImport(page);
  // Save one import first, so we can see it survive every bad input.
  await page.getByLabel('Paste the report’s text').fill(SEED_REPORT_TEXT);
  await page.getByRole('button', { name: 'Read the text' }).click();
  await page.getByRole('button', { name: 'Save these figures' }).click();
  const saved = page.getByRole('table', { name: 'Reports imported in this browser' });
  await expect(saved.getByRole('row', { name: /West Midlands 2021-22/ })).toBeVisible();
  const alert = page.getByRole('alert');

  await page.getByLabel('Paste the report’s text').fill('   ');
  await page.getByRole('button', { name: 'Read the text' }).click();
  await expect(alert).toContainText('The text is empty.');

  await page.getByLabel('Paste the report’s text').fill('Minutes of the parish council meeting.\nItem 1\t3\t4');
  await page.getByRole('button', { name: 'Read the text' }).click();
  await expect(alert).toContainText('MAPPA');

  await chooseFile(page, 'photo.png', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  await expect(alert).toContainText('“photo.png” is not text: it looks like a binary file');

  await chooseFile(page, 'scan.pdf', 'application/pdf', await pdfWithoutText());
  await expect(alert).toContainText('no text layer', { timeout: 20_000 });

  const huge = test.info().outputPath('huge.txt');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'a'));
  await page.getByLabel('Or choose a file (PDF, text or CSV), or drop it here').setInputFiles(huge);
  await expect(alert).toContainText('“huge.txt” is 50.0 MB; the largest file we read is 20.0 MB.');

  await chooseFile(page, 'fake.pdf', 'application/pdf', Buffer.from('just words'));
  await expect(alert).toContainText('is named as a PDF but is not one');

  await chooseFile(page, 'figures.csv', 'text/csv', Buffer.from('place,when,number\nKent,2021-22,5\n'));
  await expect(alert).toContainText('line 1');

  await chooseFile(
    page,
    'figures.csv',
    'text/csv',
    Buffer.from(
      'area,area_id,year,measure,measure_id,value,unit,value_status,source\nKent,kent,2021-22,SHPOs,orders.shpo,-4,people,published,x\nAtlantis,atlantis,2021-22,SHPOs,orders.shpo,4,people,published,x\n',
    ),
  );
  await expect(alert).toContainText('line 2');
  await expect(alert).toContainText('line 3');

  await expect(alert).toContainText('Anything you saved before is unchanged.');
  await expect(saved.getByRole('row', { name: /West Midlands 2021-22/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('table', { name: 'Reports imported in this browser' }).getByRole('row', { name: /West Midlands 2021-22/ })).toBeVisible();
});

test('a correction with a bad value is refused with a message beside the box', async ({ page }) => {
  await openImport(page);
  await page.getByLabel('Paste the report’s text').fill(SEED_REPORT_TEXT);
  await page.getByRole('button', { name: 'Read the text' }).click();
  const box = page.getByLabel('Sexual Harm Prevention Orders (SHPOs) imposed by the courts');
  await box.fill('-3');
  await page.getByRole('button', { name: 'Save these figures' }).click();
  await expect(page.getByRole('alert')).toContainText('-3 is negative.');
  await expect(page.getByText('No imports yet.')).toBeVisible();
});

test('the CSV of all imports can be imported again (tidy CSV round trip)', async ({ page }) => {
  await openImport(page);
  await page.getByLabel('Paste the report’s text').fill(SEED_REPORT_TEXT);
  await page.getByRole('button', { name: 'Read the text' }).click();
  await page.getByRole('button', { name: 'Save these figures' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all imports as CSV' }).click()]);
  expect(file.suggestedFilename()).toBe('mappa-imports.csv');
  const csv = readFileSync(await file.path());
  await page.getByRole('button', { name: 'Delete the import of West Midlands 2021-22' }).click();
  await expect(page.getByText('No imports yet.')).toBeVisible();

  await chooseFile(page, 'mappa-imports.csv', 'text/csv', csv);
  const review = page.getByRole('region', { name: 'Check the reports in mappa-imports.csv' });
  await expect(review.getByRole('row', { name: /West Midlands 2021-22 52 yes/ })).toBeVisible();
  await review.getByRole('button', { name: 'Save 1 report' }).click();
  await expect(page.getByText('Saved 1 report from mappa-imports.csv.')).toBeVisible();

  await page.goto('/?view=tables&year=2021-22');
  await expect(page.getByText(/Imported:.*mappa-imports\.csv/)).toBeVisible();
  const snapshot = page.getByRole('table', { name: /MAPPA-eligible offenders on 31 March 2022/ });
  await expect(snapshot.getByRole('row', { name: /^Total/ })).toContainText('5,486');
  await expect(page.getByRole('note').filter({ hasText: 'Published total 5,432; the figures add up to 5,433.' })).toBeVisible();
});
