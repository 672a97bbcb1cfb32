import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, SEED_REPORT_TEXT } from './helpers';

// Spreadsheet parsing loads lazily and the machine may be busy: generous, never timed. The board
// pack's workbooks: exports.production.spec.ts.
test.setTimeout(180_000);

interface FixtureArea {
  id: string;
  name: string;
  kind: 'area' | 'national';
}

const AREAS = (JSON.parse(readFileSync('mocks/fixtures/areas.json', 'utf8')) as { areas: FixtureArea[] }).areas;

/** Names as a national table writes them; "Hants" is not a name we know, so the import must ask. */
const NAME_IN_FILE: Record<string, string> = {
  'avon-and-somerset': 'Avon & Somerset',
  london: 'Metropolitan Police',
  'dyfed-powys': 'Dyfed-Powys',
  kent: 'Kent [note 2]',
  hampshire: 'Hants',
};

const GIVEN = (index: number) => 2000 + index;

/** A Ministry of Justice style table: a cover sheet, then 42 areas of category 1 totals for 2022-23 under a title and a note. */
function nationalWorkbook(): Buffer {
  const local = AREAS.filter((area) => area.kind === 'area');
  const rows: (string | number)[][] = [
    ['Table 3: Registered sexual offenders (category 1) on 31 March 2023, by MAPPA area, 2022 to 2023 [note 1]'],
    ['Some cells refer to notes which can be found in the Notes worksheet.'],
    ['MAPPA area', 'Category 1 offenders'],
    ...local.map((area, index) => [NAME_IN_FILE[area.id] ?? area.name, area.id === 'gwent' ? '[x]' : GIVEN(index)]),
  ];
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['Cover'], ['MAPPA statistics, 2022 to 2023']]), 'Cover');
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), 'Table_3');
  return Buffer.from(XLSX.write(workbook, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer);
}

async function openImport(page: Page) {
  await page.goto('/?view=import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import a report' })).toBeVisible({ timeout: 60_000 });
}

async function chooseSpreadsheet(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('Choose a spreadsheet (ODS, XLSX or CSV), or drop it here').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

/** The row whose row header is exactly this area. */
const rowOf = (table: Locator, area: string) => table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: area, exact: true }) });

const step = (page: Page, title: RegExp) => page.getByRole('heading', { name: title });

async function compareTable(page: Page) {
  await page.goto('/?view=compare&year=2022-23&measure=category1');
  await expect(page.locator('text.bar-value-label').first()).toBeVisible({ timeout: 60_000 });
  await page.getByText('Show the data as a table').click();
  return page.getByRole('table', { name: /Category 1/ });
}

