import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fixtureArea, fixtureAreas } from '../../tests/helpers/fixture-data';
import { membersOf, placeAtLevel, regionIdFromName, regionOf, unitsAt } from './geography';

/** The shared source of truth: which probation region each area belongs to. */
const sharedRows = Papa.parse<{ area_id: string; probation_region: string }>(
  readFileSync(join(__dirname, '..', '..', 'mocks', 'sources', 'probation-regions.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;

const memberIds = (regionId: string) => membersOf(fixtureAreas, regionId).map((area) => area.id);

describe('the two levels of geography', () => {
  it('holds 42 areas, 12 probation regions and England and Wales, with no id at both levels', () => {
    expect(unitsAt(fixtureAreas, 'area')).toHaveLength(42);
    expect(unitsAt(fixtureAreas, 'region')).toHaveLength(12);
    expect(fixtureAreas.filter((area) => area.kind === 'national').map((area) => area.id)).toEqual(['england-and-wales']);
    expect(new Set(fixtureAreas.map((area) => area.id)).size).toBe(fixtureAreas.length);
  });

  it('puts every area in the probation region probation-regions.csv gives it, and in one only', () => {
    expect(sharedRows).toHaveLength(42);
    for (const row of sharedRows) {
      const region = regionOf(fixtureAreas, fixtureArea(row.area_id));
      expect(region?.id, row.area_id).toBe(regionIdFromName(row.probation_region));
    }
    const counted = unitsAt(fixtureAreas, 'region').flatMap((region) => memberIds(region.id));
    expect(counted.sort()).toEqual(sharedRows.map((row) => row.area_id).sort());
  });

  it('has Greater Manchester as a region of its own, the South East as two regions and Wales as one', () => {
    expect(memberIds('region-greater-manchester')).toEqual(['greater-manchester']);
    expect(memberIds('region-north-west').sort()).toEqual(['cheshire', 'cumbria', 'lancashire', 'merseyside']);
    expect(memberIds('region-kent-surrey-and-sussex').sort()).toEqual(['kent', 'surrey', 'sussex']);
    expect(memberIds('region-south-central').sort()).toEqual(['hampshire', 'thames-valley']);
    expect(memberIds('region-wales').sort()).toEqual(['dyfed-powys', 'gwent', 'north-wales', 'south-wales']);
    expect(fixtureArea('region-wales').nation).toBe('Wales');
  });

  it('keeps the West Midlands area and the West Midlands region apart', () => {
    const area = fixtureArea('west-midlands');
    const region = fixtureArea('region-west-midlands');
    expect(area.kind).toBe('area');
    expect(region.kind).toBe('region');
    expect(region.name).toBe('West Midlands region');
    expect(memberIds(region.id).sort()).toEqual(['staffordshire', 'warwickshire', 'west-mercia', 'west-midlands']);
    // The area stands for its region at region level, and the region for its same-named area at area level.
    expect(placeAtLevel(fixtureAreas, area, 'region')?.id).toBe('region-west-midlands');
    expect(placeAtLevel(fixtureAreas, region, 'area')?.id).toBe('west-midlands');
    expect(placeAtLevel(fixtureAreas, fixtureArea('england-and-wales'), 'region')?.id).toBe('england-and-wales');
  });

  it('makes region ids that cannot collide with area ids', () => {
    expect(regionIdFromName('Kent, Surrey and Sussex')).toBe('region-kent-surrey-and-sussex');
    expect(regionIdFromName('Yorkshire & the Humber')).toBe('region-yorkshire-and-the-humber');
    const areaIds = new Set(unitsAt(fixtureAreas, 'area').map((area) => area.id));
    for (const region of unitsAt(fixtureAreas, 'region')) expect(areaIds.has(region.id)).toBe(false);
  });
});
