/**
 * One served record that could not be trusted: its area shows "data error", the rest still show. A
 * record that names no area we know has no `areaId`: it may be any area's that has no report.
 */
export interface RecordError {
  areaId: string | undefined;
  year: string | undefined;
  message: string;
}
