import type { Area } from '../../domain/area';
import { GRID_TABLE_IDS, gridFigureId } from '../../domain/figure-catalogue';
import { TABLE_LABELS, type GridTableId } from '../../domain/labels';
import { hasCategory4 as yearHasCategory4, type MappaYear } from '../../domain/years';
import { detectPlace, detectYear, snapshotYear } from './detect-area-year';
import { describeFigure, numberProblem, type FigureValue } from '../common/figure-values';
import {
  indexText,
  locateGridTables,
  locateLabelledFigure,
  locateOrders,
  MAX_LATER_COPIES,
  orderWordingOf,
  rateBasisAfter,
  type LocatedFigure,
  type TextIndex,
} from './locate-figures';
import { missingRows, tableCells } from './read-grid-table';
import { copyCheck, copyDifferences, copyWarning, readingValue, type CopyFigure, type FirstFigure } from './table-copies';
import { ColumnWarnings, columnsOf } from './table-columns';
import { findHeadings } from './report-headings';
import { categoriesOf, reportFigureIds } from '../common/report-figure-ids';
import type { CellReading } from './text-cells';
import type { ReadFigures } from '../common/build-report-wire';
import { isBlankLine, splitLines, type TextLine } from './text-lines';
import { readByAreaTables, sumDifferences, type ByAreaShape, type ByAreaTable } from './by-area-tables';
import { membersOf } from '../../domain/geography';

/** A line of the pasted text, numbered from 1, as it was typed. */
export interface SourceLine {
  lineNumber: number;
  text: string;
}

export interface ExtractedFigure {
  figureId: string;
  /** A number, "-" (not applicable) or null (not found: never 0). */
  value: FigureValue;
  /** The line the value was read from (for a blank cell, its row); null when no line was found. */
  source: SourceLine | null;
  /** Why to look at this figure twice (a mark taken off the number, a copy that disagrees): shown beside it in the review. */
  check?: string;
}

export type ReportTableId = 'snapshot' | 'level23Yearly' | 'revocations' | 'orders' | 'sroBreach' | 'breachOfLicence' | 'breachOfOrder' | 'rsoPer100k';

const REPORT_TABLE_IDS: readonly ReportTableId[] = [
  'snapshot',
  'level23Yearly',
  'revocations',
  'orders',
  'sroBreach',
  'breachOfLicence',
  'breachOfOrder',
  'rsoPer100k',
];

export interface ReportTextParse {
  /** too-long: refused before reading (see text-size.ts); the parser itself never says it. */
  outcome: 'ok' | 'empty' | 'not-a-report' | 'too-long';
  message?: string;
  /** Whose report it is: an area's, or (a title or heading says "region" or "regional") a probation region's. */
  level: 'area' | 'region';
  areaId?: string;
  areaEvidence?: SourceLine;
  /** A regional report's title or heading that names no probation region we know: asked, never guessed. */
  unknownRegion?: SourceLine;
  /** Where the area was read: its title, or a heading saying whose report it is (never a sentence). */
  areaRule?: 'the title' | 'a heading';
  year?: string;
  yearEvidence?: SourceLine;
  yearRule?: 'the title' | 'a heading';
  /** The template read has a category 4 column (2022-23 on, or the text's headers say so). */
  hasCategory4: boolean;
  /** One per figure id of the template, in catalogue order. */
  figures: ExtractedFigure[];
  notFound: string[];
  tablesFound: ReportTableId[];
  /** Tables not in the text at all. */
  tablesMissing: ReportTableId[];
  /** Tables found but not read, because their column headings could not be matched (a warning says why). */
  tablesNotRead: ReportTableId[];
  orderWording: ReadFigures['orderWording'];
  rateBasis: ReadFigures['rateBasis'];
  warnings: string[];
  /** A regional report's tables by area, read (each row becomes its area's figures), and those in another shape (asked about, not read). */
  byArea: ByAreaTable[];
  byAreaShapes: ByAreaShape[];
  /** How the text was read where no heading said it (a column without a heading read as the total, because its figures are): shown, not a warning. */
  notes: string[];
}

/** The introduction (where the title names the area and year) is never looked at past this. */
const MAX_INTRODUCTION_LINES = 2000;

const TABLE_NAMES: Record<ReportTableId, string> = {
  ...TABLE_LABELS,
  revocations: 'lifetime notification requirements revoked on application',
  orders: 'SHPOs, SHPOs with foreign travel restriction and notification orders imposed by the courts',
  sroBreach: 'people who became subject to notification after breaching a Sexual Risk Order',
  rsoPer100k: 'Registered Sexual Offenders per 100,000 population',
};

