import type { Area } from '../../src/domain/area';
import { statusOf } from '../../src/domain/cell-status';
import { listFigures } from '../../src/domain/figure-catalogue';
import type { ValueStatus } from '../../src/domain/value-status';
import { areaYearKey } from '../../src/ingest/common/area-year-key';
import { placeWords, type IngestQuestion } from '../../src/ingest/common/question';
import { API_ROUTES, apiAnswers, type ApiDataSet, type ApiRouteName } from '../../src/shared/data/api-contract';
import { parseReportRecords } from '../../src/shared/data/parse-reports';
import type { InputEntry } from './data-folder';
import type { FigureSource } from './overlay';
import type { InputReading } from './read-input';

/** The static API of docs/api.md for a data set: path under api/ → JSON text, as `npm run build` writes it. */
export function apiFiles(data: ApiDataSet): Map<string, string> {
  return new Map([...apiAnswers(data)].map(([path, body]) => [path, JSON.stringify(body)]));
}

/** The route a static file answers, and the argument in its path. */
function routeOf(path: string): { route: ApiRouteName; argument: string | undefined } | undefined {
  for (const route of Object.keys(API_ROUTES) as ApiRouteName[]) {
    const pattern = new RegExp(`^${API_ROUTES[route].static.replace(/\./g, '\\.').replace(/:\w+/, '([^/]+)')}$`);
    const match = pattern.exec(path);
    if (match) return { route, argument: match[1] === undefined ? undefined : decodeURIComponent(match[1]) };
  }
  return undefined;
}

/**
 * Every file checked as the app checks it: its route's schema (api-contract.ts), then every
 * record with the report schema and the client's rules (parse-reports.ts: a known area, the year
 * or area asked for, no duplicate). Returns the problems; none means the app will show it all.
 */
