import { REGION_ID_PREFIX, type Area } from './area';

/**
 * The two levels the figures are held at: the 42 MAPPA areas (reports up to 2023-24) and the 12
 * Probation Service regions (reports from 2024-25; before that, the sums of their areas'), with
 * England and Wales over both.
 */
export const GEOGRAPHY_LEVELS = ['area', 'region'] as const;
export type GeographyLevel = (typeof GEOGRAPHY_LEVELS)[number];

/** "areas", "probation regions": what a level's units are called in sentences. */
export const LEVEL_NOUNS: Record<GeographyLevel, { one: string; many: string }> = {
  area: { one: 'area', many: 'areas' },
  region: { one: 'probation region', many: 'probation regions' },
};

/** The id of a probation region from its name: "Kent, Surrey and Sussex" → "region-kent-surrey-and-sussex". */
export function regionIdFromName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${REGION_ID_PREFIX}${slug}`;
}

/** The units of one level: the areas, or the probation regions (England and Wales is neither). */
export function unitsAt(areas: readonly Area[], level: GeographyLevel): Area[] {
  return areas.filter((area) => area.kind === level);
}

/** The level a place is drawn at: a region's, or an area's (England and Wales sits over both). */
export function levelOf(area: Pick<Area, 'kind'>): GeographyLevel {
  return area.kind === 'region' ? 'region' : 'area';
}

// The members of each region, indexed once per (immutable) list of areas.
const membersIndexes = new WeakMap<readonly Area[], Map<string, Area[]>>();

function membersIndex(areas: readonly Area[]): Map<string, Area[]> {
  let index = membersIndexes.get(areas);
  if (!index) {
    index = new Map();
    for (const area of areas) {
      if (area.kind !== 'area' || !area.probationRegion) continue;
      index.set(area.probationRegion, [...(index.get(area.probationRegion) ?? []), area]);
    }
    membersIndexes.set(areas, index);
  }
  return index;
}

/** The areas a probation region is made of, in the list's order; none for anything else. */
export function membersOf(areas: readonly Area[], regionId: string): Area[] {
  return membersIndex(areas).get(regionId) ?? [];
}

/** The probation region an area belongs to, if the list has it. */
export function regionOf(areas: readonly Area[], area: Area): Area | undefined {
  if (area.kind !== 'area' || !area.probationRegion) return undefined;
  const regionId = area.probationRegion;
  return areas.find((candidate) => candidate.id === regionId && candidate.kind === 'region');
}

/**
 * The place a view shows at a level: a region stands for itself at region level, and for its
 * same-named (else first) area at area level; an area stands for itself, or for its region.
 * England and Wales stands for itself at both.
 */
export function placeAtLevel(areas: readonly Area[], place: Area, level: GeographyLevel): Area | undefined {
  if (place.kind === 'national' || place.kind === level) return place;
  if (level === 'region') return regionOf(areas, place);
  const members = membersOf(areas, place.id);
  return members.find((member) => place.name.startsWith(member.name)) ?? members[0];
}
