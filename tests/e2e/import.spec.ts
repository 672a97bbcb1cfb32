import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, SEED_REPORT_TEXT } from './helpers';
import { pdfFromText, pdfWithoutText } from './pdf-fixture';

async function openImport(page: Page) {
  await page.goto('/?view=import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import a report' })).toBeVisible();
}

/** Delete (the first) saved import of a place, confirming when asked. */
async function deleteImport(page: Page, place: string) {
  await page
    .getByRole('button', { name: `Delete the import of ${place}` })
    .first()
    .click();
  await page.getByRole('button', { name: `Yes, delete it: the import of ${place}` }).click();
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
  await expect(figure.getByText(/Imported in this browser, in place of the served figures .*: Kent 2021-22/)).toBeVisible();

  await page.reload();
  await expect(figure.locator('text.bar-value-label').filter({ hasText: '5,486 (imported)' })).toBeVisible();

  await openImport(page);
  await deleteImport(page, 'Kent 2021-22');
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
  await deleteImport(page, 'West Midlands 2021-22');
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

const REVOCATIONS = 'Lifetime notification requirements revoked on application';

/** Paste the seed report as Kent 2021-22's, with its revocations figure set to `revocations`, and open the review. */
async function reviewKentImport(page: Page, revocations: string) {
  await page.getByLabel('Paste the report’s text').fill(SEED_REPORT_TEXT);
  await page.getByRole('button', { name: 'Read the text' }).click();
  const review = page.getByRole('region', { name: 'Check the figures from pasted text' });
  await review.getByLabel('Area', { exact: true }).selectOption('kent');
  await review.getByLabel(REVOCATIONS).fill(revocations);
  return review;
}

function savedRows(page: Page) {
  return page.getByRole('table', { name: 'Reports imported in this browser' }).getByRole('row', { name: /Kent 2021-22/ });
}

test('a second import of the same area and year asks first: keep both, replace, undo, cancel — nothing is lost', async ({ page }) => {
  // Four imports, two page loads and two axe runs: sized for a busy 2-core machine.
  test.setTimeout(240_000);
  await openImport(page);
  const first = await reviewKentImport(page, '7');
  await first.getByRole('button', { name: 'Save these figures' }).click();
  await expect(page.getByText('Saved: Kent 2021-22 now shows your imported figures')).toBeVisible();
  await expect(savedRows(page)).toHaveCount(1);

  // The second import shows the first beside it, and will not save until the user chooses.
  const second = await reviewKentImport(page, '9');
  await expect(second.getByRole('group', { name: /Kent 2021-22 already has an import: pasted text/ })).toBeVisible();
  await expect(second.getByText(`${REVOCATIONS}: earlier 7, this import 9`)).toBeVisible();
  await expect(second.getByRole('columnheader', { name: 'Earlier import' }).first()).toBeVisible();
  await second.getByRole('button', { name: 'Save these figures' }).click();
  await expect(second.getByRole('alert')).toContainText('Choose what to do with the earlier import of Kent 2021-22');
  await expect(savedRows(page)).toHaveCount(1);
  await expectNoAxeViolations(page, 'the review of a second import');

  // Keep both: both imports are saved, and the figure that differs shows both values.
  await second.getByRole('radio', { name: 'Keep both' }).check();
  await expect(second.getByText(/The figure that differs is shown as disputed in every view/)).toBeVisible();
  await second.getByRole('button', { name: 'Save and keep both' }).click();
  await expect(page.getByText('The earlier import is kept too: figures that differ show as disputed.')).toBeVisible();
  await expect(savedRows(page)).toHaveCount(2);

  await page.goto('/?view=tables&year=2021-22&area=kent');
  const orders = page.getByRole('table', { name: /Kent: revocations, orders/ });
  await expect(orders.getByRole('row', { name: new RegExp(REVOCATIONS) })).toContainText('7 (sources disagree; also published: 9)');

  // Replace both with a third import, then undo: the two earlier imports come back.
  await openImport(page);
  const third = await reviewKentImport(page, '11');
  await expect(third.getByRole('group', { name: /Kent 2021-22 already has 2 imports/ })).toBeVisible();
  await third.getByRole('radio', { name: 'Replace the earlier imports' }).check();
  await third.getByRole('button', { name: 'Save and replace the earlier imports' }).click();
  await expect(page.getByText(/It replaced the earlier import \(pasted text, pasted text\)/)).toBeVisible();
  await expect(savedRows(page)).toHaveCount(1);
  await page.getByRole('button', { name: /^Undo: remove the import of Kent 2021-22 from pasted text and bring back the earlier imports/ }).click();
  await expect(page.getByText(/Undone: .* the earlier imports are back as before/)).toBeVisible();
  await expect(savedRows(page)).toHaveCount(2);

  // Cancel saves nothing.
  const fourth = await reviewKentImport(page, '13');
  await fourth.getByRole('radio', { name: 'Cancel this import' }).check();
  await fourth.getByRole('button', { name: 'Cancel this import' }).click();
  await expect(page.getByText('Nothing was saved: the earlier import of Kent 2021-22 is unchanged.')).toBeVisible();
  await page.reload();
  await expect(savedRows(page)).toHaveCount(2);

  // Deleting asks first, and can be undone.
  await page.getByRole('button', { name: 'Delete the import of Kent 2021-22' }).first().click();
  await expect(page.getByRole('button', { name: /^Yes, delete it/ })).toBeFocused();
  await expectNoAxeViolations(page, 'the delete confirmation');
  await page.getByRole('button', { name: /^No, keep it/ }).click();
  await expect(savedRows(page)).toHaveCount(2);
  await deleteImport(page, 'Kent 2021-22');
  await expect(savedRows(page)).toHaveCount(1);
  await page.getByRole('button', { name: /^Undo: bring back the import of Kent 2021-22/ }).click();
  await expect(savedRows(page)).toHaveCount(2);
  await page.reload();
  await expect(savedRows(page)).toHaveCount(2);
});

test('a one-figure CSV fills only that figure and leaves the rest of the served report in place', async ({ page }) => {
  test.setTimeout(120_000);
  await openImport(page);
  await chooseFile(
    page,
    'kent-revocations.csv',
    'text/csv',
    Buffer.from('area,area_id,year,measure,measure_id,value,unit,value_status,source\nKent,kent,2021-22,Revocations,revocations,5,people,published,x\n'),
  );
  const review = page.getByRole('region', { name: 'Check the reports in kent-revocations.csv' });
  await expect(review.getByRole('row', { name: /Kent 2021-22 1 only these 1 of 58 figures; the other served figures stay/ })).toBeVisible();
  await review.getByRole('button', { name: 'Save 1 report' }).click();
  await expect(savedRows(page)).toContainText('1 figure only; the other served figures stay');

  await page.goto('/?view=tables&year=2021-22&area=kent');
  await expect(page.getByRole('table', { name: /Kent: revocations, orders/ }).getByRole('row', { name: new RegExp(REVOCATIONS) })).toContainText('5');
  // The served figures the CSV does not give are still there, not blanked as "not published".
  await expect(page.getByRole('table', { name: /Kent: MAPPA-eligible offenders on 31 March 2022/ }).getByRole('row', { name: /^Total/ })).toContainText(
    '3,054',
  );
  await page.goto('/?view=summary&year=2021-22&area=kent');
  await expect(page.getByText(/Your import gives only some figures for Kent 2021-22/)).toBeVisible();
});

test('two tabs see each other’s imports without reloading', async ({ context }) => {
  test.setTimeout(180_000);
  const first = await context.newPage();
  const second = await context.newPage();
  await openImport(first);
  await openImport(second);
  await expect(second.getByText('No imports yet.')).toBeVisible();

  const review = await reviewKentImport(first, '7');
  await review.getByRole('button', { name: 'Save these figures' }).click();
  await expect(savedRows(first)).toHaveCount(1);
  await expect(savedRows(second)).toHaveCount(1);

  // The other tab's views follow too, and a delete there reaches the first tab.
  await second.goto('/?view=tables&year=2021-22&area=kent');
  await expect(second.getByText(/Imported:.*pasted text/)).toBeVisible();
  await openImport(second);
  await deleteImport(second, 'Kent 2021-22');
  await expect(first.getByText('No imports yet.')).toBeVisible();
});
