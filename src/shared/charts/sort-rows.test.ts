import { describe, expect, it } from 'vitest';
import { sortRows } from './sort-rows';

interface Row {
  name: string;
  value: number | undefined;
  change?: number;
}

const rows: Row[] = [
  { name: 'Kent', value: 30, change: 2 },
  { name: 'Avon and Somerset', value: undefined },
  { name: 'Essex', value: 10, change: -4 },
  { name: 'area 10', value: 20 },
  { name: 'area 9', value: 20, change: 0 },
];
const hasFigure = (row: Row) => row.value !== undefined;
const names = (sorted: Row[]) => sorted.map((row) => row.name);

describe('sortRows', () => {
  it('orders numbers both ways, keeping ties in their order and a row without a figure last', () => {
    expect(names(sortRows(rows, (r) => r.value, 'ascending', hasFigure))).toEqual(['Essex', 'area 10', 'area 9', 'Kent', 'Avon and Somerset']);
    expect(names(sortRows(rows, (r) => r.value, 'descending', hasFigure))).toEqual(['Kent', 'area 10', 'area 9', 'Essex', 'Avon and Somerset']);
  });

  it('orders text A to Z and Z to A, reading numbers in names as numbers and ignoring case', () => {
    expect(names(sortRows(rows, (r) => r.name, 'ascending', hasFigure))).toEqual(['area 9', 'area 10', 'Essex', 'Kent', 'Avon and Somerset']);
    expect(names(sortRows(rows, (r) => r.name, 'descending', hasFigure))).toEqual(['Kent', 'Essex', 'area 10', 'area 9', 'Avon and Somerset']);
  });

  it('puts rows with nothing in the column after the others, but before rows without a figure', () => {
    expect(names(sortRows(rows, (r) => r.change, 'descending', hasFigure))).toEqual(['Kent', 'area 9', 'Essex', 'area 10', 'Avon and Somerset']);
    expect(names(sortRows(rows, (r) => r.change, 'ascending', hasFigure))).toEqual(['Essex', 'area 9', 'Kent', 'area 10', 'Avon and Somerset']);
  });

  it('does not change the rows it is given', () => {
    const copy = [...rows];
    sortRows(rows, (r) => r.value, 'ascending', hasFigure);
    expect(rows).toEqual(copy);
  });
});
