import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seedReport } from '../../../tests/helpers/seed-report';
import type { Area } from '../../domain/area';
import { CellDisplay } from './cell-display';
import { ReportTables } from './report-tables';

const westMidlands: Area = { id: 'west-midlands', name: 'West Midlands', region: 'West Midlands', nation: 'England', metropolitan: true, kind: 'area' };

describe('CellDisplay', () => {
  it('shows "-", missing and 0 differently', () => {
    render(
      <ul>
        <li data-testid="zero">
          <CellDisplay cell={{ kind: 'value', value: 0 }} />
        </li>
        <li data-testid="na">
          <CellDisplay cell={{ kind: 'not-applicable' }} />
        </li>
        <li data-testid="missing">
          <CellDisplay cell={{ kind: 'missing' }} />
        </li>
      </ul>,
    );
    expect(screen.getByTestId('zero')).toHaveTextContent(/^0$/);
    expect(screen.getByTestId('na')).toHaveTextContent('-not applicable');
    expect(within(screen.getByTestId('na')).getByText('-')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByTestId('missing')).toHaveTextContent('not published');
  });

  it('shows the chosen value of a disputed figure and every other published value', () => {
    const source = { kind: 'published-press' as const, url: 'https://example.org/a', title: 'A', quote: 'q' };
    render(
      <CellDisplay
        cell={{
          kind: 'disputed',
          claims: [
            { value: 816, source },
            { value: 987, source },
          ],
        }}
      />,
    );
    expect(screen.getByText(/^816/)).toBeInTheDocument();
    expect(screen.getByText('(sources disagree; also published: 987)')).toBeInTheDocument();
  });
});

describe('ReportTables', () => {
  it('shows the snapshot as a captioned table with the published totals', () => {
    render(<ReportTables report={seedReport()} area={westMidlands} />);
    const table = screen.getByRole('table', { name: /MAPPA-eligible offenders on 31 March 2022/ });
    const level1 = within(table).getByRole('row', { name: /^Level 1/ });
    expect(
      within(level1)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3,669', '1,763', '1', expect.stringMatching(/^5,432/)]);
    expect(within(table).getByRole('row', { name: /^Total/ })).toHaveTextContent('5,486');
  });

  it('puts the level 1 warning beside the snapshot table', () => {
    render(<ReportTables report={seedReport()} area={westMidlands} />);
    const notes = screen.getAllByRole('note');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toHaveTextContent('Published total 5,432; the figures add up to 5,433.');
    expect(notes[0]).toHaveTextContent('Published total 7; the figures add up to 8.');
  });

  it('reads the breach of SOPO dashes as "not applicable"', () => {
    render(<ReportTables report={seedReport()} area={westMidlands} />);
    const table = screen.getByRole('table', { name: /breach of SOPO/ });
    const level2 = within(table).getByRole('row', { name: /^Level 2/ });
    expect(within(level2).getAllByText('not applicable')).toHaveLength(2);
  });

  it('names the report as the source and explains the population series break', () => {
    render(<ReportTables report={seedReport()} area={westMidlands} />);
    expect(screen.getByText(/West Midlands MAPPA Annual Report 2021-22/)).toBeInTheDocument();
    expect(screen.getByText(/2021 census/)).toBeInTheDocument();
  });
});