test('a national table of 42 areas imports from an XLSX file and the compare view shows its areas as imported', async ({ page }) => {
  const before = await compareTable(page);
  await expect(rowOf(before, 'Kent').locator('.status-cell')).toHaveText('illustrative');

  await openImport(page);
  await chooseSpreadsheet(page, 'mappa-tables.xlsx', nationalWorkbook());

  await expect(step(page, /Choose the sheet/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('radio', { name: /^Table_3: Table 3: Registered sexual offenders/ })).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(step(page, /The table and its area column/)).toBeVisible();
  await expect(page.getByText(/Some cells refer to notes/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(step(page, /Match the area names/)).toBeVisible();
  const names = page.getByRole('region', { name: 'Area names in the file and their matches' });
  await expect(names.getByRole('row', { name: /Metropolitan Police/ })).toContainText('another name for this area');
  await expect(names.getByRole('row', { name: /Avon & Somerset/ })).toContainText('the same words written differently');
  // Never guessed: the unknown name is asked about, and Continue says so until it is answered.
  await expect(names.getByLabel('Hants')).toHaveValue('');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('“Hants”');
  await names.getByLabel('Hants').selectOption('hampshire');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(step(page, /Match the columns to figures/)).toBeVisible();
  await expect(page.getByLabel('Category 1 offenders')).not.toHaveValue('leave-out');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(step(page, /The year/)).toBeVisible();
  await expect(page.getByLabel('Which year are the figures for?')).toHaveValue('2022-23');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(step(page, /Check the figures from mappa-tables\.xlsx \(sheet Table_3\)/)).toBeVisible();
  const figures = page.getByRole('table', { name: /Figures from mappa-tables\.xlsx/ });
  await expect(rowOf(figures, 'London')).toContainText('Table_3!B');
  // Side by side with the figure held now: Kent's served 2022-23 figure is illustrative.
  await expect(rowOf(figures, 'Kent')).toContainText('illustrative');
  await expect(rowOf(figures, 'Kent')).toContainText('differs');
  await expect(rowOf(figures, 'Gwent')).toContainText('not published ([x]');
  await expect(rowOf(figures, 'Gwent')).toContainText('not imported: the figure held here stays');
  await expectNoAxeViolations(page, 'the spreadsheet import review');
  await page.getByRole('button', { name: /^Save 41 figures for 41 areas$/ }).click();
  await expect(page.getByText(/Saved 41 figures for 41 areas from mappa-tables\.xlsx \(sheet Table_3\)/)).toBeVisible();

  const table = await compareTable(page);
  await expect(rowOf(table, 'Kent').locator('.status-cell')).toHaveText('imported');
  const london = rowOf(table, 'London');
  await expect(london.locator('.status-cell')).toHaveText('imported');
  const londonIndex = AREAS.filter((area) => area.kind === 'area').findIndex((area) => area.id === 'london');
  await expect(london.locator('.value-cell')).toContainText(GIVEN(londonIndex).toLocaleString('en-GB'));
  await expect(rowOf(table, 'Hampshire').locator('.status-cell')).toHaveText('imported');
  // [x] is never a figure, and it never replaces a real one: Gwent keeps its published figure.
  await expect(rowOf(table, 'Gwent').locator('.status-cell')).not.toHaveText('imported');

  // One Delete takes back every import of the file.
  await openImport(page);
  await page.getByRole('button', { name: 'Delete all 41 imports from mappa-tables.xlsx (sheet Table_3)' }).click();
  await page.getByRole('button', { name: 'Yes, delete them: the 41 imports from mappa-tables.xlsx (sheet Table_3)' }).click();
  await expect(page.getByText('Deleted the 41 imports from mappa-tables.xlsx (sheet Table_3).')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('No imports yet.')).toBeVisible();
});

test('a corrupt workbook gets its own message and nothing is read', async ({ page }) => {
  await openImport(page);
  const zipHeader = Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 60 }, (_, index) => index)]);
  await chooseSpreadsheet(page, 'broken.xlsx', zipHeader);
  await expect(page.getByRole('alert')).toContainText(/broken\.xlsx/, { timeout: 60_000 });
  await expect(step(page, /Choose the sheet/)).toHaveCount(0);
  await expect(page.getByText('No imports yet.')).toBeVisible();
});

