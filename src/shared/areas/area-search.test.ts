import { describe, expect, it } from 'vitest';
import { fixtureAreas } from '../../../tests/helpers/fixture-data';
import { areasByRegion, filterAreas, PROBATION_REGIONS_GROUP } from './area-search';

/** What the pickers are given at area level: the 42 areas and England and Wales. */
const areaLevel = fixtureAreas.filter((area) => area.kind !== 'region');

describe('areasByRegion', () => {
  const { national, regions } = areasByRegion(areaLevel);

  it('puts England and Wales first, on its own', () => {
    expect(national.map((area) => area.name)).toEqual(['England and Wales']);
  });

  it('places each of the 42 areas in exactly one region, names in order', () => {
    const names = regions.flatMap((group) => group.areas.map((area) => area.name));
    expect(names).toHaveLength(42);
    expect(new Set(names).size).toBe(42);
    const westMidlands = regions.find((group) => group.region === 'West Midlands');
    expect(westMidlands?.areas.map((area) => area.name)).toEqual(['Staffordshire', 'Warwickshire', 'West Mercia', 'West Midlands']);
  });

  it('orders regions alphabetically, Wales among them', () => {
    const names = regions.map((group) => group.region);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names).toContain('Wales');
  });

  it('at region level, lists the 12 probation regions as a group of their own after England and Wales', () => {
    const atRegionLevel = areasByRegion(fixtureAreas.filter((area) => area.kind !== 'area'));
    expect(atRegionLevel.national.map((area) => area.name)).toEqual(['England and Wales']);
    expect(atRegionLevel.regions.map((group) => group.region)).toEqual([PROBATION_REGIONS_GROUP]);
    expect(atRegionLevel.regions[0]?.areas.map((area) => area.id)).toHaveLength(12);
  });
});

describe('filterAreas', () => {
  it('matches names and regions, ignoring case and extra spaces', () => {
    expect(filterAreas(areaLevel, '  MERSEY ').map((area) => area.id)).toEqual(['merseyside']);
    expect(filterAreas(areaLevel, 'west midlands')).toHaveLength(4);
    expect(filterAreas(areaLevel, 'wales').map((area) => area.id)).toContain('gwent');
    expect(filterAreas(fixtureAreas, 'west midlands region').map((area) => area.id)).toEqual(['region-west-midlands']);
  });
});
