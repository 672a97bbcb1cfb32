import { fixtureAreas } from '../../../tests/helpers/fixture-data';
import type { Row } from './workbook-fixtures';

/** How national tables name some areas: none of these is the app's own spelling. */
export const NAME_VARIANTS: Readonly<Record<string, string>> = {
  'avon-and-somerset': 'Avon & Somerset',
  'devon-and-cornwall': 'Devon & Cornwall',
  'dyfed-powys': 'Dyfed-Powys',
  kent: 'Kent [note 3]',
  london: 'Metropolitan Police',
  teesside: 'Cleveland',
  'west-midlands': 'west  midlands',
  'england-and-wales': 'England & Wales',
};

export const TABLE_TITLE = 'Table 2: MAPPA-eligible offenders on 31 March 2023, by MAPPA area, 2022 to 2023 [note 1]';
export const HEADINGS = [
  'MAPPA area',
  'Category 1',
  'Category 2',
  'Category 3',
  'Category 4 [note 2]',
  'MAPPA total',
  'RSOs per 100,000 population',
  'Lemons sold',
];

/** A GSS-style national table: title and note rows, then the header, then England and Wales and the 42 areas. */
export function nationalTableRows(): Row[] {
  const national = fixtureAreas.filter((area) => area.kind === 'national');
  const local = fixtureAreas.filter((area) => area.kind === 'area');
  const body = [...national, ...local].map((area, index): Row => {
    const name = NAME_VARIANTS[area.id] ?? area.name;
    if (area.id === 'dyfed-powys') return [name, '1,234', '[x]', '[z]', '-', '1,300 [note 4]', '98.7 [u]', 5];
    if (area.id === 'gwent') return [name, '[c]', '[w]', null, 0, 60, 101.5, 5];
    return [name, 1000 + index, 500 + index, 10 + index, index % 3, 1510 + 3 * index + (index % 3), 120 + index / 10, 5];
  });
  return [
    [TABLE_TITLE],
    ['This worksheet contains one table. Some cells refer to notes which can be found in the Notes worksheet.'],
    ['Source: Ministry of Justice'],
    HEADINGS,
    ...body,
  ];
}
