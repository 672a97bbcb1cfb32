import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** Statuses that may carry a number on the area summary (data-status of the element around it). */
const STATUSES_WITH_A_NUMBER = ['published', 'calculated here', 'imported', 'sources disagree', 'disputed', 'illustrative'];

test('the landing page opens on the focus area’s latest year with published figures, and says why', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'West Midlands: key figures, 2021-22' })).toBeVisible();
  await expect(page.getByTestId('landing-note')).toHaveText(
    'Showing 2021-22, the latest year with published figures for West Midlands. Figures held for 2022-23 and 2023-24 are illustrative only; choose a year above to see them.',
  );
  await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue('2021-22');
  // A year chosen by the reader is kept, with no note.
  await page.getByRole('combobox', { name: 'Year' }).selectOption('2023-24');
  await expect(page.getByRole('heading', { level: 1, name: 'West Midlands: key figures, 2023-24' })).toBeVisible();
  await expect(page.getByTestId('landing-note')).toHaveCount(0);
});

test('on the area summary every number is either published with its source or marked illustrative', async ({ page }) => {
  await page.goto('/?year=2021-22');
  const cards = page.locator('.key-figures li');
  await expect(cards).toHaveCount(10);
  // The profile first, then the key figures, then each figure's source and how sure it is.
  const notes = page.locator('.key-figure-notes li');
  await expect(notes).toHaveCount(10);
  const findingsIn = (list: string) =>
    page.locator(list).evaluate((list, allowed) => {
      // Digits that are not figures: years, units and the names of levels and categories.
      const notFigures = /\b\d{4}-\d{2}\b|per 100,000|[Cc]ategory \d|[Ll]evels? \d( or \d| and \d)?/g;
      const problems: string[] = [];
      let checked = 0;
      const walker = document.createTreeWalker(list, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || element.closest('.key-figure-label, .key-figure-source')) continue;
        const text = (node.textContent ?? '').replace(notFigures, '');
        if (!/\d/.test(text)) continue;
        checked += 1;
        const holder = element.closest<HTMLElement>('[data-status]');
        const status = holder?.dataset.status ?? '';
        if (!allowed.includes(status)) problems.push(`bare number "${node.textContent}" (status "${status}")`);
        else if (status === 'illustrative' && !/illustrative/.test(holder?.textContent ?? ''))
          problems.push(`illustrative but unmarked: "${holder?.textContent}"`);
      }
      return { problems, checked };
    }, STATUSES_WITH_A_NUMBER);
  const findings = await findingsIn('.key-figures');
  expect(findings.problems).toEqual([]);
  // Each of the 10 cards has a value, a change, a rank and an England and Wales figure.
  expect(findings.checked).toBeGreaterThanOrEqual(40);
  const noteFindings = await findingsIn('.key-figure-notes');
  expect(noteFindings.problems).toEqual([]);
  // The rates' intervals, comparisons and ranges allowing for chance carry numbers too.
  expect(noteFindings.checked).toBeGreaterThanOrEqual(3);

  // A published figure names its source; a change from an illustrative year says it is illustrative.
  const shpo = cards.filter({ hasText: 'Sexual Harm Prevention Orders (SHPOs)' });
  await expect(notes.filter({ hasText: 'Sexual Harm Prevention Orders (SHPOs)' })).toContainText('Source: West Midlands MAPPA Annual Report 2021-22');
  await expect(shpo).toContainText('Down 11% from 285 (illustrative: built from synthetic figures).');
  await expect(shpo).toContainText(/of \d+ areas with published figures/);
  // The rate compares across the 2021 census break, and says so.
  await expect(cards.filter({ hasText: 'Registered sexual offenders per 100,000' })).toContainText('across the 2021 census series break');
  // England and Wales context lines carry their own status.
  await expect(cards.filter({ hasText: 'Managed at level 2 or 3 during the year' })).toContainText(/England and Wales: 4,573\s*illustrative/);
});

