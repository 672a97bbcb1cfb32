import type { Area } from './area-schema';

/** Areas whose name contains the typed text (case and spacing ignored), national first. */
export function filterAreas(areas: readonly Area[], text: string): Area[] {
  const needle = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const sorted = [...areas].sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'national' ? -1 : 1));
  if (!needle) return sorted;
  return sorted.filter((area) => area.name.toLowerCase().includes(needle) || (area.region ?? '').toLowerCase().includes(needle));
}
