import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SEED_REPORT_TEXT } from './helpers';

// Issue 26 items 1-3 and 6 on the production build. Spreadsheet parsing loads lazily and the
// machine may be busy: generous timeouts, never timings.
test.setTimeout(180_000);

interface FixtureArea {
  id: string;
  name: string;
  kind: 'area' | 'national';
}

const LOCAL_AREAS = (JSON.parse(readFileSync('mocks/fixtures/areas.json', 'utf8')) as { areas: FixtureArea[] }).areas.filter((area) => area.kind === 'area');
const FIGURE = (index: number) => 3000 + index;

/**
 * A national table whose numbers are stored as text ("3,801"), with West Midlands first under a
 * name we do not know ("West Mids"), and Surrey's figure [x] (its served figure is illustrative).
 */
function textNumbersWorkbook(): Buffer {
  const westMidlandsFirst = [...LOCAL_AREAS].sort((a, b) => Number(b.id === 'west-midlands') - Number(a.id === 'west-midlands'));
  const rows = [
    ['Table 3: Registered sexual offenders (category 1) on 31 March 2023, by MAPPA area, 2022 to 2023'],
    ['MAPPA area', 'Category 1 (RSOs)'],
    ...westMidlandsFirst.map((area) => [
      area.id === 'west-midlands' ? 'West Mids' : area.name,
      area.id === 'surrey' ? '[x]' : FIGURE(LOCAL_AREAS.indexOf(area)).toLocaleString('en-GB'),
    ]),
  ];
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), 'Table_3');
  return Buffer.from(XLSX.write(workbook, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer);
}

async function openImport(page: Page) {
  await page.goto('/?view=import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import a report' })).toBeVisible({ timeout: 60_000 });
}

const rowOf = (table: Locator, area: string) => table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: area, exact: true }) });
const step = (page: Page, title: RegExp) => page.getByRole('heading', { name: title });

test('items 1 and 2: a table of numbers stored as text imports every area, and its [x] replaces the illustrative figure, citing file and cell', async ({
  page,
}) => {
  await openImport(page);
  await page.getByLabel('Choose a spreadsheet (ODS, XLSX or CSV), or drop it here').setInputFiles({
    name: 'text-numbers.xlsx',
    mimeType: 'application/octet-stream',
    buffer: textNumbersWorkbook(),
  });
  await expect(step(page, /Choose the sheet/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Continue' }).click();

  // The heading row is the one the evidence shows: the first area row is data, its number never part of a heading.
  await expect(step(page, /The table and its area column/)).toBeVisible();
  await expect(page.getByText('Category 1 (RSOs) 3,')).toHaveCount(0);
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(step(page, /Match the area names/)).toBeVisible();
  const names = page.getByRole('region', { name: 'Area names in the file and their matches' });
  await expect(names.getByLabel('West Mids')).toHaveValue('');
  await names.getByLabel('West Mids').selectOption('west-midlands');
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(step(page, /Match the columns to figures/)).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(step(page, /The year/)).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();

  await expect(step(page, /Check the figures from text-numbers\.xlsx \(sheet Table_3\)/)).toBeVisible();
  const figures = page.getByRole('table', { name: /Figures from text-numbers\.xlsx/ });
  const westMidlandsFigure = FIGURE(LOCAL_AREAS.findIndex((area) => area.id === 'west-midlands')).toLocaleString('en-GB');
  await expect(rowOf(figures, 'West Midlands')).toContainText(westMidlandsFigure);
  await expect(rowOf(figures, 'Surrey')).toContainText('imported as not published: replaces the illustrative figure held here');
  await page.getByRole('button', { name: /^Save 42 figures for 42 areas$/ }).click();
  await expect(page.getByText(/Saved 42 figures for 42 areas from text-numbers\.xlsx \(sheet Table_3\)/)).toBeVisible();

  await page.goto('/?view=compare&year=2022-23&measure=category1');
  await expect(page.locator('text.bar-value-label').first()).toBeVisible({ timeout: 60_000 });
  await page.getByText('Show the data as a table').click();
  const table = page.getByRole('table', { name: /Category 1/ });
  // The focus area's row header says so: "West Midlands (focus area)".
  const westMidlands = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^West Midlands/ }) });
  await expect(westMidlands.locator('.value-cell')).toHaveText(westMidlandsFigure);
  await expect(westMidlands.locator('.status-cell')).toHaveText('imported');
  const surrey = rowOf(table, 'Surrey');
  await expect(surrey.locator('.value-cell')).toHaveText(/^not published \(text-numbers\.xlsx \(sheet Table_3\), cell Table_3!B\d+: \[x\]\)$/);
  await expect(surrey.locator('.status-cell')).toHaveText('missing');
  await expect(surrey.locator('.source-cell')).toContainText(/Imported from text-numbers\.xlsx \(sheet Table_3\), cell Table_3!B\d+ \(\[x\] not available\)/);
});

/** The seed with the "Other dangerous" column deleted from the snapshot's header and every row (the hostile corpus's file). */
const seedWithoutOtherDangerous = (): string => readFileSync('tests/fixtures/hostile/snapshot-without-other-dangerous.txt', 'utf8');

test('item 3: a pasted table without a column is read by its header words; category 3 is asked about, never filled with the totals', async ({ page }) => {
  await openImport(page);
  await page.getByLabel('Paste the report’s text').fill(seedWithoutOtherDangerous());
  await page.getByRole('button', { name: 'Read the text' }).click();
  const review = page.getByRole('region', { name: 'Check the figures from pasted text' });
  await expect(review.getByLabel('Area', { exact: true })).toHaveValue('west-midlands');
  for (const [level, total] of [
    ['Level 1', '5432'],
    ['Level 2', '45'],
    ['Level 3', '9'],
  ] as const) {
    await expect(review.getByLabel(`MAPPA-eligible offenders on 31 March: ${level}, total`)).toHaveValue(total);
    await expect(review.getByLabel(`MAPPA-eligible offenders on 31 March: ${level}, Category 3`)).toHaveValue('');
  }
  await expect(review.getByLabel('MAPPA-eligible offenders on 31 March: Total, total')).toHaveValue('5486');
  await expect(review.getByText(/has no column for “Category 3: Other dangerous offenders”: those figures are left empty/)).toBeVisible();
  await expect(review.getByText(/name no column for “Category 3: Other dangerous offenders”, so this figure is not in it/).first()).toBeVisible();
  // The totals check does not go quiet: it names the totals a missing figure keeps it from checking.
  await expect(review.getByText('4 published totals cannot be checked')).toBeVisible();
});

test('item 6: a 10 MB paste is refused at once with its size, and the text the box had is kept', async ({ page }) => {
  await openImport(page);
  const box = page.getByLabel('Paste the report’s text');
  await box.fill(SEED_REPORT_TEXT);
  // A paste of 10 MB of lines, made in the page: the box must never take it in.
  await box.evaluate((element) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', 'Level 1\t3669\t1763\t1\t5432\n'.repeat(400_000));
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('alert')).toContainText(/The pasted text is 10,0\d\d,\d{3} characters long \(about 10\.0 MB\)/, { timeout: 30_000 });
  await expect(box).toHaveValue(SEED_REPORT_TEXT);
});
