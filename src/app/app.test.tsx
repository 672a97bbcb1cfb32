import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureAreas } from '../../mocks/fixtures';
import { server } from '../../mocks/node';
import { renderAppAt } from '../../tests/helpers/render-app';

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('App', () => {
  it('opens on the West Midlands summary for the latest year with published figures, and says why', async () => {
    renderAppAt('');
    expect(await screen.findByRole('heading', { level: 1, name: 'West Midlands: key figures, 2021-22' })).toBeInTheDocument();
    expect(screen.getByTestId('landing-note')).toHaveTextContent('Showing 2021-22, the latest year with published figures for West Midlands.');
    expect(screen.getByRole('link', { name: 'Area summary' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows the compare view’s table alternative, rendered once it is opened, with the same numbers as the chart rows', async () => {
    renderAppAt('?view=rates&year=2021-22');
    const disclosure = await screen.findByText('Show the data as a table');
    expect(screen.queryByRole('table')).toBeNull();
    await userEvent.setup().click(disclosure);
    const table = await screen.findByRole('table', {
      name: /Registered sexual offenders per 100,000 population: West Midlands compared with all 42 areas, 2021-22/,
    });
    const wm = within(table).getByRole('row', { name: /West Midlands/ });
    expect(wm).toHaveTextContent('145');
    expect(wm).toHaveTextContent('published');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 42 + 1);
  });

  it('changes view and focus area through the controls and writes them to the URL', async () => {
    const user = userEvent.setup();
    renderAppAt('?view=tables&year=2021-22');
    await screen.findByRole('heading', { level: 1, name: 'West Midlands: report tables, 2021-22' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Focus area' }), 'Kent');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kent: report tables, 2021-22' })).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toContain('area=kent'));
    await user.click(screen.getByRole('link', { name: 'Compare areas' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Compare areas, 2021-22' })).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toContain('view=compare'));
  });

  it('shows a notice for a hostile link and falls back to defaults', async () => {
    renderAppAt('?view=%3Cscript%3E&area=nowhere-land');
    expect(await screen.findByText('Some of this link could not be used')).toBeInTheDocument();
    expect(screen.getByText(/Ignored view "<script>"/)).toBeInTheDocument();
    expect(await screen.findByText(/There is no area "nowhere-land"/)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: /West Midlands: key figures/ })).toBeInTheDocument();
  });

  it('opens on the first area the data service lists, and says why, when its list of areas lacks the default area', async () => {
    server.use(http.get('/api/areas', () => HttpResponse.json({ areas: fixtureAreas.filter((area) => area.id !== 'west-midlands') })));
    renderAppAt('?view=summary&year=2021-22');
    expect(await screen.findByRole('heading', { level: 1, name: 'Avon and Somerset: key figures, 2021-22' })).toBeInTheDocument();
    expect(
      screen.getByText("West Midlands, the area shown by default, is not in the data service's list of areas; showing Avon and Somerset instead."),
    ).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toContain('area=avon-and-somerset'));
  });

  it('steps to the next and previous year beside the year select, each step a history entry that Back undoes', async () => {
    const user = userEvent.setup();
    renderAppAt('?view=map');
    await screen.findByRole('heading', { level: 1, name: 'Map of the areas, 2021-22' });
    await user.click(screen.getByRole('button', { name: 'Next year, 2022-23' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Map of the areas, 2022-23' })).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toContain('year=2022-23'));
    expect(screen.getByText('Showing 2022-23.')).toHaveAttribute('role', 'status');
    await user.click(screen.getByRole('button', { name: 'Previous year, 2021-22' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Map of the areas, 2021-22' })).toBeInTheDocument();
    // The history entry is written after the frame that shows the change (address-bar.ts): Back comes after it, as a reader's would.
    await waitFor(() => expect(window.location.search).toContain('year=2021-22'));
    window.history.back();
    expect(await screen.findByRole('heading', { level: 1, name: 'Map of the areas, 2022-23' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Year' })).toHaveValue('2022-23');
  });

  it('folds a chart view’s options into one button that says the current choices, and opens them', async () => {
    const user = userEvent.setup();
    renderAppAt('?view=compare&year=2021-22');
    const toggle = await screen.findByRole('button', {
      name: 'Chart options: All 42 areas; Registered sexual offenders per 100,000 population; Highest value first; 95% intervals shown; Fill: the focus area',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'name');
    expect(toggle).toHaveAccessibleName(/^Chart options: All 42 areas; Registered sexual offenders per 100,000 population; Area name, A to Z;/);
  });
});