/**
 * Reads the statistics of a MAPPA annual report from its text (pasted or extracted from the
 * PDF). Finds each table of the template by its headings and reads its cells; reads the area
 * and year from the title and introduction. A figure it cannot find is null, never 0, and
 * every number it returns is cited to the line it was read from.
 */
export function parseReportText(text: string, areas: readonly Area[]): ReportTextParse {
  const allLines = splitLines(text);
  if (allLines.every(isBlankLine)) {
    return emptyParse('The text is empty. Paste the text of a MAPPA annual report, or choose its file.');
  }
  const introduction = allLines.slice(0, Math.min(findHeadings(allLines)[0]?.index ?? allLines.length, MAX_INTRODUCTION_LINES));
  const place = detectPlace(introduction, areas);
  const area = place.place;
  // A regional report's tables by area are read on their own; the rest of the report is read without them.
  const byArea = place.level === 'region' ? readByAreaTables(allLines, areas, area?.value) : undefined;
  const lines = byArea && byArea.taken.size > 0 ? allLines.map((line, at) => (byArea.taken.has(at) ? { ...line, norm: '', flat: '' } : line)) : allLines;
  const headings = findHeadings(lines);
  const index = indexText(lines, headings);
  const warnings: string[] = [];

  const year = detectYear(introduction, lines);
  if (year) warnings.push(...yearConflicts(year.value, lines));

  const grids = GRID_TABLE_IDS.map((tableId) => ({ tableId, copies: locateGridTables(index, tableId) }));
  const withCategory4 = year
    ? yearHasCategory4(year.value)
    : grids.some(({ copies }) => copies.some(({ rows }) => rows.header.kind !== 'none' && rows.header.kind !== 'unmappable' && rows.header.hasCategory4));
  const figureIds = reportFigureIds(categoriesOf(withCategory4));
  const templateIds = new Set(figureIds);

  const extracted = new Map<string, ExtractedFigure>();
  const checks = new Map<string, string[]>();
  const addCheck = (figureId: string, note: string) => {
    if (templateIds.has(figureId)) checks.set(figureId, [...(checks.get(figureId) ?? []), note]);
  };
  const record = (figureId: string, reading: CellReading, line: TextLine) => {
    if (!templateIds.has(figureId) || extracted.has(figureId)) return;
    extracted.set(figureId, toExtracted(figureId, reading, line, warnings, addCheck));
  };
  const firstFigure = (figureId: string): FirstFigure => {
    const figure = extracted.get(figureId);
    return { value: figure?.value ?? null, lineNumber: figure?.source?.lineNumber };
  };
  const compareCopy = (what: string, copyLine: number, copy: CopyFigure[]) => {
    const differences = copyDifferences(
      firstFigure,
      copy.filter((figure) => templateIds.has(figure.figureId)),
    );
    if (differences.length === 0) return;
    warnings.push(copyWarning(what, copyLine, differences));
    for (const difference of differences) addCheck(difference.figureId, copyCheck(difference));
  };

  const columnWarnings = new ColumnWarnings(year?.value);
  const tablesNotRead: ReportTableId[] = [];
  const notes: string[] = [];
  for (const { tableId, copies } of grids) {
    const [first, ...later] = copies;
    if (!first) continue;
    warnings.push(...first.rows.warnings);
    const columns = columnsOf(first.rows, withCategory4, columnWarnings);
    if (columns.kind === 'stopped') {
      warnings.push(columns.message);
      tablesNotRead.push(tableId);
      continue;
    }
    const { cells, warnings: cellWarnings } = tableCells(first.rows, columns.columns);
    warnings.push(...columns.warnings, ...cellWarnings, ...missingRows(first.rows, first.heading.index + 1));
    notes.push(...columns.notes);
    for (const cell of cells) {
      record(cell.figureId, cell.reading, cell.line);
      const check = columns.checks.get(cell.column);
      if (check && extracted.get(cell.figureId)?.value !== null) addCheck(cell.figureId, check);
    }
    // A column the table does not have is asked about, figure by figure, never taken from a neighbour.
    for (const { key, check } of columns.absent) {
      for (const row of first.rows.rows) {
        const figureId = gridFigureId(tableId, row.key, key);
        if (!extracted.has(figureId)) record(figureId, { kind: 'blank' }, row.line);
        addCheck(figureId, check);
      }
    }
    for (const copy of later) {
      const copyColumns = columnsOf(copy.rows, withCategory4, new ColumnWarnings(year?.value));
      if (copyColumns.kind === 'stopped') continue;
      const copyCells = tableCells(copy.rows, copyColumns.columns).cells;
      compareCopy(
        `The table "${TABLE_NAMES[tableId]}"`,
        copy.heading.index + 1,
        copyCells.map((cell) => ({ figureId: cell.figureId, value: readingValue(cell.figureId, cell.reading), line: cell.line })),
      );
    }
  }
  warnings.push(...columnWarnings.messages());

  const recordSingle = (figureId: string, read: LocatedFigure) => {
    if (read.kind === 'found') record(figureId, read.reading, read.line);
    if (read.kind === 'ambiguous') {
      warnings.push(`Line ${read.line.lineNumber}: two numbers follow "${describeFigure(figureId)}"; we did not guess which is the figure.`);
    }
    for (const copy of read.copies ?? []) {
      compareCopy(`"${describeFigure(figureId)}"`, copy.line.lineNumber, [{ figureId, value: readingValue(figureId, copy.reading), line: copy.line }]);
    }
  };
  recordSingle('revocations', locateLabelledFigure(index, 'revocations'));
  const orders = locateOrders(index);
  warnings.push(...orders.problems);
  const [firstOrders, ...laterOrders] = orders.copies;
  for (const [figureId, read] of firstOrders ?? []) recordSingle(figureId, read);
  for (const copy of laterOrders.slice(0, MAX_LATER_COPIES)) {
    const found = [...copy].flatMap(([figureId, read]) =>
      read.kind === 'found' ? [{ figureId, value: readingValue(figureId, read.reading), line: read.line }] : [],
    );
    const firstLine = found[0]?.line.lineNumber;
    if (firstLine !== undefined) compareCopy(`The table "${TABLE_NAMES.orders}"`, firstLine, found);
  }
  recordSingle('sroBreachNotifications', locateLabelledFigure(index, 'sroBreach'));
  const rate = locateLabelledFigure(index, 'rsoPer100k');
  recordSingle('rsoPer100k', rate);

  for (const shape of byArea?.otherShapes ?? []) warnings.push(shape.why);
  for (const table of byArea?.tables ?? []) {
    for (const row of table.rows) {
      if (row.problem) warnings.push(`${row.problem}: its figures are not imported until you say which area it is (we never guess).`);
    }
    const members = area ? membersOf(areas, area.value).length : 0;
    for (const difference of sumDifferences(table, (figureId) => extracted.get(figureId)?.value, members)) {
      const what = describeFigure(difference.figureId);
      warnings.push(
        `“${what}” is ${difference.region.toLocaleString('en-GB')} for the region, but its areas in the table by area (line ${table.heading.lineNumber}) add up to ${difference.sum.toLocaleString('en-GB')}. Both are kept as published: the region’s figure is used, and the sum of its areas is set beside it.`,
      );
      addCheck(
        difference.figureId,
        `The region’s areas add up to ${difference.sum} in the table by area (line ${table.heading.lineNumber}), not ${difference.region}.`,
      );
    }
  }

  const figures = figureIds.map((figureId): ExtractedFigure => {
    const figure = extracted.get(figureId) ?? { figureId, value: null, source: null };
    const notes = checks.get(figureId);
    return notes ? { ...figure, check: notes.join(' ') } : figure;
  });
  const tablesFound = REPORT_TABLE_IDS.filter((table) => figures.some((figure) => tableOf(figure.figureId) === table && figure.value !== null));
  const tablesMissing = REPORT_TABLE_IDS.filter((table) => !tablesFound.includes(table) && !tablesNotRead.includes(table));
  const breachOfOrder = grids.find(({ tableId }) => tableId === 'breachOfOrder')?.copies[0];

  return {
    outcome: tablesFound.length === 0 && tablesNotRead.length === 0 ? 'not-a-report' : 'ok',
    message: messageFor(tablesFound, tablesMissing),
    level: place.level,
    ...(place.unknownRegion ? { unknownRegion: sourceOf(place.unknownRegion) } : {}),
    areaId: area?.value,
    areaEvidence: area ? sourceOf(area.line) : undefined,
    areaRule: area?.rule,
    year: year?.value,
    yearEvidence: year ? sourceOf(year.line) : undefined,
    yearRule: year?.rule,
    hasCategory4: withCategory4,
    figures,
    notFound: figures.filter((figure) => figure.value === null).map((figure) => figure.figureId),
    tablesFound,
    tablesMissing,
    tablesNotRead,
    orderWording: orderWordingOf(breachOfOrder?.heading),
    rateBasis: rateBasisOf(index, rate),
    warnings: capWarnings(warnings),
    byArea: byArea?.tables ?? [],
    byAreaShapes: byArea?.otherShapes ?? [],
    notes,
  };
}

