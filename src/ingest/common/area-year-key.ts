/** "kent|2021-22": the area and year a record is for. */
export function areaYearKey(areaId: string, year: string): string {
  return `${areaId}|${year}`;
}
