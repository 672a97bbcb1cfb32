import type { Area } from '../../src/domain/area';
import type { Cell } from '../../src/domain/cell';
import type { Provenance } from '../../src/domain/provenance';
import type { AreaYearReport, ReportWire } from '../../src/domain/report-schema';
import type { MappaYear } from '../../src/domain/years';
import { cellsById } from '../../src/domain/report-cells';
import { looksLikeDataBundle, readDataBundle } from '../../src/ingest/bundle/data-bundle';
import type { FigureValue } from '../../src/ingest/common/figure-values';
import { templateFigureIds } from '../../src/ingest/common/given-figures';
import { questionId, type IngestAnswers, type IngestQuestion, type SourcePlace } from '../../src/ingest/common/question';
import { checkImportFile, isWorkbookFileName } from '../../src/ingest/common/source-file';
import { ingestReportText } from '../../src/ingest/report-text/ingest-report-text';
import { extractPdfText } from '../../src/ingest/report-text/pdf-text';
import { pageOfLine, type TextSource } from '../../src/ingest/report-text/report-questions';
import { ingestSheet } from '../../src/ingest/spreadsheet/ingest-sheet';
import { readWorkbook } from '../../src/ingest/spreadsheet/read-workbook';
import { sheetOptions } from '../../src/ingest/spreadsheet/sheets';
import { ingestTidyCsv } from '../../src/ingest/tidy-csv/ingest-tidy-csv';
import { hasTidyCsvHeader } from '../../src/ingest/tidy-csv/parse-tidy-csv';
import type { InputEntry, InputKind } from './data-folder';
import { NODE_PDF_OPTIONS, nodePdfJs } from './node-pdfjs';

/** One area-year's figures as one input gives them, each with the place it was read from. */
export interface ReadRecord {
  areaId: string;
  year: string;
  /** What the served figures cite: always a published source (the served data has no "imported in this browser"). */
  provenance: Provenance;
  /** A whole report: it takes the place of an illustrative record, and what it leaves blank is not published. */
  whole: boolean;
  /** The record's wording and rate basis, for a whole report. */
  wire: ReportWire;
  /** By figure id: a number, "-", or null where the source says it is not published. Figures it does not give are absent. */
  figures: Map<string, { value: FigureValue; where: SourcePlace }>;
  /** Figures an open question holds back: nothing is published for them until it is answered. */
  heldBack: string[];
}

/** A problem with an answer the deployer gave (a typed figure that is no figure, answers that contradict each other). */
export interface AnswerError {
  questionId: string | undefined;
  message: string;
}

/** What one input says, read with the ingest layer's functions (the browser's own). */
export interface InputReading {
  input: InputEntry;
  questions: IngestQuestion[];
  records: ReadRecord[];
  /** What was left out and why (rows of no report figure, sheets with no table). */
  notes: string[];
  answerErrors: AnswerError[];
  /** Why nothing could be read from it. */
  failure?: string;
}

export interface ReadContext {
  /** The areas (and England and Wales) a file may name. */
  areas: readonly Area[];
  /** The years to offer where a file does not say. */
  years: readonly string[];
  answers: IngestAnswers;
  /** Told as the work on a file goes on (pages of a PDF, sheets of a workbook). */
  progress?: (done: number, total: number) => void;
}

export type KindCheck = { ok: true; kind: InputKind } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8');

/** What kind of input a file is, from its name and first bytes; or why it cannot be one. */
export function inputKindOf(name: string, bytes: Uint8Array): KindCheck {
  if (isWorkbookFileName(name) || /\.xls$/i.test(name)) return { ok: true, kind: 'table' };
  const head = bytes.subarray(0, 4096);
  const headText = decoder.decode(head);
  if (looksLikeDataBundle(headText)) return { ok: true, kind: 'bundle' };
  if (/\.json$/i.test(name)) return { ok: false, message: `“${name}” is a JSON file but not a data bundle of MAPPA Compare imports.` };
  const check = checkImportFile(name, '', bytes.length, head);
  if (!check.ok) return check;
  if (check.kind === 'pdf') return { ok: true, kind: 'report-pdf' };
  if (check.kind === 'csv') return { ok: true, kind: hasTidyCsvHeader(headText) ? 'tidy-csv' : 'table' };
  return { ok: true, kind: /\.tsv$/i.test(name) ? 'table' : 'report-text' };
}

function problemText(problem: unknown): string {
  return problem instanceof Error ? problem.message : String(problem);
}

/** Reads one input with the same ingest functions as the browser's import; a failure is named, never thrown. */
export async function readInput(input: InputEntry, bytes: Uint8Array, context: ReadContext): Promise<InputReading> {
  const empty: InputReading = { input, questions: [], records: [], notes: [], answerErrors: [] };
  try {
    switch (input.kind) {
      case 'report-pdf': {
        const pdf = await extractPdfText(bytes, await nodePdfJs(), NODE_PDF_OPTIONS, context.progress);
        return readReport(empty, pdf.text, { file: input.name, pageStartLines: pdf.pageStartLines }, context);
      }
      case 'report-text':
        return readReport(empty, decoder.decode(bytes), { file: input.name }, context);
      case 'tidy-csv':
        return readTidyCsv(empty, decoder.decode(bytes), context);
      case 'table':
        return readTable(empty, bytes, context);
      case 'bundle':
        return readBundle(empty, decoder.decode(bytes), context);
    }
  } catch (problem) {
    return { ...empty, failure: problemText(problem) };
  }
}

