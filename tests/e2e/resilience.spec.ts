import { expect, test, type Page } from '@playwright/test';

const chart = (page: Page) => page.getByRole('figure', { name: /compared with all 42 areas, 2021-22/ });

/** Wait until the app has written its saved copy of the data to IndexedDB. */
async function waitForSavedCopy(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open('mappa-compare-cache');
              open.onsuccess = () => {
                const db = open.result;
                if (!db.objectStoreNames.contains('queries')) return resolve(0);
                const request = db.transaction('queries').objectStore('queries').get('query-cache');
                request.onsuccess = () => resolve((request.result as { clientState?: { queries: unknown[] } } | undefined)?.clientState?.queries.length ?? 0);
                request.onerror = () => resolve(0);
              };
              open.onerror = () => resolve(0);
            }),
        ),
      { timeout: 10_000 },
    )
    .toBeGreaterThanOrEqual(3);
}

test('offline after a first visit: the saved figures are still shown, with the date they were saved', async ({ page }) => {
  await page.goto('/?view=compare&year=2021-22');
  await expect(chart(page)).toBeVisible();
  await waitForSavedCopy(page);

  // The data service now fails as if the network were down.
  await page.goto('/?view=compare&year=2021-22&scenario=offline');
  await expect(chart(page)).toBeVisible();
  const alert = page.getByRole('alert').filter({ hasText: 'Could not refresh the reports for 2021-22' });
  await expect(alert).toContainText(/Showing data saved on \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}\./, { timeout: 20_000 });
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.locator('text.bar-value-label')).toHaveCount(42);

  // Still offline on the next visit: the figures kept after the failed refresh are still saved.
  await page.reload();
  await expect(chart(page)).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Could not refresh the reports for 2021-22' })).toContainText('Showing data saved on', {
    timeout: 20_000,
  });
});

test('a slow data service (3 s) shows the page skeleton, then the figures', async ({ page }) => {
  // The reports are asked for at start-up, so on a busy machine the view's own code can take most of
  // the 3 s to arrive and its skeleton may show only for a moment: the page records what it drew,
  // rather than a poll that could fall either side of that moment (CI flake of 2026-12-06).
  const skeletonShown = await recordReportsSkeleton(page, 'Loading the reports for 2021-22');
  await page.goto('/?view=compare&year=2021-22&scenario=slow');
  await expect(chart(page)).toBeVisible({ timeout: 15_000 });
  expect(await skeletonShown(), 'a visible skeleton with grey bars while the reports loaded').toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'Loading the reports for 2021-22' })).toHaveCount(0);
});

/** Watch the page from its start for a visible loading skeleton (status text and grey bars) saying `message`. */
async function recordReportsSkeleton(page: Page, message: string): Promise<() => Promise<boolean>> {
  await page.addInitScript((text) => {
    const record = window as unknown as { skeletonShown?: boolean };
    const check = () => {
      const skeleton = Array.from(document.querySelectorAll('.view-skeleton[role="status"]')).find((element) => element.textContent?.includes(text));
      const bar = skeleton?.querySelector('.skeleton-bar');
      if (bar && bar.getBoundingClientRect().width > 0 && getComputedStyle(bar).visibility !== 'hidden') record.skeletonShown = true;
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  }, message);
  return () => page.evaluate(() => (window as unknown as { skeletonShown?: boolean }).skeletonShown === true);
}