/** The answer for a text refused before it is read (too long to be one report): nothing found, and why. */
export function refusedParse(message: string): ReportTextParse {
  return emptyParse(message, 'too-long');
}

function emptyParse(message: string, outcome: 'empty' | 'too-long' = 'empty'): ReportTextParse {
  const figures = reportFigureIds(categoriesOf(false)).map((figureId) => ({ figureId, value: null, source: null }));
  return {
    outcome,
    message,
    level: 'area',
    hasCategory4: false,
    figures,
    notFound: figures.map((figure) => figure.figureId),
    tablesFound: [],
    tablesMissing: [...REPORT_TABLE_IDS],
    tablesNotRead: [],
    orderWording: 'SOPO/SHPO',
    rateBasis: 'unknown',
    warnings: [],
    byArea: [],
    byAreaShapes: [],
    notes: [],
  };
}

function sourceOf(line: TextLine): SourceLine {
  return { lineNumber: line.lineNumber, text: line.text };
}

function toExtracted(
  figureId: string,
  reading: CellReading,
  line: TextLine,
  warnings: string[],
  addCheck: (figureId: string, note: string) => void,
): ExtractedFigure {
  const source = sourceOf(line);
  switch (reading.kind) {
    case 'not-applicable':
      return { figureId, value: '-', source };
    case 'blank':
      return { figureId, value: null, source };
    case 'text':
      warnings.push(`Line ${line.lineNumber}: "${describeFigure(figureId)}" reads "${reading.raw}", which is not a number; left blank.`);
      return { figureId, value: null, source };
    case 'number': {
      const problem = numberProblem(figureId, reading.value);
      if (problem) {
        warnings.push(`Line ${line.lineNumber}: "${describeFigure(figureId)}" reads ${reading.raw}, which ${problem}; left blank for you to check.`);
        return { figureId, value: null, source };
      }
      if (reading.marks) {
        warnings.push(
          `Line ${line.lineNumber}: "${describeFigure(figureId)}" reads “${reading.raw}”: we read ${reading.value}, but the number ${reading.marks}. Check this figure.`,
        );
        addCheck(figureId, `Read as ${reading.value} from “${reading.raw}”: the number ${reading.marks}.`);
      }
      return { figureId, value: reading.value, source };
    }
  }
}