function areaName(areas: readonly Area[], areaId: string): string {
  return areas.find((area) => area.id === areaId)?.name ?? areaId;
}

/** Published: the area's annual report, titled as the reports title themselves. */
function reportProvenance(areas: readonly Area[], areaId: string, year: MappaYear): Provenance {
  return { kind: 'published-report', title: `${areaName(areas, areaId)} MAPPA Annual Report ${year}`, year };
}

function placeOfLine(source: TextSource, lineNumber: number | undefined): SourcePlace {
  if (lineNumber === undefined) return { file: source.file };
  return { file: source.file, ...(source.pageStartLines ? { page: pageOfLine(source.pageStartLines, lineNumber) } : {}), line: lineNumber };
}

function valueOf(cell: Cell | undefined): FigureValue | undefined {
  if (!cell) return undefined;
  if (cell.kind === 'value') return cell.value;
  if (cell.kind === 'not-applicable') return '-';
  return cell.kind === 'missing' ? null : undefined;
}

function readReport(empty: InputReading, text: string, source: TextSource, context: ReadContext): InputReading {
  const read = ingestReportText({ text, source, areas: context.areas, years: context.years, importedAt: empty.input.added, answers: context.answers });
  context.progress?.(1, 1);
  if (read.parse.outcome !== 'ok') return { ...empty, failure: read.parse.message ?? 'This text could not be read as a MAPPA report.' };
  const reading: InputReading = { ...empty, questions: read.questions };
  const outcome = read.outcome;
  if (!outcome) return reading;
  for (const [figureId, message] of Object.entries(outcome.fieldErrors)) {
    reading.answerErrors.push({ questionId: questionId('figure-check', source.file, figureId), message });
  }
  if (outcome.recordErrors.length > 0 || !outcome.wire || !outcome.report) {
    return { ...reading, failure: outcome.recordErrors.length > 0 ? `Its figures do not make a valid record: ${outcome.recordErrors.join('; ')}` : undefined };
  }
  const report = outcome.report;
  const lines = new Map(read.parse.figures.map((figure) => [figure.figureId, figure.source?.lineNumber]));
  const cells = cellsById(report);
  const heldBack = read.open.flatMap((question) => (question.kind === 'figure-check' && question.figureId ? [question.figureId] : []));
  const figures = new Map<string, { value: FigureValue; where: SourcePlace }>();
  for (const figureId of templateFigureIds(report.year)) {
    const value = valueOf(cells.get(figureId));
    if (value !== undefined && !heldBack.includes(figureId)) figures.set(figureId, { value, where: placeOfLine(source, lines.get(figureId)) });
  }
  const provenance = reportProvenance(context.areas, report.areaId, report.year);
  reading.records.push({
    areaId: report.areaId,
    year: report.year,
    provenance,
    whole: true,
    wire: { ...outcome.wire, provenance },
    figures,
    heldBack,
  });
  // A regional report's table by area gives those areas' figures too, cited to its rows.
  for (const { areaId, row, outcome: areaOutcome } of read.areaRecords) {
    if (!areaOutcome.wire || !areaOutcome.report) continue;
    const title = `${areaName(context.areas, report.areaId)} MAPPA Annual Report ${report.year}, table by area`;
    const areaProvenance: Provenance = { kind: 'published-report', title, year: report.year };
    reading.records.push({
      areaId,
      year: report.year,
      provenance: areaProvenance,
      whole: false,
      wire: { ...areaOutcome.wire, provenance: areaProvenance },
      figures: givenFigures(areaOutcome.report, areaOutcome.given, () => placeOfLine(source, row.line.lineNumber)),
      heldBack: [],
    });
  }
  const notFound = read.parse.notFound.length;
  if (notFound > 0) reading.notes.push(`${notFound} ${notFound === 1 ? 'figure was' : 'figures were'} not found in the text: not published from this file.`);
  return reading;
}

/** A record's figures as a source gives them: the ones listed in `given` (all when undefined), nulls included. */
function givenFigures(report: AreaYearReport, given: readonly string[] | undefined, whereOf: (figureId: string) => SourcePlace) {
  const cells = cellsById(report);
  const figures = new Map<string, { value: FigureValue; where: SourcePlace }>();
  for (const figureId of given ?? templateFigureIds(report.year)) {
    const value = valueOf(cells.get(figureId));
    if (value !== undefined) figures.set(figureId, { value, where: whereOf(figureId) });
  }
  return figures;
}