function xlsx(sheets: Record<string, XLSX.WorkSheet>): Buffer {
  const workbook = XLSX.utils.book_new();
  for (const [name, sheet] of Object.entries(sheets)) XLSX.utils.book_append_sheet(workbook, sheet, name);
  return Buffer.from(XLSX.write(workbook, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer);
}

test('bad spreadsheets get specific messages, and the imports already saved stay', async ({ page }) => {
  await openImport(page);
  await page.getByLabel('Paste the report’s text').fill(SEED_REPORT_TEXT);
  await page.getByRole('button', { name: 'Read the text' }).click();
  await page.getByRole('button', { name: 'Save these figures' }).click();
  const saved = page.getByRole('table', { name: 'Reports imported in this browser' });
  await expect(saved.getByRole('row', { name: /West Midlands 2021-22/ })).toBeVisible();
  const alert = page.getByRole('alert');

  // Password-protected: Excel wraps the encrypted workbook in an OLE container.
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(container, 'EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(container, 'EncryptedPackage', new Uint8Array(64).fill(7));
  await chooseSpreadsheet(page, 'locked.xlsx', Buffer.from(XLSX.CFB.write(container, { type: 'array' }) as ArrayLike<number>));
  await expect(alert).toContainText('locked.xlsx is protected with a password', { timeout: 60_000 });

  // More than 100,000 rows: listed, but it cannot be chosen.
  const huge = XLSX.utils.aoa_to_sheet(Array.from({ length: 100_010 }, (_, index) => [index]));
  await chooseSpreadsheet(
    page,
    'huge.xlsx',
    xlsx({
      Table_1: XLSX.utils.aoa_to_sheet([
        ['MAPPA area', 'Category 1'],
        ['Kent', 5],
      ]),
      Everything: huge,
    }),
  );
  await expect(page.getByRole('radio', { name: /^Everything \(too large to read: more than 100,000 rows\)/ })).toBeDisabled({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Discard' }).click();

  // A sheet with no row of headings above figures.
  await chooseSpreadsheet(page, 'words.xlsx', xlsx({ Words: XLSX.utils.aoa_to_sheet([['Only words here'], ['and more words']]) }));
  await expect(step(page, /Choose the sheet/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(alert).toContainText('No table with headings and figures was found in "Words"');
  await page.getByRole('button', { name: 'Discard' }).click();

  // Merged header cells, a date where a number should be, and a formula's saved result.
  const table = XLSX.utils.aoa_to_sheet([
    ['Table 3: MAPPA offenders, 2022 to 2023'],
    ['MAPPA area', 'Category 1 offenders', ''],
    ['Kent', 1500, 20],
    ['Surrey', new Date(Date.UTC(2023, 2, 31)), 21],
    ['Essex', 1700, 22],
  ]);
  table['!merges'] = [XLSX.utils.decode_range('B2:C2')];
  table['B5'] = { t: 'n', v: 1700, f: '1000+700' };
  await chooseSpreadsheet(page, 'tricky.xlsx', xlsx({ Table_3: table }));
  await expect(step(page, /Choose the sheet/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(step(page, /The table and its area column/)).toBeVisible();
  await expect(page.getByText(/Merged header cells were unmerged by repeating their text/)).toBeVisible();
  await expect(page.getByText(/stored as dates, not numbers \(B4\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  // The two columns under the merged heading cannot both be category 1.
  await expect(step(page, /Match the columns to figures/)).toBeVisible();
  await page.getByLabel('Category 1 offenders').nth(1).selectOption('leave-out');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(step(page, /The year/)).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  const figures = page.getByRole('table', { name: /Figures from tricky\.xlsx/ });
  await expect(rowOf(figures, 'Surrey')).toContainText('could not be read');
  await expect(rowOf(figures, 'Essex')).toContainText('read the saved result of a formula');
  await page.getByRole('button', { name: 'Discard' }).click();

  await expect(saved.getByRole('row')).toHaveCount(2);
  await expect(saved.getByRole('row', { name: /West Midlands 2021-22/ })).toBeVisible();
});

test('a semicolon CSV with a byte order mark imports through the same steps', async ({ page }) => {
  await openImport(page);
  const csv = '\uFEFFTable 3: MAPPA offenders, 2022 to 2023\r\nMAPPA area;Category 1 offenders\r\nKent;1500\r\nSurrey;[x]\r\nEssex;1700\r\n';
  await chooseSpreadsheet(page, 'table-3.csv', Buffer.from(csv, 'utf8'));
  await expect(step(page, /Choose the sheet/)).toBeVisible({ timeout: 60_000 });
  for (const title of [/The table and its area column/, /Match the area names/, /Match the columns to figures/, /The year/]) {
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(step(page, title)).toBeVisible();
  }
  await expect(page.getByLabel('Which year are the figures for?')).toHaveValue('2022-23');
  await page.getByRole('button', { name: 'Continue' }).click();
  const figures = page.getByRole('table', { name: /Figures from table-3\.csv/ });
  await expect(rowOf(figures, 'Kent')).toContainText('1,500');
  await expect(rowOf(figures, 'Surrey')).toContainText('not published ([x]');
  // Surrey's served figure is illustrative: the file's [x] replaces it, saved as "not published".
  await expect(rowOf(figures, 'Surrey')).toContainText('imported as not published: replaces the illustrative figure held here');
  await page.getByRole('button', { name: 'Save 3 figures for 3 areas' }).click();
  await expect(page.getByText(/Saved 3 figures for 3 areas from table-3\.csv/)).toBeVisible();
});
