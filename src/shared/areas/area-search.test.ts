import { describe, expect, it } from 'vitest';
import { fixtureAreas } from '../../../tests/helpers/fixture-data';
import { areasByRegion, filterAreas } from './area-search';

describe('areasByRegion', () => {
  const { national, regions } = areasByRegion(fixtureAreas);

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
});

describe('filterAreas', () => {
  it('matches names and regions, ignoring case and extra spaces', () => {
    expect(filterAreas(fixtureAreas, '  MERSEY ').map((area) => area.id)).toEqual(['merseyside']);
    expect(filterAreas(fixtureAreas, 'west midlands')).toHaveLength(4);
    expect(filterAreas(fixtureAreas, 'wales').map((area) => area.id)).toContain('gwent');
  });
});
