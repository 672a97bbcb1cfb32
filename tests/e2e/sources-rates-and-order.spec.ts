import { expect, test, type Page } from '@playwright/test';
import { HERTS_COMPARE, HERTS_NOTE } from './helpers';

// The disputed figure's caveat in the SVG, PNG and CSV: exports.production.spec.ts.

/** The chart's numbered notes as shown on the page, e.g. { 2: 'Hertfordshire 2022-23: …' }. */
async function shownNotes(page: Page): Promise<string[]> {
  return page.locator('.chart-notes li').allTextContents();
}

test('Hertfordshire 2022-23: both published figures with their sources, and which one is used and why', async ({ page }) => {
  await page.goto('/?view=tables&year=2022-23&area=hertfordshire');
  const note = page.getByRole('note').filter({ hasText: 'Published sources disagree on one figure' });
  await expect(note).toContainText('816 (LBC 2024-01-30) or 987 (The Comet: How many registered sex offenders in Herts)');
  await expect(note).toContainText('The tables use 816 because no source has a stronger claim, so the first recorded is used as a tie-break.');
  await expect(note.getByRole('link', { name: 'LBC 2024-01-30' })).toHaveAttribute('href', /^https:\/\/www\.lbc\.co\.uk\//);
  await expect(note.getByRole('link', { name: 'The Comet: How many registered sex offenders in Herts' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.thecomet\.net\//,
  );
  const snapshot = page.getByRole('table', { name: /MAPPA-eligible offenders on 31 March 2023/ });
  await expect(snapshot.getByRole('row', { name: /^Total/ })).toContainText('816 (sources disagree; also published: 987)');

  await page.goto('/?area=hertfordshire&year=2022-23');
  // The key figure's tile ("About the key figures" below the tiles names the same figure again).
  const card = page.locator('.key-figures').getByRole('listitem').filter({ hasText: 'Category 1: registered sexual offenders' });
  await expect(card).toContainText('816sources disagree');
  // Its sources are in "About the key figures", below the tiles.
  const about = page.getByRole('listitem').filter({ hasText: 'Also published: 987' });
  await expect(about).toContainText('Also published: 987 (The Comet: How many registered sex offenders in Herts). 816 (LBC 2024-01-30) is used because');

  await page.goto(HERTS_COMPARE);
  await expect(page.locator('text.bar-value-label', { hasText: '816 (disputed)' })).toBeVisible();
  expect((await shownNotes(page)).some((text) => HERTS_NOTE.test(text))).toBe(true);
  await page.getByText('Show the data as a table').click();
  const row = page.getByRole('row', { name: /Hertfordshire/ });
  await expect(row).toContainText('sources disagree');
  await expect(row).toContainText('816 (LBC 2024-01-30');
  await expect(row).toContainText('987 (The Comet');
});

test('rates show their count and what it is divided by, in the table and the tooltip', async ({ page }) => {
  await page.goto('/?view=rates&year=2021-22');
  await expect(page.locator('text.bar-value-label')).toHaveCount(42);
  await page.getByText('Show the data as a table').click();
  const table = page.getByRole('table', { name: /Registered sexual offenders per 100,000 population/ });
  await expect(table.getByRole('columnheader', { name: 'Count' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Divided by' })).toBeVisible();
  const wm = table.getByRole('row', { name: /West Midlands/ });
  await expect(wm).toContainText('3,682');
  await expect(wm).toContainText('population aged 10 and over from the 2021 census; rate as published');

  await page.goto('/?view=compare&year=2021-22&measure=category2&unit=rate');
  await expect(page.locator('text.bar-value-label')).toHaveCount(42);
  await page.locator('.recharts-bar-rectangle').first().hover();
  const tooltip = page.locator('.chart-tooltip');
  await expect(tooltip).toContainText('Count:');
  await expect(tooltip).toContainText(/inferred here as category 1 \((published|illustrative)\) ÷ rate per 100,000 \((published|illustrative)\) × 100,000/);
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
});

test('the ranked chart sorts by value, name or change; areas without a figure stay last, marked as a gap', async ({ page }) => {
  await page.goto('/?view=compare&year=2019-20&measure=category1&scenario=gaps');
  const labels = page.locator('.chart-area .recharts-yAxis-tick-labels text:not(.bar-value-label)');
  await expect(page.locator('text.bar-value-label')).toHaveCount(42);
  const areaOrder = async () => (await labels.allTextContents()).map((name) => name.replace('► ', ''));
  const byValue = await areaOrder();
  expect(byValue.at(-1)).toBe('Gloucestershire');
  // The scenario holds no 2019-20 figures for Gloucestershire: its row says so where the bar would be, never a zero.
  await expect(page.locator('text.bar-value-label', { hasText: 'no figure held here' })).toHaveCount(1);

  const order = page.getByRole('combobox', { name: 'Order' });
  await order.selectOption({ label: 'Area name, A to Z' });
  await expect(page).toHaveURL(/sort=name/);
  await expect.poll(areaOrder).not.toEqual(byValue);
  const byName = await areaOrder();
  const named = byName.slice(0, -1);
  expect(named).toEqual([...named].sort((a, b) => a.localeCompare(b)));
  expect(byName.at(-1)).toBe('Gloucestershire');

  await order.selectOption({ label: 'Biggest increase since 2018-19 first (bars show the change)' });
  await expect(page).toHaveURL(/sort=change/);
  await expect.poll(areaOrder).not.toEqual(byName);
  expect((await areaOrder()).at(-1)).toBe('Gloucestershire');
  await page.getByText('Show the data as a table').click();
  await expect(page.getByRole('columnheader', { name: 'Change since 2018-19' })).toBeVisible();

  await page.reload();
  await expect(order).toHaveValue('change');
});

test('a trend line’s end label marks an illustrative value with *, as bars do', async ({ page }) => {
  await page.goto('/?view=trends&area=hertfordshire&measure=category1');
  const figure = page.getByRole('figure', { name: /Category 1: registered sexual offenders: Hertfordshire, 2017-18 to 2024-25/ });
  await expect(figure.locator('.chart-area text', { hasText: /^Hertfordshire \d[\d,]*\*$/ })).toHaveCount(1);
  await figure.getByText('Show the data as a table').click();
  await expect(figure.getByRole('row', { name: /Hertfordshire.*2023-24/ })).toContainText('illustrative');
});

test('the table sorts by any column from its heading, by mouse or keyboard; areas without a figure stay last', async ({ page }) => {
  await page.goto('/?view=compare&year=2019-20&measure=category1&scenario=gaps');
  await expect(page.locator('text.bar-value-label')).toHaveCount(42);
  await page.getByText('Show the data as a table').click();
  const table = page.getByRole('table', { name: /Category 1: registered sexual offenders/ });
  const header = (name: string) => table.getByRole('columnheader', { name });
  const rows = () =>
    table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        area: (tr.querySelector('th')?.textContent ?? '').replace(' (focus area)', ''),
        value: tr.querySelector('td.value-cell')?.textContent ?? '',
      })),
    );
  const names = async () => (await rows()).map((row) => row.area);
  const numbers = async () => (await rows()).filter((row) => /^[\d,.]+$/.test(row.value)).map((row) => Number(row.value.replace(/,/g, '')));
  await expect(table.getByRole('row', { name: /Gloucestershire/ })).toBeVisible();
  // In the chart's order England and Wales, the reference, comes after the areas.
  const chartOrder = await names();
  expect(chartOrder.slice(-2)).toEqual(['Gloucestershire', 'England and Wales']);
  await expect(table.locator('th[aria-sort]')).toHaveCount(0);

  await header('Area').getByRole('button').click();
  await expect(header('Area')).toHaveAttribute('aria-sort', 'ascending');
  const az = await names();
  expect(az.slice(0, -1)).toEqual([...az.slice(0, -1)].sort((a, b) => a.localeCompare(b, 'en-GB')));
  expect(az.at(-1)).toBe('Gloucestershire');
  await header('Area').getByRole('button').click();
  await expect(header('Area')).toHaveAttribute('aria-sort', 'descending');
  const za = await names();
  expect(za.slice(0, -1)).toEqual([...az.slice(0, -1)].reverse());
  expect(za.at(-1)).toBe('Gloucestershire');

  // From the keyboard: Tab to the Value heading's button and press Enter.
  await header('Area').getByRole('button').focus();
  await page.keyboard.press('Tab');
  await expect(header('Value').getByRole('button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(header('Value')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header('Area')).not.toHaveAttribute('aria-sort');
  const ascending = await numbers();
  expect(ascending.length).toBeGreaterThan(40);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  expect((await names()).at(-1)).toBe('Gloucestershire');
  await page.keyboard.press('Enter');
  await expect(header('Value')).toHaveAttribute('aria-sort', 'descending');
  expect(await numbers()).toEqual([...ascending].reverse());
  expect((await names()).at(-1)).toBe('Gloucestershire');

  await header('Status').getByRole('button').click();
  await expect(header('Status')).toHaveAttribute('aria-sort', 'ascending');
  expect((await names()).at(-1)).toBe('Gloucestershire');

  await page.getByRole('button', { name: 'Back to the chart’s order' }).click();
  expect(await names()).toEqual(chartOrder);
  await expect(table.locator('th[aria-sort]')).toHaveCount(0);
});