function readTidyCsv(empty: InputReading, text: string, context: ReadContext): InputReading {
  const file = empty.input.name;
  const read = ingestTidyCsv({ text, file, areas: context.areas, importedAt: empty.input.added });
  context.progress?.(1, 1);
  const lineNotes = (issues: readonly { line: number; message: string }[]) => issues.map((issue) => `line ${issue.line}: ${issue.message}`);
  if (!read.ok) {
    const listed = lineNotes(read.errors).slice(0, 8).join('; ');
    return { ...empty, failure: `It has problems: ${listed}${read.errors.length > 8 ? `; and ${read.errors.length - 8} more` : ''}.` };
  }
  const reading: InputReading = { ...empty, notes: lineNotes(read.warnings) };
  for (const item of read.imports) {
    if (!item.report) {
      reading.notes.push(`${item.key}: not read: ${item.error ?? 'not a valid record'}`);
      continue;
    }
    const provenance: Provenance = { kind: 'published-report', title: `${file} (a MAPPA Compare CSV)`, year: item.report.year };
    // A figure the file lists as missing is given too: a real source saying it is not published.
    const listed = Object.keys(item.group.figures);
    const figures = givenFigures(item.report, listed, (figureId) => ({ file, line: item.group.lines[figureId] }));
    reading.records.push({
      areaId: item.report.areaId,
      year: item.report.year,
      provenance,
      whole: !item.given,
      wire: { ...item.wire, provenance },
      figures,
      heldBack: [],
    });
  }
  return reading;
}

function readTable(empty: InputReading, bytes: Uint8Array, context: ReadContext): InputReading {
  const file = empty.input.name;
  const workbook = readWorkbook(bytes, file);
  const { options } = sheetOptions(workbook, context.areas);
  const readable = options.filter((option) => !option.unavailable && option.areaRows > 0);
  const reading: InputReading = { ...empty };
  for (const option of options) {
    if (option.unavailable) reading.notes.push(`Sheet ${option.name}: not read (${option.unavailable}).`);
    else if (option.areaRows === 0) reading.notes.push(`Sheet ${option.name}: not read (no row names an area we know).`);
  }
  if (readable.length === 0) return { ...reading, failure: 'No sheet has a table whose rows name the areas we know.' };
  readable.forEach((option, index) => {
    const read = ingestSheet({
      workbook,
      sheetName: option.name,
      areas: context.areas,
      years: context.years,
      importedAt: new Date(empty.input.added),
      answers: context.answers,
    });
    context.progress?.(index + 1, readable.length);
    if (!read.ok) {
      reading.notes.push(`Sheet ${option.name}: not read (${read.message}).`);
      return;
    }
    reading.questions.push(...read.questions);
    reading.answerErrors.push(...read.problems.map((message) => ({ questionId: undefined, message: `${file}, sheet ${option.name}: ${message}` })));
    for (const left of read.leftOut) reading.notes.push(`Sheet ${option.name}, cell ${left.ref}: left out (${left.reason}).`);
    for (const error of read.result?.errors ?? [])
      reading.notes.push(`Sheet ${option.name}${error.ref ? `, cell ${error.ref}` : ''}: not read (${error.message}).`);
    const origins = new Map((read.result?.areas ?? []).map((area) => [`${area.areaId}|${area.year}`, area.origins]));
    const sheet = workbook.sheets.find((candidate) => candidate.name === option.name);
    const title = workbook.format === 'csv' ? file : `${(sheet?.title ?? file).slice(0, 120)} (${file}, sheet ${option.name})`;
    for (const item of read.items) {
      if (!item.report) {
        reading.notes.push(`Sheet ${option.name}, ${item.key}: not read (${item.error ?? 'not a valid record'}).`);
        continue;
      }
      const provenance: Provenance = { kind: 'published-report', title, year: item.report.year };
      const origin = origins.get(item.key) ?? {};
      const figures = givenFigures(item.report, item.given, (figureId) => ({
        file,
        ...(workbook.format === 'csv' ? {} : { sheet: option.name }),
        ...(origin[figureId] ? { cell: origin[figureId].ref } : {}),
      }));
      reading.records.push({ areaId: item.areaId, year: item.year, provenance, whole: !item.given, wire: { ...item.wire, provenance }, figures, heldBack: [] });
    }
  });
  return reading;
}

function readBundle(empty: InputReading, text: string, context: ReadContext): InputReading {
  const file = empty.input.name;
  const read = readDataBundle(text, file, context.areas);
  context.progress?.(1, 1);
  if (!read.ok) return { ...empty, failure: read.message };
  const reading: InputReading = { ...empty };
  read.imports.forEach((item, index) => {
    const report = item.checked;
    const where: SourcePlace = { file: `${file} (import ${index + 1}: ${item.fileName})` };
    const provenance: Provenance = {
      kind: 'published-report',
      title: `${item.fileName}, imported in MAPPA Compare on ${item.savedAt.slice(0, 10)} (${file})`,
      year: report.year,
    };
    const figures = givenFigures(report, item.figureIds, () => where);
    reading.records.push({
      areaId: report.areaId,
      year: report.year,
      provenance,
      whole: !item.figureIds,
      wire: { ...item.report, provenance },
      figures,
      heldBack: [],
    });
  });
  return reading;
}
