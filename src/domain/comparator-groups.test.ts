import { describe, expect, it } from 'vitest';
import { fixtureArea, fixtureAreas } from '../../tests/helpers/fixture-data';
import { comparatorGroup } from './comparator-groups';

const westMidlands = fixtureArea('west-midlands');

describe('comparatorGroup', () => {
  it('same region: the four West Midlands areas', () => {
    expect(comparatorGroup(fixtureAreas, 'region', westMidlands).areaIds.sort()).toEqual(['staffordshire', 'warwickshire', 'west-mercia', 'west-midlands']);
  });

  it('metropolitan: the seven metropolitan areas including London', () => {
    expect(comparatorGroup(fixtureAreas, 'metropolitan', westMidlands).areaIds.sort()).toEqual([
      'greater-manchester',
      'london',
      'merseyside',
      'northumbria',
      'south-yorkshire',
      'west-midlands',
      'west-yorkshire',
    ]);
  });

  it('Wales: the four Welsh areas, plus the focus area so it is never left out', () => {
    const group = comparatorGroup(fixtureAreas, 'wales', westMidlands);
    expect(group.areaIds[0]).toBe('west-midlands');
    expect(group.areaIds.slice(1).sort()).toEqual(['dyfed-powys', 'gwent', 'north-wales', 'south-wales']);
  });

  it('all: the 42 areas, never England and Wales', () => {
    const group = comparatorGroup(fixtureAreas, 'all', westMidlands);
    expect(group.areaIds).toHaveLength(42);
    expect(group.areaIds).not.toContain('england-and-wales');
  });

  it('custom: only known areas that were chosen, plus the focus area', () => {
    expect(comparatorGroup(fixtureAreas, 'custom', westMidlands, ['kent', 'atlantis', 'england-and-wales']).areaIds).toEqual(['west-midlands', 'kent']);
  });
});
