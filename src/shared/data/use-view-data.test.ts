import { describe, expect, it } from 'vitest';
import { seedReport } from '../../../tests/helpers/seed-report';
import type { ParsedReports } from './parse-reports';
import type { RecordError } from '../../domain/record-error';
import { assembleViewData, type ViewNeeds } from './use-view-data';

const error = (areaId: string | undefined, year: string | undefined, message = 'cannot be right'): RecordError => ({ areaId, year, message });
const answer = (...errors: RecordError[]): ParsedReports => ({ reports: [], errors });

describe('assembleViewData: the records the view refused', () => {
  const needs: ViewNeeds = { years: ['2021-22'], laterYears: ['2020-21'], areaSeries: ['kent'], seriesYears: ['2020-21', '2021-22'] };

  it('lists every refused record of the years, the later years and the series, once each', () => {
    const data = assembleViewData(
      needs,
      {
        years: [answer(error(undefined, '2021-22'), error('kent', '2021-22'))],
        later: [answer(error('gwent', '2020-21'))],
        // Kent's 2021-22 record refused in its own answer too; and one of no year, which no series year shows.
        series: [answer(error('kent', '2021-22'), error('kent', undefined, 'year: Invalid input'))],
      },
      [],
    );
    expect(data.refused).toEqual([
      error(undefined, '2021-22'),
      error('kent', '2021-22'),
      error('gwent', '2020-21'),
      error('kent', undefined, 'year: Invalid input'),
    ]);
  });

  it('does not list a record the user has replaced with an import', () => {
    const imported = { ...seedReport(), areaId: 'kent' };
    const data = assembleViewData(
      { ...needs, laterYears: [], areaSeries: [], seriesYears: [] },
      { years: [answer(error('kent', '2021-22'))], later: [], series: [] },
      [imported],
    );
    expect(data.refused).toEqual([]);
  });

  it('is empty when nothing was refused', () => {
    expect(assembleViewData(needs, { years: [answer()], later: [undefined], series: [answer()] }, []).refused).toEqual([]);
  });
});

describe('assembleViewData: the probation regions’ figures', () => {
  const needs: ViewNeeds = { years: ['2021-22'], laterYears: [], areaSeries: [], seriesYears: [] };
  const kent = { ...seedReport(), areaId: 'kent' };
  const served = (): ParsedReports => ({ reports: [kent], errors: [] });

  it('leaves a view at area level with the reports as served: no region is summed', () => {
    const data = assembleViewData(needs, { years: [served()], later: [], series: [] }, []);
    expect(data.byYear.get('2021-22')?.reports).toEqual([kent]);
    expect(data.byYear.get('2021-22')?.regionSums).toBeUndefined();
  });

  it('adds the regions’ figures, from what the reader sees, where the view shows regions', () => {
    const region = { ...seedReport(), areaId: 'region-south-east' };
    const data = assembleViewData({ ...needs, regions: true }, { years: [served()], later: [], series: [] }, [], [], (year) => ({
      ...year,
      reports: [...year.reports, region],
    }));
    expect(data.byYear.get('2021-22')?.reports.map((report) => report.areaId)).toEqual(['kent', 'region-south-east']);
  });
});
