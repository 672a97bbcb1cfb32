import type { Area } from '../../domain/area';
import { gridFigureId } from '../../domain/figure-catalogue';
import { membersOf } from '../../domain/geography';
import { AreaNameIndex } from '../common/area-names';
import type { FigureValue } from '../common/figure-values';
import { readColumnHeaders, type ColumnKey } from './column-headers';
import { isTitleLike } from './detect-area-year';
import { readCell, splitCells } from './text-cells';
import { isBlankLine, type TextLine } from './text-lines';

/**
 * A regional report's table by area: one row per MAPPA area of the region, under a heading that
 * says "by area". The one shape read is the snapshot's totals by category ("MAPPA-eligible
 * offenders on 31 March 2025 by area", a column per category and a total, as in the area
 * reports): each row becomes that area's "Total" row of the snapshot. A table by area in any
 * other shape is asked about, never read by position.
 */

export interface ByAreaRow {
  /** The row's name as printed, and its line. */
  name: string;
  line: TextLine;
  /** The area it names; undefined when it names none of the region's areas (asked, never guessed). */
  areaId: string | undefined;
  /** Why the row's area is asked about: a name we do not know, an area of another region, a second row for the same area. */
  problem?: string;
  /** Its figures by figure id (the snapshot's "Total" row: snapshot.total.category1 … snapshot.total.total). */
  figures: { figureId: string; value: FigureValue }[];
}

export interface ByAreaTable {
  heading: TextLine;
  rows: ByAreaRow[];
  /** The table's own "Total" row, where it has one. */
  total: ByAreaRow | undefined;
}

/** A table by area that is not in the shape read: its heading, and why. */
export interface ByAreaShape {
  heading: TextLine;
  why: string;
}

export interface ByAreaReading {
  tables: ByAreaTable[];
  otherShapes: ByAreaShape[];
  /** The lines (0-based indexes) the tables by area take up: the rest of the report is read without them. */
  taken: ReadonlySet<number>;
}

const BY_AREA_HEADING = /\bby (?:MAPPA )?areas?\b/i;
const SNAPSHOT_BY_AREA = /MAPPA[ -]?eligible offenders (?:on|as at) (?:the )?31(?:st)? March/i;
const TOTAL_ROW = /^totals?\b/i;

/** Every table by area in the text, read when it is in the one shape known, else listed as another shape. */
export function readByAreaTables(lines: readonly TextLine[], areas: readonly Area[], regionId: string | undefined): ByAreaReading {
  const tables: ByAreaTable[] = [];
  const otherShapes: ByAreaShape[] = [];
  const taken = new Set<number>();
  for (let index = 0; index < lines.length; index++) {
    const heading = lines[index]!;
    if (!BY_AREA_HEADING.test(heading.flat) || !isTitleLike(heading)) continue;
    const block = blockAfter(lines, index);
    for (let at = index; at <= block.end; at++) taken.add(at);
    const read = readBlock(heading, block.lines, areas, regionId);
    if ('why' in read) otherShapes.push(read);
    else tables.push(read);
    index = block.end;
  }
  return { tables, otherShapes, taken };
}

/** The lines of the table under a heading: from the first line that is not blank to the next blank line. */
function blockAfter(lines: readonly TextLine[], headingIndex: number): { lines: TextLine[]; end: number } {
  let at = headingIndex + 1;
  while (at < lines.length && isBlankLine(lines[at]!)) at++;
  const block: TextLine[] = [];
  while (at < lines.length && !isBlankLine(lines[at]!)) block.push(lines[at++]!);
  return { lines: block, end: at - 1 };
}