test('the default data claims no missing report and no report error that does not exist', async ({ page }) => {
  await page.goto('/?area=gloucestershire&year=2019-20');
  await expect(page.getByRole('heading', { level: 1, name: 'Gloucestershire: key figures, 2019-20' })).toBeVisible();
  await expect(page.locator('.key-figures li')).toHaveCount(10);
  await expect(page.getByText(/No figures for Gloucestershire 2019-20 are held here|not published/)).toHaveCount(0);
  await expect(page.getByText('no data-quality finding is made about a report we do not hold')).toBeVisible();
  await page.goto('/?view=compare&year=2017-18&area=gloucestershire&measure=total');
  await expect(page.locator('text.bar-value-label')).toHaveCount(42);
  await expect(page.locator('.chart-notes')).not.toContainText('do not match');
  await expect(page.locator('.chart-notes')).not.toContainText('Published total');
});

test('the gaps scenario shows a missing area-year as a gap held here, not as an unpublished report', async ({ page }) => {
  await page.goto('/?view=compare&year=2019-20&measure=total&scenario=gaps');
  await expect(page.locator('text.bar-value-label')).toHaveCount(42);
  await expect(page.locator('text.bar-value-label', { hasText: 'no figure held here' })).toHaveCount(1);
  await expect(page.locator('.chart-notes')).toContainText('No figure held here (no bar, not zero): Gloucestershire.');
  await expect(page.locator('.chart-notes')).not.toContainText('Not published');
});

test('ranks in the compare table say when they are illustrative, beside the rank among published figures', async ({ page }) => {
  await page.goto('/?view=compare&year=2021-22&measure=shpo');
  await expect(page.locator('text.bar-value-label')).toHaveCount(42);
  await expect(page.locator('.chart-summary')).toContainText('(illustrative: the ranking includes synthetic figures)');
  await page.getByText('Show the data as a table').click();
  const table = page.getByRole('table', { name: /Sexual Harm Prevention Orders/ });
  await expect(table.getByRole('columnheader', { name: 'Rank among published figures' })).toBeVisible();
  const wm = table.getByRole('row', { name: /West Midlands/ });
  await expect(wm).toContainText(/\d+ \(illustrative\)/);
  await expect(wm).toContainText(/of \d+ areas with published figures/);
  await expect(wm).toContainText('−32 (illustrative)');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const text = readFileSync(await csv.path(), 'utf8');
  const [header, ...lines] = text.replace(/^\uFEFF/, '').split('\r\n');
  const columns = (header ?? '').split(',');
  const line = lines.find((l) => l.startsWith('West Midlands,'));
  expect(line).toBeDefined();
  expect(columns).toEqual(expect.arrayContaining(['rank', 'rank_status', 'rank_among_published', 'change_since_year_before', 'change_status']));
  expect(line).toContain(',illustrative,');
  expect(line).toContain(',-32,');
});

// A trend line's end label on screen: sources-rates-and-order.spec.ts; the exported trend SVG and
// the board pack's: exports.production.spec.ts.
test('levels labels carry the * of an illustrative value, as bars do', async ({ page }) => {
  await page.goto('/?view=levels&year=2021-22&group=region');
  await expect(page.locator('.chart-area text', { hasText: /\d\*$/ }).first()).toBeVisible();
});

test('a published total that does not add up keeps its warning in the levels view: on the bar, in the notes, the table and the tooltip', async ({ page }) => {
  await page.goto('/?view=levels&year=2021-22&by=level&slice=all&layout=panels&unit=count');
  await expect(page.getByRole('heading', { level: 1, name: 'Levels and categories, 2021-22' })).toBeVisible();
  // West Midlands 2021-22 publishes level 1 as 5,432; its categories add up to 5,433.
  const label = page.locator('text.bar-value-label', { hasText: '5,432 ≠' });
  await expect(label).toHaveCount(1);
  await expect(page.locator('.chart-figure')).toContainText(
    '≠ West Midlands 2021-22: the Level 1 total is published as 5,432, but its figures add up to 5,433. The chart uses the total as published, uncorrected.',
  );
  await page.locator('.chart-area path.bar-focus').first().hover();
  await expect(page.locator('.chart-tooltip').first()).toContainText('≠ the Level 1 total is published as 5,432, but its figures add up to 5,433');
  await page.getByText('Show the data as a table').click();
  const row = page.locator('tr.focus-row').filter({ hasText: 'Level 1' });
  await expect(row).toContainText('published; ≠ the Level 1 total is published as 5,432, but its figures add up to 5,433');
});
