import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAppAt } from '../../../tests/helpers/render-app';
import { fixtureAreas, fixtureYears, loadFixtureViewData } from '../../../tests/helpers/fixture-data';
import { fixtureCoverage } from '../../../mocks/fixtures';
import { resolveView } from '../../app/view-registry';
import { renderFigureSvg } from '../../shared/export/render-figure';
import { DEFAULT_VIEW } from '../../shared/view/view-state';
import type { ResolvedLevels } from './resolved';
import { build } from './levels-page';

const WARNING =
  '≠ West Midlands 2021-22: the Category 3 total is published as 7, but its figures add up to 8. The chart uses the total as published, uncorrected.';
const LINK = '?view=levels&year=2021-22&by=category&slice=all&layout=panels&unit=count';

describe('the levels view: a published total that does not add up keeps its warning', () => {
  it('on screen: in the notes, and in the table beside West Midlands category 3 (7, published), not beside category 1', async () => {
    renderAppAt(LINK);
    await screen.findByRole('heading', { level: 1, name: 'Levels and categories, 2021-22' });
    expect(await screen.findByText(WARNING, { exact: false })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByText('Show the data as a table'));
    const table = await screen.findByRole('table', { name: /MAPPA-eligible offenders by category/ });
    const westMidlands = within(table)
      .getAllByRole('row')
      .filter((row) => row.classList.contains('focus-row'));
    const category3 = westMidlands.find((row) => within(row).queryByText('Category 3'));
    expect(category3).toHaveTextContent('published; ≠ the Category 3 total is published as 7, but its figures add up to 8');
    const category1 = westMidlands.find((row) => within(row).queryByText('Category 1'));
    expect(category1).toBeDefined();
    expect(category1).not.toHaveTextContent('≠');
  });

  it('in the exported image (the same component tree): the bar labels carry the mark the note explains', async () => {
    const state = {
      ...DEFAULT_VIEW,
      view: 'levels' as const,
      year: '2021-22',
      by: 'category' as const,
      slice: 'all' as const,
      layout: 'panels' as const,
      unit: 'count' as const,
    };
    const resolved = resolveView({ state, areas: fixtureAreas, years: fixtureYears, coverage: fixtureCoverage }) as unknown as ResolvedLevels;
    const figure = build(resolved, await loadFixtureViewData(resolved.needs));
    const { svg } = renderFigureSvg(figure, 1200, new Date('2026-12-07T12:00:00Z'));
    const labels = [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text.bar-value-label')].map((text) => text.textContent);
    expect(labels).toContain('7 ≠');
    // Split by category, only the category 3 total is one that does not add up (the level 1 total shows split by level).
    expect(labels.filter((text) => text?.includes('≠'))).toEqual(['7 ≠']);
    expect(svg).toContain('the Category 3 total is published as 7, but its figures add up to 8');
  });
});
