import type { Cell } from '../../domain/cell';
import { formatNumber } from '../../lib/format';
import { areaYearOf, combineImports, type ImportRecord } from '../../shared/user-data/combine-imports';
import { cellsById } from '../../domain/report-cells';

/** What to do when an area and year already has an import: the user always chooses. */
export type SecondImportChoice = 'replace' | 'keep-both' | 'cancel';

export const SECOND_IMPORT_CHOICES: readonly SecondImportChoice[] = ['replace', 'keep-both', 'cancel'];

/** An earlier import as the side-by-side review shows it. */
export interface EarlierRecord extends ImportRecord {
  key: string;
  fileName: string;
}

export type FigureAgreement = 'same' | 'differs' | 'only-earlier' | 'only-new' | 'neither';

export interface SideBySideFigure {
  figureId: string;
  /** What the earlier import(s) show now ("missing" where they give nothing). */
  earlier: Cell;
  incoming: Cell;
  agreement: FigureAgreement;
}

export interface EarlierComparison<T extends EarlierRecord = EarlierRecord> {
  /** The earlier imports of this area and year, oldest first. */
  earlier: T[];
  /** Every figure of the template, earlier beside new. */
  figures: SideBySideFigure[];
  /** Figures both give, differently. */
  differing: string[];
  /** Of those, the ones keeping both shows as disputed (each value citing its import). */
  disputedIfKept: string[];
  /** Of those, the ones where one import says "-" (not applicable): keeping both shows the newer import's. */
  newerIfKept: string[];
}

/**
 * The earlier imports of the incoming import's area and year, figure by figure beside it;
 * undefined when there are none (then there is nothing to choose).
 */
export function compareWithEarlier<T extends EarlierRecord>(saved: readonly T[], incoming: ImportRecord): EarlierComparison<T> | undefined {
  const earlier = saved.filter((record) => areaYearOf(record) === areaYearOf(incoming)).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  const [shown] = combineImports(earlier);
  const [kept] = combineImports([...earlier, incoming]);
  if (!shown || !kept) return undefined;
  const earlierCells = givenCells(shown, shown.importedFigureIds);
  const incomingCells = givenCells(incoming.report, incoming.figureIds);
  const keptCells = cellsById(kept);
  const figures = [...cellsById(incoming.report).keys()].map((figureId): SideBySideFigure => {
    const before = earlierCells.get(figureId) ?? MISSING;
    const now = incomingCells.get(figureId) ?? MISSING;
    return { figureId, earlier: before, incoming: now, agreement: agreementOf(before, now) };
  });
  const differing = figures.filter((figure) => figure.agreement === 'differs').map((figure) => figure.figureId);
  const disputedIfKept = differing.filter((figureId) => keptCells.get(figureId)?.kind === 'disputed');
  return { earlier, figures, differing, disputedIfKept, newerIfKept: differing.filter((figureId) => !disputedIfKept.includes(figureId)) };
}

/** An area-year about to be saved that already has imports, with them figure by figure beside it. */
export interface Repeat<T, E extends EarlierRecord> {
  item: T;
  earlier: E[];
  comparison: EarlierComparison<E> | undefined;
}

/** The area-years of a review that already have imports: each one asks what to do with them. */
export function repeatsOf<T extends { key: string; report: ImportRecord['report'] | undefined; given: readonly string[] | undefined }, E extends EarlierRecord>(
  items: readonly T[],
  saved: readonly E[],
  importedAt: string,
): Repeat<T, E>[] {
  return items.flatMap((item) => {
    const earlier = saved.filter((record) => areaYearOf(record) === item.key);
    if (earlier.length === 0) return [];
    const comparison = item.report ? compareWithEarlier(earlier, { report: item.report, figureIds: item.given, savedAt: importedAt }) : undefined;
    return [{ item, earlier, comparison }];
  });
}

/** What saving with a choice does: whether the new import is stored, and which earlier imports are removed. */
export function planSecondImport(choice: SecondImportChoice, comparison: Pick<EarlierComparison, 'earlier'> | undefined): { save: boolean; remove: string[] } {
  switch (choice) {
    case 'cancel':
      return { save: false, remove: [] };
    case 'keep-both':
      return { save: true, remove: [] };
    case 'replace':
      return { save: true, remove: (comparison?.earlier ?? []).map((record) => record.key) };
  }
}

/** The figure as the side-by-side shows it: "5,432", "-", "not given", "7 or 9 (disputed)". */
export function sideText(cell: Cell): string {
  switch (cell.kind) {
    case 'value':
      return formatNumber(cell.value);
    case 'not-applicable':
      return '-';
    case 'missing':
      return 'not given';
    case 'disputed':
      return `${cell.claims.map((claim) => formatNumber(claim.value)).join(' or ')} (disputed)`;
  }
}

/** What "keep both" will show, in plain words, for the review. */
export function keepBothText(comparison: Pick<EarlierComparison, 'disputedIfKept' | 'newerIfKept'> | undefined, earlierCount: number): string {
  const kept = earlierCount === 1 ? 'Both imports are kept' : 'All the imports are kept';
  if (!comparison) return `${kept}. Where they give different figures, every view shows each value as disputed, naming its file.`;
  const disputed = comparison.disputedIfKept.length;
  const newer = comparison.newerIfKept.length;
  if (disputed === 0 && newer === 0) return `${kept}; they agree, so every view shows the same figures.`;
  const parts: string[] = [];
  if (disputed > 0) {
    parts.push(
      `${disputed === 1 ? 'The figure that differs is' : `The ${disputed} figures that differ are`} shown as disputed in every view, each value naming its file (the earliest import's value is used for sums).`,
    );
  }
  if (newer > 0) {
    parts.push(
      `${newer === 1 ? 'One figure is' : `${newer} figures are`} “-” (not applicable) in one import and a number in another, which cannot be shown as disputed: this import's is shown, and the earlier ${earlierCount === 1 ? 'import stays' : 'imports stay'} saved.`,
    );
  }
  return `${kept}. ${parts.join(' ')}`;
}

const MISSING: Cell = { kind: 'missing' };

function givenCells(report: ImportRecord['report'], figureIds: readonly string[] | undefined): Map<string, Cell> {
  const cells = cellsById(report);
  if (!figureIds) return cells;
  const given = new Set(figureIds);
  return new Map([...cells].filter(([figureId]) => given.has(figureId)));
}

function agreementOf(earlier: Cell, incoming: Cell): FigureAgreement {
  const before = cellKey(earlier);
  const now = cellKey(incoming);
  if (before === undefined) return now === undefined ? 'neither' : 'only-new';
  if (now === undefined) return 'only-earlier';
  return before === now ? 'same' : 'differs';
}

function cellKey(cell: Cell): string | undefined {
  switch (cell.kind) {
    case 'value':
      return String(cell.value);
    case 'not-applicable':
      return '-';
    case 'missing':
      return undefined;
    case 'disputed':
      return cell.claims.map((claim) => claim.value).join(' or ');
  }
}
