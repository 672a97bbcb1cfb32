import { sumCells, type Cell } from './cell';
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
  return tables.flatMap(([tableId, table]) => findingsForTable(tableId, table, categories, real));
}

function findingsForTable(tableId: GridTableId, table: GridTable, categories: CategoryKey[], real: (cell: Cell) => Cell): ConsistencyFinding[] {
  const findings: ConsistencyFinding[] = [];
  const levels = levelsOf(table);
  const check = (line: FindingLine, stated: Cell, parts: Cell[]) => {
    const finding = compareTotal(real(stated), parts.map(real));
    if (finding) findings.push({ table: tableId, line, ...finding });
  };

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
  const columnTotals = categories.map((c) => table.columnTotals[c] ?? ({ kind: 'missing' } as Cell));
  const alreadyFlaggedGrand = findings.some((f) => f.line.kind === 'grand-total-vs-rows');
  if (!alreadyFlaggedGrand) check({ kind: 'grand-total-vs-columns' }, table.grandTotal, columnTotals);
  return findings;
}

function compareTotal(stated: Cell, parts: Cell[]): Pick<ConsistencyFinding, 'stated' | 'computed' | 'difference'> | null {
  if (stated.kind !== 'value') return null;
  const sum = sumCells(parts);
  if (sum.unknownParts > 0) return null;
  if (sum.valueParts === 0) return null;
  if (sum.total === stated.value) return null;
  return { stated: stated.value, computed: sum.total, difference: stated.value - sum.total };
}

export function describeFindingLine(finding: ConsistencyFinding): string {
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

const numberFormat = new Intl.NumberFormat('en-GB');

/** "Published total 5,432; the figures add up to 5,433." */
export function describeFinding(finding: ConsistencyFinding): string {
  return `Published total ${numberFormat.format(finding.stated)}; the figures add up to ${numberFormat.format(finding.computed)}.`;
}
