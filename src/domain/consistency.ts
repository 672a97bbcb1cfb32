import { lazily } from '../lib/lazily';
import { sumCells, type Cell } from './cell';
import type { MeasureId } from './measures';
import { TABLE_LABELS, LEVEL_LABELS, CATEGORY_SHORT_LABELS, type GridTableId } from './labels';
import { categoriesFor, levelsOf, rowTotal, tableCell, type AreaYearReport, type CategoryKey, type GridTable, type LevelKey } from './report-schema';

export type FindingLine =
  { kind: 'row'; level: LevelKey } | { kind: 'column'; category: CategoryKey } | { kind: 'grand-total-vs-rows' } | { kind: 'grand-total-vs-columns' };

/** A stated (published) total that differs from the sum of its published parts. */
export interface ConsistencyFinding {
  table: GridTableId;
  line: FindingLine;
  stated: number;
  computed: number;
  difference: number;
}

const numberFormat = lazily(() => new Intl.NumberFormat('en-GB'));

// Reports are immutable once parsed: every chart redraw asks again for the same report's findings.
const findingsOfReport = new WeakMap<AreaYearReport, readonly ConsistencyFinding[]>();

/**
 * Compare each stated total with the sum of its parts. A total is only judged when every part
 * is known ("-" counts as nothing) and real: a finding is a claim about a published report, so a
 * synthetic (illustrative) total or part is treated as unknown and never yields one.
 */
export function findInconsistentTotals(report: AreaYearReport): readonly ConsistencyFinding[] {
  let findings = findingsOfReport.get(report);
  if (!findings) {
    findings = inconsistentTotals(report);
    findingsOfReport.set(report, findings);
  }
  return findings;
}

const UNJUDGED_SOURCES: ReadonlySet<string> = new Set(['illustrative', 'sum-of-areas']);

function inconsistentTotals(report: AreaYearReport): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  eachStatedTotal(report, (table, line, stated, parts) => {
    // The overall total is set against the category totals only where the level totals did not already disagree.
    if (line.kind === 'grand-total-vs-columns' && findings.some((f) => f.table === table && f.line.kind === 'grand-total-vs-rows')) return;
    const finding = compareTotal(stated, parts);
    if (finding) findings.push({ table, line, ...finding });
  });
  return findings;
}

/** One stated total of a grid table: a level's row total, a category's column total, or the overall total. */
export type StatedTotal = { kind: 'row'; level: LevelKey } | { kind: 'column'; category: CategoryKey } | { kind: 'overall' };

/**
 * The findings on one stated total of a report's table (none where it adds up or cannot be
 * checked): what a chart row that shows, or divides by, that total must carry as its warning.
 */
export function findingsOnTotal(report: AreaYearReport, table: GridTableId, total: StatedTotal): ConsistencyFinding[] {
  return findInconsistentTotals(report).filter((finding) => finding.table === table && lineIsTotal(finding.line, total));
}

/**
 * The findings on the stated totals a measure shows or is calculated from (a share of the overall
 * total, a rate of a category's total): the warning every figure of that measure carries.
 */
export function findingsOnMeasure(report: AreaYearReport, measureId: MeasureId): ConsistencyFinding[] {
  return findInconsistentTotals(report).filter((finding) => measureShows(measureId, finding));
}

/** Which stated totals a measure shows, or is calculated from. */
function measureShows(measureId: MeasureId, finding: ConsistencyFinding): boolean {
  const { table, line } = finding;
  const grand = line.kind === 'grand-total-vs-rows' || line.kind === 'grand-total-vs-columns';
  switch (measureId) {
    case 'total':
      return table === 'snapshot' && grand;
    case 'category1':
    case 'category2':
    case 'category3':
    case 'category4':
      return table === 'snapshot' && line.kind === 'column' && line.category === measureId;
    case 'level1':
    case 'level2':
    case 'level3':
      return table === 'snapshot' && line.kind === 'row' && line.level === measureId;
    case 'level23Share':
      return table === 'snapshot' && (grand || (line.kind === 'row' && line.level !== 'level1'));
    case 'level23Yearly':
      return table === 'level23Yearly' && grand;
    case 'breachOfLicence':
      return table === 'breachOfLicence' && grand;
    case 'breachOfLicenceRate':
      return (table === 'breachOfLicence' || table === 'level23Yearly') && grand;
    case 'breachOfOrder':
      return table === 'breachOfOrder' && grand;
    default:
      return false;
  }
}

function lineIsTotal(line: FindingLine, total: StatedTotal): boolean {
  switch (total.kind) {
    case 'row':
      return line.kind === 'row' && line.level === total.level;
    case 'column':
      return line.kind === 'column' && line.category === total.category;
    case 'overall':
      return line.kind === 'grand-total-vs-rows' || line.kind === 'grand-total-vs-columns';
  }
}

/** "the Category 3 total is published as 7, but its figures add up to 8": the warning a figure carries, without its table's name. */
export function describeTotalWarning(finding: ConsistencyFinding): string {
  return `${totalName(finding.line)} is published as ${numberFormat().format(finding.stated)}, but its figures add up to ${numberFormat().format(finding.computed)}`;
}

