import type { Area } from '../../domain/area';
import { reportSchema, type AreaYearReport, type ReportWire } from '../../domain/report-schema';
import { z } from '../../lib/zod';
import { summariseIssues } from '../../lib/zod-issues';
import { areaYearKey } from '../common/area-year-key';
import { templateFigureIds } from '../common/given-figures';

/**
 * A data bundle: every import saved in a browser, as one JSON file ("Download my imports"), read
 * back by "Open a data bundle" and by `npm run data -- add`. Each import keeps its record (its
 * figures, sources and so their statuses), the file it came from, when it was saved (which orders
 * imports of one area-year) and, for a partial import, the figures it gives.
 */
export const DATA_BUNDLE_FORMAT = 'mappa-compare-data-bundle';
export const DATA_BUNDLE_VERSION = 1;

/** One saved import in a bundle. */
export interface BundledImport {
  fileName: string;
  /** ISO 8601. */
  savedAt: string;
  /** The figures it gives when it gives only some; absent for a whole report. */
  figureIds?: readonly string[];
  report: ReportWire;
}

/** One import read back: its record checked against the report schema. */
export interface ReadBundledImport extends BundledImport {
  checked: AreaYearReport;
}

const bundleSchema = z.object({
  format: z.literal(DATA_BUNDLE_FORMAT),
  version: z.number(),
  imports: z.array(
    z.object({
      fileName: z.string().check(z.minLength(1)),
      savedAt: z.iso.datetime(),
      figureIds: z.optional(z.array(z.string())),
      report: z.unknown(),
    }),
  ),
});

/** By area and year, then oldest first: the order the saved list shows, so the same imports give the same file. */
function byAreaYearThenSaved(a: BundledImport, b: BundledImport): number {
  return areaYearKey(a.report.areaId, a.report.year).localeCompare(areaYearKey(b.report.areaId, b.report.year)) || a.savedAt.localeCompare(b.savedAt);
}

/** The bundle's JSON text: the same imports always give the same text. */
export function dataBundleText(imports: readonly BundledImport[]): string {
  const sorted = [...imports].sort(byAreaYearThenSaved).map((item) => ({
    fileName: item.fileName,
    savedAt: item.savedAt,
    ...(item.figureIds ? { figureIds: [...item.figureIds] } : {}),
    report: item.report,
  }));
  return `${JSON.stringify({ format: DATA_BUNDLE_FORMAT, version: DATA_BUNDLE_VERSION, imports: sorted }, null, 1)}\n`;
}

/** Whether a file's first characters look like a data bundle (a JSON object naming the format). */
export function looksLikeDataBundle(head: string): boolean {
  return /^\uFEFF?\s*\{/.test(head) && head.includes(`"${DATA_BUNDLE_FORMAT}"`);
}

export type DataBundleRead = { ok: true; imports: ReadBundledImport[] } | { ok: false; message: string };

const LISTED = 8;

/**
 * A data bundle read back, whole or not at all: every import must pass the report schema, name
 * an area we know and list only figures of its year's template, or the file is refused with
 * each problem (the first eight) named.
 */
export function readDataBundle(text: string, fileName: string, areas: readonly Area[]): DataBundleRead {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: `“${fileName}” is not a data bundle: it is not valid JSON.` };
  }
  if ((json as { format?: unknown } | null)?.format !== DATA_BUNDLE_FORMAT) {
    return { ok: false, message: `“${fileName}” is not a data bundle: it does not say "format": "${DATA_BUNDLE_FORMAT}".` };
  }
  const parsed = bundleSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: `“${fileName}” is not a readable data bundle: ${summariseIssues(parsed.error)}.` };
  if (parsed.data.version !== DATA_BUNDLE_VERSION) {
    return {
      ok: false,
      message: `“${fileName}” is a data bundle of version ${parsed.data.version}; this version of MAPPA Compare reads version ${DATA_BUNDLE_VERSION}. Update the app, or download the bundle again.`,
    };
  }
  const areaIds = new Set(areas.map((area) => area.id));
  const problems: string[] = [];
  const imports: ReadBundledImport[] = [];
  parsed.data.imports.forEach((item, index) => {
    const which = `import ${index + 1} (${item.fileName})`;
    const report = reportSchema.safeParse(item.report);
    if (!report.success) {
      problems.push(`${which}: ${summariseIssues(report.error)}`);
      return;
    }
    if (!areaIds.has(report.data.areaId)) {
      problems.push(`${which}: the area “${report.data.areaId}” is not one we know`);
      return;
    }
    const template = new Set(templateFigureIds(report.data.year));
    const unknown = (item.figureIds ?? []).filter((figureId) => !template.has(figureId));
    if (unknown.length > 0) {
      problems.push(
        `${which}: ${unknown.slice(0, 3).join(', ')} ${unknown.length === 1 ? 'is not a figure' : 'are not figures'} of a ${report.data.year} report`,
      );
      return;
    }
    imports.push({
      fileName: item.fileName,
      savedAt: item.savedAt,
      ...(item.figureIds ? { figureIds: item.figureIds } : {}),
      report: item.report as ReportWire,
      checked: report.data,
    });
  });
  if (problems.length > 0) {
    const more = problems.length > LISTED ? `; and ${problems.length - LISTED} more` : '';
    return { ok: false, message: `“${fileName}” was not opened: ${problems.slice(0, LISTED).join('; ')}${more}. Nothing was imported from it.` };
  }
  if (imports.length === 0) return { ok: false, message: `“${fileName}” is a data bundle with no imports in it.` };
  return { ok: true, imports: [...imports].sort(byAreaYearThenSaved) };
}
