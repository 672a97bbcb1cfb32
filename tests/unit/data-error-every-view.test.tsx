import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { scenarioHandlers } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { VIEWS } from '../../src/app/view-registry';
import { renderAppAt } from '../helpers/render-app';

/** Views that show figures: every one draws them in the shared data frame (ViewDataState). */
const VIEWS_WITH_FIGURES = VIEWS.map((view) => view.id).filter((id) => id !== 'glossary' && id !== 'import');

describe('a record naming no area is said to be a data error on every view', () => {
  it.each(VIEWS_WITH_FIGURES.map((id) => [id]))('the %s view lists it in its data-error note', async (view) => {
    // West Midlands' record of every year has no areaId: the service sent it, nobody can claim it.
    server.use(...scenarioHandlers('unplaced-record'));
    renderAppAt(`?view=${view}&year=2021-22`);
    const note = await screen.findByText(/^Data error: (one record was|\d+ records were) not shown$/);
    // Trends reads West Midlands' own answer, where the record is charged to it; the others read the year's.
    expect(note.closest('[role="note"]')).toHaveTextContent(view === 'trends' ? 'West Midlands 2021-22' : 'A record naming no area we know 2021-22');
  });

  it.each([
    ['summary', 'Data error: no figures for West Midlands 2021-22 are shown.'],
    ['tables', 'Data error: no figures for West Midlands 2021-22 are shown.'],
  ])('the %s view of the area whose figures may be in it says "data error", not "no figures held"', async (view, says) => {
    server.use(...scenarioHandlers('unplaced-record'));
    renderAppAt(`?view=${view}&year=2021-22`);
    expect((await screen.findByText(/^Data error:$/)).closest('p')).toHaveTextContent(says);
    expect(screen.queryByText(/are held here/)).toBeNull();
  });
});
