/** One served record that could not be trusted: its area shows "data error", the rest still show. */
export interface RecordError {
  areaId: string | undefined;
  year: string | undefined;
  message: string;
}
