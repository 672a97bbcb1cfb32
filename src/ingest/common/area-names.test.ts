// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fixtureAreas } from '../../../tests/helpers/fixture-data';
import { AreaNameIndex, matchAreaRows } from './area-names';

const index = new AreaNameIndex(fixtureAreas);
const matchAreaName = (text: string) => index.match(text);

describe('AreaNameIndex.match', () => {
  it.each([
    ['Kent', 'kent', 'exact'],
    ['  kent ', 'kent', 'exact'],
    ['NORTH   WALES', 'north-wales', 'exact'],
    ['Avon & Somerset', 'avon-and-somerset', 'variant'],
    ['Dyfed-Powys', 'dyfed-powys', 'variant'],
    ['Dyfed Powys', 'dyfed-powys', 'exact'],
    ['Devon & Cornwall', 'devon-and-cornwall', 'variant'],
    ['England & Wales', 'england-and-wales', 'variant'],
    ['London (MPS)', 'london', 'variant'],
    ['Thames Valley Police', 'thames-valley', 'variant'],
    ['Kent [note 2]', 'kent', 'exact'],
    ['Kent[Note 2]', 'kent', 'exact'],
    ['Cleveland', 'teesside', 'alias'],
    ['Metropolitan Police', 'london', 'alias'],
    ['Metropolitan', 'london', 'alias'],
    ['Metropolitan Police Service', 'london', 'alias'],
    ['Total', 'england-and-wales', 'alias'],
    ['England and Wales total', 'england-and-wales', 'alias'],
    ['Total [note 1]', 'england-and-wales', 'alias'],
    ['Hampshire and Isle of Wight', 'hampshire', 'alias'],
  ])('%s → %s (%s)', (text, areaId, how) => {
    expect(matchAreaName(text).match).toEqual({ areaId, how });
  });

  it('keeps note markers beside a name', () => {
    expect(matchAreaName('Kent [note 2] [note 5]').notes).toEqual(['note 2', 'note 5']);
  });

  it.each(['Manchester', 'England', 'Wales', 'North East', 'Yorkshire', 'Police', '', 'Kent and Sussex', 'Total Kent'])(
    'never guesses: "%s" is unmatched',
    (text) => {
      expect(matchAreaName(text).match).toBeUndefined();
    },
  );
});

describe('matchAreaRows', () => {
  it('returns the unmatched names, the repeated areas and the areas with no row', () => {
    const result = matchAreaRows(
      [
        { row: 3, ref: 'A4', text: 'Kent' },
        { row: 4, ref: 'A5', text: 'Gwent' },
        { row: 5, ref: 'A6', text: 'Kent Police' },
        { row: 6, ref: 'A7', text: 'Mercia' },
      ],
      fixtureAreas,
    );
    expect(result.rows.map((row) => row.match?.areaId)).toEqual(['kent', 'gwent', 'kent', undefined]);
    expect(result.rows[2]?.duplicateOfRow).toBe(3);
    expect(result.unmatched.map((row) => row.text)).toEqual(['Mercia']);
    // A table of areas is not missing the probation regions: only areas and England and Wales are counted.
    expect(result.absent).toHaveLength(fixtureAreas.filter((area) => area.kind !== 'region').length - 2);
    expect(result.absent).not.toContain('kent');
  });
});
