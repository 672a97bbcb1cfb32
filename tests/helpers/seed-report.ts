import seedWire from '../../mocks/sources/west-midlands-2021-22.report.json';
import { reportSchema, type AreaYearReport, type ReportWire } from '../../src/domain/report-schema';

/** The West Midlands 2021-22 report exactly as published (the seed), in wire form. */
export function seedReportWire(): ReportWire {
  return structuredClone(seedWire) as ReportWire;
}

export function seedReport(): AreaYearReport {
  return reportSchema.parse(seedReportWire());
}
