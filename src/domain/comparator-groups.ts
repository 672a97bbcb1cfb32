import type { Area } from './area';

export const GROUP_IDS = ['region', 'metropolitan', 'wales', 'all', 'custom'] as const;
export type ComparatorGroupId = (typeof GROUP_IDS)[number];

export interface ComparatorGroup {
  id: ComparatorGroupId;
  label: string;
  /** Area ids in the group, the focus area always included. */
  areaIds: string[];
}

export function localAreas(areas: readonly Area[]): Area[] {
  return areas.filter((area) => area.kind === 'area');
}

/**
 * The areas to compare the focus area with. The focus area is always a member, so a
 * chair sees their area even in a group it does not belong to (e.g. "Wales").
 */
export function comparatorGroup(areas: readonly Area[], groupId: ComparatorGroupId, focus: Area, customIds: readonly string[] = []): ComparatorGroup {
  const local = localAreas(areas);
  const withFocus = (members: Area[]) => {
    const ids = members.map((area) => area.id);
    return ids.includes(focus.id) || focus.kind !== 'area' ? ids : [focus.id, ...ids];
  };
  switch (groupId) {
    case 'region':
      return {
        id: groupId,
        label: focus.region ? `areas in the ${focus.region} region` : `all ${local.length} areas`,
        areaIds: withFocus(focus.region ? local.filter((a) => a.region === focus.region) : local),
      };
    case 'metropolitan':
      return { id: groupId, label: 'metropolitan areas', areaIds: withFocus(local.filter((a) => a.metropolitan)) };
    case 'wales':
      return { id: groupId, label: 'the Welsh areas', areaIds: withFocus(local.filter((a) => a.nation === 'Wales')) };
    case 'all':
      return { id: groupId, label: `all ${local.length} areas`, areaIds: local.map((a) => a.id) };
    case 'custom': {
      const known = new Set(local.map((a) => a.id));
      const chosen = local.filter((a) => customIds.includes(a.id) && known.has(a.id));
      return { id: groupId, label: 'chosen areas', areaIds: withFocus(chosen) };
    }
  }
}

export function groupOptionLabel(groupId: ComparatorGroupId, focus: Area | undefined, areas: readonly Area[]): string {
  switch (groupId) {
    case 'region':
      return focus?.region ? `Same region (${focus.region})` : 'Same region';
    case 'metropolitan':
      return 'Metropolitan areas';
    case 'wales':
      return 'Wales';
    case 'all':
      return `All ${localAreas(areas).length} areas`;
    case 'custom':
      return 'Choose areas…';
  }
}