function totalName(line: FindingLine): string {
  switch (line.kind) {
    case 'row':
      return `the ${LEVEL_LABELS[line.level]} total`;
    case 'column':
      return `the ${CATEGORY_SHORT_LABELS[line.category]} total`;
    case 'grand-total-vs-rows':
      return 'the overall total (against the level totals)';
    case 'grand-total-vs-columns':
      return 'the overall total (against the category totals)';
  }
}

/** A stated total that could not be checked, because a part it adds up is not known. */
export interface UncheckedTotal {
  table: GridTableId;
  line: FindingLine;
}

/**
 * The real stated totals that cannot be checked because a part is missing (not published, not
 * given, or synthetic): the totals check says so rather than going quiet.
 */
export function uncheckedTotals(report: AreaYearReport): UncheckedTotal[] {
  const unchecked: UncheckedTotal[] = [];
  eachStatedTotal(report, (table, line, stated, parts) => {
    if (stated.kind === 'value' && sumCells(parts).unknownParts > 0) unchecked.push({ table, line });
  });
  return unchecked;
}

/** Every stated total of the report's grid tables with its parts, synthetic figures taken as unknown. */
function eachStatedTotal(report: AreaYearReport, visit: (table: GridTableId, line: FindingLine, stated: Cell, parts: Cell[]) => void): void {
  const tables: [GridTableId, GridTable][] = [
    ['snapshot', report.snapshot],
    ['level23Yearly', report.level23Yearly],
    ['breachOfLicence', report.returnedToCustody.breachOfLicence],
    ['breachOfOrder', report.returnedToCustody.breachOfOrder],
  ];
  const categories = categoriesFor(report.year);
  // Neither synthetic figures nor a region's sums of its areas' (calculated here, whose stated
  // totals are the sums of the areas' own) are judged: only a real table can misprint a total.
  const judged = (cell: Cell) => cell.kind !== 'value' || !UNJUDGED_SOURCES.has((cell.source ?? report.provenance).kind);
  const real = (cell: Cell): Cell => (judged(cell) ? cell : { kind: 'missing' });
  for (const [tableId, table] of tables) {
    const levels = levelsOf(table);
    const check = (line: FindingLine, stated: Cell, parts: Cell[]) => visit(tableId, line, real(stated), parts.map(real));
    for (const level of levels) {
      check(
        { kind: 'row', level },
        rowTotal(table, level),
        categories.map((c) => tableCell(table, level, c)),
      );
    }
    for (const category of categories) {
      check(
        { kind: 'column', category },
        table.columnTotals[category] ?? { kind: 'missing' },
        levels.map((level) => tableCell(table, level, category)),
      );
    }
    check(
      { kind: 'grand-total-vs-rows' },
      table.grandTotal,
      levels.map((level) => rowTotal(table, level)),
    );
    check(
      { kind: 'grand-total-vs-columns' },
      table.grandTotal,
      categories.map((c) => table.columnTotals[c] ?? ({ kind: 'missing' } as Cell)),
    );
  }
}

function compareTotal(stated: Cell, parts: Cell[]): Pick<ConsistencyFinding, 'stated' | 'computed' | 'difference'> | null {
  if (stated.kind !== 'value') return null;
  const sum = sumCells(parts);
  if (sum.unknownParts > 0) return null;
  if (sum.valueParts === 0) return null;
  if (sum.total === stated.value) return null;
  return { stated: stated.value, computed: sum.total, difference: stated.value - sum.total };
}

export function describeFindingLine(finding: Pick<ConsistencyFinding, 'table' | 'line'>): string {
  const table = TABLE_LABELS[finding.table];
  switch (finding.line.kind) {
    case 'row':
      return `${table}: ${LEVEL_LABELS[finding.line.level]} total`;
    case 'column':
      return `${table}: ${CATEGORY_SHORT_LABELS[finding.line.category]} total`;
    case 'grand-total-vs-rows':
      return `${table}: overall total against the level totals`;
    case 'grand-total-vs-columns':
      return `${table}: overall total against the category totals`;
  }
}

/** "Published total 5,432; the figures add up to 5,433." */
export function describeFinding(finding: ConsistencyFinding): string {
  return `Published total ${numberFormat().format(finding.stated)}; the figures add up to ${numberFormat().format(finding.computed)}.`;
}

/** How many unchecked totals are named before "and N more". */
const UNCHECKED_LISTED = 6;

/** What the totals check says about totals it cannot check: a title and which totals, the first few named. */
export function describeUncheckedTotals(unchecked: readonly UncheckedTotal[]): { title: string; detail: string } | undefined {
  if (unchecked.length === 0) return undefined;
  const names = unchecked.map(describeFindingLine);
  const more = names.length > UNCHECKED_LISTED ? `; and ${names.length - UNCHECKED_LISTED} more` : '';
  return {
    title: unchecked.length === 1 ? 'A published total cannot be checked' : `${unchecked.length} published totals cannot be checked`,
    detail: `A figure ${unchecked.length === 1 ? 'it adds' : 'they add'} up is empty here: ${names.slice(0, UNCHECKED_LISTED).join('; ')}${more}. Type the missing figures if the report gives them.`,
  };
}
