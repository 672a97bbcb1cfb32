import type { Area } from '../areas/area-schema';
export default function ImportPage(_props: { areas: Area[]; years: string[] }) {
  return <h1>Import</h1>;
}