/** Past this many, warnings are summed up: a damaged text can raise thousands of the same kind. */
const MAX_WARNINGS = 40;

function capWarnings(warnings: readonly string[]): string[] {
  const unique = [...new Set(warnings)];
  if (unique.length <= MAX_WARNINGS) return unique;
  return [...unique.slice(0, MAX_WARNINGS), `And ${unique.length - MAX_WARNINGS} more problems like these.`];
}

function yearConflicts(year: MappaYear, lines: readonly TextLine[]): string[] {
  for (const line of lines) {
    const fromSnapshot = snapshotYear(line.flat.slice(0, 1000));
    if (!fromSnapshot) continue;
    return fromSnapshot === year ? [] : [`The title says ${year} but line ${line.lineNumber} gives the snapshot date of ${fromSnapshot}: check the year.`];
  }
  return [];
}

function tableOf(figureId: string): ReportTableId {
  const prefix = figureId.split('.')[0] ?? '';
  if ((GRID_TABLE_IDS as string[]).includes(prefix)) return prefix as GridTableId;
  if (prefix === 'orders') return 'orders';
  if (prefix === 'sroBreachNotifications') return 'sroBreach';
  return prefix === 'rsoPer100k' ? 'rsoPer100k' : 'revocations';
}

function messageFor(found: readonly ReportTableId[], missing: readonly ReportTableId[]): string | undefined {
  if (found.length === 0) {
    return (
      "This text has no MAPPA statistics tables: we looked for 'MAPPA-eligible offenders on 31 March', " +
      "'MAPPA-eligible offenders in Levels 2 and 3', 'Level 2 and 3 offenders returned to custody', " +
      "'SHPOs … imposed by the courts' and 'Registered Sexual Offenders per 100,000 population', and found none with figures. " +
      'Paste the whole report, including its statistics section.'
    );
  }
  if (missing.length === 0) return undefined;
  const names = missing.map((table) => TABLE_NAMES[table]).join('; ');
  return `Not found in this text: ${names}. Those figures are left blank for you to enter; none was set to 0.`;
}

function rateBasisOf(index: TextIndex, rate: LocatedFigure): ReportTextParse['rateBasis'] {
  const from = rate.kind === 'found' ? rate.line : rate.headingLine;
  return from ? rateBasisAfter(index.lines, from.lineNumber - 1) : 'unknown';
}