export function validateApiFiles(files: ReadonlyMap<string, string>, areas: readonly Area[]): string[] {
  const areaIds = new Set(areas.map((area) => area.id));
  const problems: string[] = [];
  for (const [path, text] of files) {
    const found = routeOf(path);
    if (!found) {
      problems.push(`api/${path}: no route of the API serves this file`);
      continue;
    }
    const answer = API_ROUTES[found.route].answer.safeParse(JSON.parse(text));
    if (!answer.success) {
      problems.push(`api/${path}: ${answer.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      continue;
    }
    const body = answer.data as { reports?: unknown[] };
    if (!body.reports) continue;
    const request = found.route === 'reportsForYear' ? { year: found.argument } : { areaId: found.argument };
    const { errors } = parseReportRecords(body.reports, areaIds, request);
    for (const error of errors) problems.push(`api/${path}: ${error.areaId ?? 'a record'} ${error.year ?? ''}: ${error.message}`);
  }
  return problems;
}

/** Figures in a record that a reader can quote (a real source), and stand-ins. */
function figureCounts(record: unknown): { real: number; illustrative: number } {
  const parsed = parseReportRecords([record], new Set([(record as { areaId: string }).areaId])).reports[0];
  if (!parsed) return { real: 0, illustrative: 0 };
  let real = 0;
  let illustrative = 0;
  for (const figure of listFigures(parsed)) {
    const status: ValueStatus = statusOf(figure.cell, parsed.provenance).status;
    if (status === 'published' || status === 'sources disagree') real += 1;
    else if (status === 'illustrative') illustrative += 1;
  }
  return { real, illustrative };
}

export interface SummaryRow {
  year: string;
  /** The kind of place: area, national (and region, when the data has regions). */
  level: string;
  places: number;
  /** Places with at least one real figure. */
  withReal: number;
  /** Places all of whose figures are real or not published: no stand-in. */
  allReal: number;
  /** Places with at least one illustrative figure. */
  withIllustrative: number;
  /** Places with a figure held back by an open question. */
  heldBack: number;
  realFigures: number;
  illustrativeFigures: number;
}

/** Per year and level: how many places have real figures, illustrative ones, and figures an open question holds back. */
export function summaryRows(data: ApiDataSet, figures: readonly FigureSource[]): SummaryRow[] {
  const areas = data.areas as readonly Area[];
  const levelOf = new Map(areas.map((area) => [area.id, area.kind]));
  const heldBackKeys = new Set(figures.filter((figure) => figure.heldBack).map((figure) => areaYearKey(figure.areaId, figure.year)));
  const rows: SummaryRow[] = [];
  for (const year of data.years) {
    const levels = [...new Set(areas.map((area) => area.kind))];
    for (const level of levels) {
      const records = (data.reportsByYear[year] ?? []).filter((record) => levelOf.get((record as { areaId: string }).areaId) === level);
      const row: SummaryRow = { year, level, places: 0, withReal: 0, allReal: 0, withIllustrative: 0, heldBack: 0, realFigures: 0, illustrativeFigures: 0 };
      for (const record of records) {
        const counts = figureCounts(record);
        row.places += 1;
        row.realFigures += counts.real;
        row.illustrativeFigures += counts.illustrative;
        if (counts.real > 0) row.withReal += 1;
        if (counts.real > 0 && counts.illustrative === 0) row.allReal += 1;
        if (counts.illustrative > 0) row.withIllustrative += 1;
        if (heldBackKeys.has(areaYearKey((record as { areaId: string }).areaId, year))) row.heldBack += 1;
      }
      rows.push(row);
    }
  }
  return rows;
}

const LEVEL_WORDS: Readonly<Record<string, string>> = { area: 'areas', national: 'England and Wales', region: 'probation regions' };

/** The summary table as Markdown (summary.md, and the end of `build`'s output). */
export function summaryTable(rows: readonly SummaryRow[]): string {
  const header = [
    '| year | level | places | with real figures | no stand-ins | with illustrative figures | with figures held back by a question | real figures | illustrative figures |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  const lines = rows.map(
    (row) =>
      `| ${row.year} | ${LEVEL_WORDS[row.level] ?? row.level} | ${row.places} | ${row.withReal} | ${row.allReal} | ${row.withIllustrative} | ${row.heldBack} | ${row.realFigures} | ${row.illustrativeFigures} |`,
  );
  return [...header, ...lines].join('\n');
}

export interface BuildReport {
  inputs: readonly InputEntry[];
  readings: readonly InputReading[];
  figures: readonly FigureSource[];
  open: readonly IngestQuestion[];
  answered: number;
  rows: readonly SummaryRow[];
}

/** manifest.json: every input with its checksum and what came of it, and the source of every figure the inputs touch. */
export function manifestText(report: BuildReport): string {
  const readingOf = new Map(report.readings.map((reading) => [reading.input.sha256, reading]));
  const manifest = {
    format: 'mappa-compare-data-build',
    version: 1,
    inputs: report.inputs.map((input) => {
      const reading = readingOf.get(input.sha256);
      return {
        name: input.name,
        sha256: input.sha256,
        size: input.size,
        kind: input.kind,
        records: [...new Set((reading?.records ?? []).map((record) => areaYearKey(record.areaId, record.year)))].sort(),
        ...(reading?.failure ? { notRead: reading.failure } : {}),
        ...(reading && reading.notes.length > 0 ? { notes: reading.notes } : {}),
      };
    }),
    questions: {
      open: report.open.map((question) => ({ id: question.id, where: placeWords(question.where) })),
      answered: report.answered,
    },
    figures: [...report.figures]
      .sort((a, b) => areaYearKey(a.areaId, a.year).localeCompare(areaYearKey(b.areaId, b.year)) || a.figureId.localeCompare(b.figureId))
      .map((figure) => ({
        area: figure.areaId,
        year: figure.year,
        figure: figure.figureId,
        served: figure.served,
        from: figure.from,
        ...(figure.question ? { question: figure.question } : {}),
        ...(figure.heldBack ? { heldBack: true } : {}),
      })),
  };
  return `${JSON.stringify(manifest, null, 1)}\n`;
}

/** summary.md: the inputs, the open questions and the coverage table. */
export function summaryText(report: BuildReport): string {
  const readingOf = new Map(report.readings.map((reading) => [reading.input.sha256, reading]));
  const inputs = report.inputs.map((input) => {
    const reading = readingOf.get(input.sha256);
    const records = [...new Set((reading?.records ?? []).map((record) => `${record.areaId} ${record.year}`))].sort();
    const what = reading?.failure ? `not read: ${reading.failure}` : records.length > 0 ? records.join(', ') : 'nothing published yet';
    return `- ${input.name} (${input.kind}, sha256 ${input.sha256.slice(0, 12)}…): ${what}`;
  });
  return [
    '# MAPPA Compare data build',
    '',
    'Built by `npm run data -- build` from the inputs below and the embedded default (the published',
    'West Midlands 2021-22 report, the published headline figures, and illustrative values where',
    'nothing real is held). See manifest.json for the source of every figure the inputs give.',
    '',
    `## Inputs (${report.inputs.length})`,
    '',
    ...(inputs.length > 0 ? inputs : ['- none']),
    '',
    `## Questions: ${report.open.length} open, ${report.answered} answered`,
    '',
    ...(report.open.length > 0
      ? [...report.open.map((question) => `- ${question.id}: ${question.what}`), '', 'Answer them in answers.yaml (see questions.yaml).']
      : ['None open.']),
    '',
    '## Coverage',
    '',
    summaryTable(report.rows),
    '',
  ].join('\n');
}