function readBlock(heading: TextLine, block: readonly TextLine[], areas: readonly Area[], regionId: string | undefined): ByAreaTable | ByAreaShape {
  const where = `The table by area on line ${heading.lineNumber} (“${heading.flat.slice(0, 80)}”)`;
  if (!SNAPSHOT_BY_AREA.test(heading.flat)) {
    return {
      heading,
      why: `${where} is not one we can read: only the MAPPA-eligible offenders on 31 March by area, by category, is read. Its figures were not imported; enter them by hand if you need them.`,
    };
  }
  const [header, ...rows] = block;
  const columns = header ? readColumnHeaders([header]) : { kind: 'none' as const };
  if (columns.kind !== 'template' && columns.kind !== 'reordered') {
    const why = columns.kind === 'unmappable' ? columns.problem : 'it has no column headings';
    return { heading, why: `${where} was not read: ${why}. We never read a column its heading does not name.` };
  }
  const slots = columns.columns;
  const unnamed = slots.findIndex((slot) => slot === undefined);
  if (unnamed >= 0) {
    return { heading, why: `${where} was not read: its column ${unnamed + 1} has no heading. We never read a column its heading does not name.` };
  }
  const names = new AreaNameIndex(areas.filter((area) => area.kind === 'area'));
  const members = new Set(regionId ? membersOf(areas, regionId).map((area) => area.id) : []);
  const seen = new Set<string>();
  const read: ByAreaRow[] = [];
  for (const line of rows) {
    const [nameCell, ...valueCells] = splitCells(line.norm.trim());
    const values = valueCells.filter((cell) => cell.raw.trim() !== '');
    if (values.length !== slots.length) {
      return { heading, why: `${where} was not read: line ${line.lineNumber} has ${values.length} figures under ${slots.length} column headings.` };
    }
    const figures = values.map((cell, column) => ({ figureId: gridFigureId('snapshot', 'total', slots[column] as ColumnKey), value: valueOf(cell.raw) }));
    const name = (nameCell?.raw ?? '').trim();
    if (TOTAL_ROW.test(name)) {
      read.push({ name, line, areaId: undefined, figures });
      continue;
    }
    const areaId = names.match(name).match?.areaId;
    const problem =
      areaId === undefined
        ? `“${name}” (line ${line.lineNumber}) is not the name of a MAPPA area we know`
        : regionId && !members.has(areaId)
          ? `“${name}” (line ${line.lineNumber}) is not an area of this report’s region`
          : seen.has(areaId)
            ? `“${name}” (line ${line.lineNumber}) is a second row for the same area`
            : undefined;
    if (areaId) seen.add(areaId);
    read.push({ name, line, areaId: problem ? undefined : areaId, ...(problem ? { problem } : {}), figures });
  }
  const total = read.find((row) => TOTAL_ROW.test(row.name));
  return { heading, rows: read.filter((row) => row !== total), total };
}

function valueOf(raw: string): FigureValue {
  const cell = readCell(raw);
  if (cell.kind === 'number' && !cell.marks) return cell.value;
  return cell.kind === 'not-applicable' ? '-' : null;
}

/** A figure of the region where its areas' figures add up to something else: the region's, and the sum. */
export interface SumDifference {
  figureId: string;
  region: number;
  sum: number;
}

/**
 * The region's figures that differ from the sum of its areas in a table by area (only where
 * every area of the region has a number there: a sum with a gap checks nothing).
 */
export function sumDifferences(table: ByAreaTable, regionFigure: (figureId: string) => FigureValue | undefined, memberCount: number): SumDifference[] {
  const rows = table.rows.filter((row) => row.areaId !== undefined);
  if (rows.length !== memberCount || memberCount === 0) return [];
  const figureIds = [...new Set(rows.flatMap((row) => row.figures.map((figure) => figure.figureId)))];
  return figureIds.flatMap((figureId) => {
    const region = regionFigure(figureId);
    const values = rows.map((row) => row.figures.find((figure) => figure.figureId === figureId)?.value);
    if (typeof region !== 'number' || !values.every((value): value is number => typeof value === 'number')) return [];
    const sum = values.reduce((total, value) => total + value, 0);
    return sum === region ? [] : [{ figureId, region, sum }];
  });
}
