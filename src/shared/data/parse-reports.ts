import { z } from '../../lib/zod';
import { reportSchema, type AreaYearReport } from '../../domain/report-schema';
import type { RecordError } from '../../domain/record-error';
import { summariseIssues } from '../../lib/zod-issues';

export interface ParsedReports {
  reports: AreaYearReport[];
  errors: RecordError[];
}

const recordKeySchema = z.object({ areaId: z.optional(z.string()), year: z.optional(z.string()) });

/** What was asked for: a record for another year or area is an error, never shown as the one asked for. */
export interface RecordRequest {
  year?: string;
  areaId?: string;
}

export function parseReportRecords(records: readonly unknown[], knownAreaIds: ReadonlySet<string>, request: RecordRequest = {}): ParsedReports {
  const reports: AreaYearReport[] = [];
  const errors: RecordError[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    const key = recordKeySchema.safeParse(record);
    const named = key.success ? key.data.areaId : undefined;
    const unknownName = named !== undefined && !knownAreaIds.has(named) ? `Unknown area ${JSON.stringify(named)}` : undefined;
    // A record is charged to the area and year it was served as, else to the ones it names (if we know them).
    const areaId = request.areaId ?? (unknownName ? undefined : named);
    const year = request.year ?? (key.success ? key.data.year : undefined);
    const parsed = reportSchema.safeParse(record);
    if (!parsed.success) {
      errors.push({ areaId, year, message: [unknownName, summariseIssues(parsed.error)].filter(Boolean).join('; ') });
      continue;
    }
    if (unknownName) {
      errors.push({ areaId, year, message: unknownName });
      continue;
    }
    if (request.year !== undefined && parsed.data.year !== request.year) {
      errors.push({ areaId, year: request.year, message: `Asked for ${request.year} but the record is for ${parsed.data.year}` });
      continue;
    }
    if (request.areaId !== undefined && parsed.data.areaId !== request.areaId) {
      errors.push({ areaId: request.areaId, year, message: `Asked for ${request.areaId} but the record is for ${parsed.data.areaId}` });
      continue;
    }
    const id = `${parsed.data.areaId}|${parsed.data.year}`;
    if (seen.has(id)) {
      errors.push({ areaId, year, message: `A second report for ${parsed.data.areaId} ${parsed.data.year} was ignored` });
      continue;
    }
    seen.add(id);
    reports.push(parsed.data);
  }
  return { reports, errors };
}
