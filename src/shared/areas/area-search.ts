import type { Area } from '../../domain/area';

/** Areas whose name contains the typed text (case and spacing ignored), national first. */
export function filterAreas(areas: readonly Area[], text: string): Area[] {
  const needle = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const sorted = [...areas].sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'national' ? -1 : 1));
  if (!needle) return sorted;
  return sorted.filter((area) => area.name.toLowerCase().includes(needle) || (area.region ?? '').toLowerCase().includes(needle));
}

export interface RegionGroup {
  region: string;
  areas: Area[];
}

export const PROBATION_REGIONS_GROUP = 'Probation regions';

/** National figures first, then the areas grouped by (ONS) region, and the probation regions as a group of their own, each in name order. */
export function areasByRegion(areas: readonly Area[]): { national: Area[]; regions: RegionGroup[] } {
  const byName = [...areas].sort((a, b) => a.name.localeCompare(b.name));
  const groups = new Map<string, Area[]>();
  for (const area of byName) {
    const group = area.kind === 'region' ? PROBATION_REGIONS_GROUP : area.kind === 'national' ? null : area.region;
    if (group === null) continue;
    groups.set(group, [...(groups.get(group) ?? []), area]);
  }
  return {
    national: byName.filter((area) => area.kind === 'national' || (area.kind === 'area' && area.region === null)),
    regions: [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([region, inRegion]) => ({ region, areas: inRegion })),
  };
}
