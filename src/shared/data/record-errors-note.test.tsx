import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtureArea, fixtureAreas } from '../../../tests/helpers/fixture-data';
import { NoFiguresNote, RecordErrorsNote } from './record-errors-note';

const WEST_MIDLANDS = fixtureArea('west-midlands');

describe('RecordErrorsNote', () => {
  it('names each refused record, and says that a record naming no area may hold any area’s figures', () => {
    render(
      <RecordErrorsNote
        errors={[
          { areaId: 'kent', year: '2021-22', message: 'orders.shpo: Invalid input' },
          { areaId: undefined, year: '2021-22', message: 'Unknown area "west-midlandz"' },
        ]}
        areas={fixtureAreas}
      />,
    );
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('Data error: 2 records were not shown');
    expect(note).toHaveTextContent('Kent 2021-22: the data service sent figures that cannot be right (orders.shpo: Invalid input).');
    expect(note).toHaveTextContent(
      'A record naming no area we know 2021-22: the data service sent figures that cannot be right (Unknown area "west-midlandz").',
    );
    expect(note).toHaveTextContent('Any area shown with no figures for that year may have them in such a record, so it is marked “data error”.');
  });

  it('shows nothing when no record was refused', () => {
    const { container } = render(<RecordErrorsNote errors={[]} areas={fixtureAreas} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('NoFiguresNote', () => {
  it('says "no figures held" only where nothing was refused', () => {
    render(<NoFiguresNote area={WEST_MIDLANDS} year="2021-22" error={undefined} />);
    expect(screen.getByText('No figures for West Midlands 2021-22 are held here.')).toBeInTheDocument();
  });

  it('says "data error" where the area’s own record was refused', () => {
    render(<NoFiguresNote area={WEST_MIDLANDS} year="2021-22" error={{ areaId: 'west-midlands', year: '2021-22', message: 'bad', unplaced: false }} />);
    expect(screen.getByText(/^Data error:/).closest('p')).toHaveTextContent(
      'Data error: the record for West Midlands 2021-22 that the data service sent cannot be right, so its figures are not shown (see the data-error note above).',
    );
  });

  it('says "data error" where a refused record naming no area may hold the area’s figures', () => {
    render(
      <NoFiguresNote area={WEST_MIDLANDS} year="2021-22" error={{ areaId: 'west-midlands', year: '2021-22', message: 'naming no area', unplaced: true }}>
        Choose another year or area.
      </NoFiguresNote>,
    );
    const text = screen.getByText(/^Data error:/).closest('p');
    expect(text).toHaveTextContent(
      'Data error: no figures for West Midlands 2021-22 are shown. The data service sent a record for 2021-22 that names no area we know, and the figures for West Midlands may be in it (see the data-error note above). Choose another year or area.',
    );
    expect(text).not.toHaveTextContent('are held here');
  });
});
