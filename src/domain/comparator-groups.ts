import type { Area } from './area';
import { levelOf, LEVEL_NOUNS, regionOf, unitsAt, type GeographyLevel } from './geography';

/** Every group a link can name; each level offers its own (`groupIdsAt`). */
export const GROUP_IDS = ['region', 'probation-region', 'metropolitan', 'wales', 'england', 'all', 'custom'] as const;
export type ComparatorGroupId = (typeof GROUP_IDS)[number];

/** The groups offered at each level, in the order the select lists them. */
const GROUPS_AT: Record<GeographyLevel, readonly ComparatorGroupId[]> = {
  area: ['region', 'probation-region', 'metropolitan', 'wales', 'all', 'custom'],
  region: ['all', 'england', 'custom'],
};

export function groupIdsAt(level: GeographyLevel): readonly ComparatorGroupId[] {
  return GROUPS_AT[level];
}

/** The group used: the one asked for where the level offers it, else all of the level's units. */
export function groupAt(groupId: ComparatorGroupId, level: GeographyLevel): ComparatorGroupId {
  return GROUPS_AT[level].includes(groupId) ? groupId : 'all';
}

export interface ComparatorGroup {
  id: ComparatorGroupId;
  label: string;
  /** Area (or region) ids in the group, the focus always included. */
  areaIds: string[];
}

export function localAreas(areas: readonly Area[]): Area[] {
  return areas.filter((area) => area.kind === 'area');
}

/** "West Midlands" for the West Midlands region: the region's name without the word that tells it from the area. */
export function regionShortName(region: Area): string {
  return region.name.replace(/ region$/, '');
}

/**
 * The areas (or, at region level, the probation regions) to compare the focus with. The focus is
 * always a member, so a chair sees their area even in a group it does not belong to (e.g. "Wales").
 */
export function comparatorGroup(
  areas: readonly Area[],
  groupId: ComparatorGroupId,
  focus: Area,
  customIds: readonly string[] = [],
  level: GeographyLevel = levelOf(focus),
): ComparatorGroup {
  const local = unitsAt(areas, level);
  const all = `all ${local.length} ${LEVEL_NOUNS[level].many}`;
  const withFocus = (members: Area[]) => {
    const ids = members.map((area) => area.id);
    return ids.includes(focus.id) || focus.kind !== level ? ids : [focus.id, ...ids];
  };
  const id = groupAt(groupId, level);
  switch (id) {
    case 'region':
      return {
        id,
        label: focus.region ? `areas in the ${focus.region} region` : all,
        areaIds: withFocus(focus.region ? local.filter((a) => a.region === focus.region) : local),
      };
    case 'probation-region': {
      const region = regionOf(areas, focus);
      return {
        id,
        label: region ? `areas in the ${regionShortName(region)} probation region` : all,
        areaIds: withFocus(region ? local.filter((a) => a.probationRegion === region.id) : local),
      };
    }
    case 'metropolitan':
      return { id, label: 'metropolitan areas', areaIds: withFocus(local.filter((a) => a.metropolitan)) };
    case 'wales':
      return { id, label: 'the Welsh areas', areaIds: withFocus(local.filter((a) => a.nation === 'Wales')) };
    case 'england':
      return { id, label: `the English ${LEVEL_NOUNS[level].many}`, areaIds: withFocus(local.filter((a) => a.nation === 'England')) };
    case 'all':
      return { id, label: all, areaIds: local.map((a) => a.id) };
    case 'custom': {
      const known = new Set(local.map((a) => a.id));
      const chosen = local.filter((a) => customIds.includes(a.id) && known.has(a.id));
      return { id, label: `chosen ${LEVEL_NOUNS[level].many}`, areaIds: withFocus(chosen) };
    }
  }
}

export function groupOptionLabel(groupId: ComparatorGroupId, focus: Area | undefined, areas: readonly Area[], level: GeographyLevel = 'area'): string {
  const count = unitsAt(areas, level).length;
  switch (groupId) {
    case 'region':
      // "Region" alone would be read as a probation region: this one is the ONS region.
      return focus?.region ? `Same ONS region (${focus.region})` : 'Same ONS region';
    case 'probation-region': {
      const region = focus ? regionOf(areas, focus) : undefined;
      return region ? `Same probation region (${regionShortName(region)})` : 'Same probation region';
    }
    case 'metropolitan':
      return 'Metropolitan areas';
    case 'wales':
      return 'Wales';
    case 'england':
      return `English ${LEVEL_NOUNS[level].many}`;
    case 'all':
      return level === 'area' ? `All ${count} areas` : `All ${count} ${LEVEL_NOUNS[level].many}`;
    case 'custom':
      return level === 'area' ? 'Choose areas…' : 'Choose regions…';
  }
}
