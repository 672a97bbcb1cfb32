import type { Area } from '../areas/area-schema';

export function ComparisonViews({ focus, year }: { areas: Area[]; years: string[]; year: string; focus: Area }) {
  return <p>{focus.name} {year}</p>;
}
