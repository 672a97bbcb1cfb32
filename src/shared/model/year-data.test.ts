import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../domain/measures';
import { fixtureArea, fixtureYearData } from '../../../tests/helpers/fixture-data';
import { measureRow, recordErrorFor, type YearData } from './year-data';

const WEST_MIDLANDS = fixtureArea('west-midlands');
const KENT = fixtureArea('kent');

/** 2021-22 as served, with West Midlands' record refused as one that names no area. */
function withUnplacedRecord(): YearData {
  const data = fixtureYearData('2021-22');
  return {
    ...data,
    reports: data.reports.filter((report) => report.areaId !== 'west-midlands'),
    errors: [{ areaId: undefined, year: '2021-22', message: 'areaId: Invalid input' }],
  };
}

describe('recordErrorFor', () => {
  it('says "data error", not "no figure held", for an area with no report where a record naming no area was refused', () => {
    const data = withUnplacedRecord();
    const row = measureRow(WEST_MIDLANDS, data, '2021-22', MEASURES.total, 'count', 'west-midlands');
    expect(row.status).toBe('data error');
    expect(row.value).toBeUndefined();
    expect(row.source).toBe(
      "Data error: the data service sent a record for 2021-22 naming no area we know, and this area's figures may be there (areaId: Invalid input)",
    );
    expect(recordErrorFor(data, 'west-midlands')).toMatchObject({ areaId: 'west-midlands', unplaced: true });
  });

  it('leaves an area that has its report alone', () => {
    const data = withUnplacedRecord();
    expect(recordErrorFor(data, 'kent')).toBeUndefined();
    expect(measureRow(KENT, data, '2021-22', MEASURES.total, 'count', 'west-midlands').status).not.toBe('data error');
  });

  it('says "no figure held" only where nothing was refused', () => {
    const data = { ...withUnplacedRecord(), errors: [] };
    expect(recordErrorFor(data, 'west-midlands')).toBeUndefined();
    expect(measureRow(WEST_MIDLANDS, data, '2021-22', MEASURES.total, 'count', 'west-midlands').status).toBe('no figure held');
  });

  it("gives an area's own refused record first, even beside an accepted one (a duplicate)", () => {
    const data = { ...fixtureYearData('2021-22'), errors: [{ areaId: 'kent', year: '2021-22', message: 'A second report for kent 2021-22 was ignored' }] };
    expect(recordErrorFor(data, 'kent')).toEqual({ areaId: 'kent', year: '2021-22', message: 'A second report for kent 2021-22 was ignored', unplaced: false });
    expect(measureRow(KENT, data, '2021-22', MEASURES.total, 'count', 'kent').status).toBe('data error');
  });
});
