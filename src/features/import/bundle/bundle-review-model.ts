import type { Cell } from '../../../domain/cell';
import type { AreaYearReport } from '../../../domain/report-schema';
import { cellsById } from '../../../domain/report-cells';
import { areaYearKey } from '../../../ingest/common/area-year-key';
import type { ReadBundledImport } from '../../../ingest/bundle/data-bundle';
import { sameFigure, type HeldFigure, type HeldFigureLookup } from '../../../ingest/review/held-figures';
import { combineImports } from '../../../shared/user-data/combine-imports';
import type { SavedImport } from '../../../shared/user-data/saved-imports';
import type { BatchItem } from '../../../shared/user-data/use-saved-imports';
import { planSecondImport, type SecondImportChoice } from '../second-import';

/** The imports of a bundle for one area and year, reviewed (and, with earlier imports, chosen for) together. */
export interface BundleGroup {
  /** "kent|2021-22" */
  key: string;
  areaId: string;
  year: string;
  imports: ReadBundledImport[];
  /** What the views will show from them: several imports of one area-year are combined as saved ones are. */
  report: AreaYearReport;
  /** The figures they give, when only some. */
  given: readonly string[] | undefined;
}

/** A figure of the bundle that says something else than the figure shown here now. */
export interface DifferingFigure {
  figureId: string;
  incoming: Cell;
  held: HeldFigure;
}

function sameMoment(a: string, b: string): boolean {
  return Date.parse(a) === Date.parse(b);
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** An import saved in this browser already, exactly: same area, year, moment saved, file, figures given and record. */
function savedAlready(saved: readonly SavedImport[], item: ReadBundledImport): boolean {
  return saved.some(
    (candidate) =>
      areaYearKey(candidate.report.areaId, candidate.report.year) === areaYearKey(item.checked.areaId, item.checked.year) &&
      sameMoment(candidate.savedAt, item.savedAt) &&
      candidate.fileName === item.fileName &&
      sameList(candidate.figureIds, item.figureIds) &&
      JSON.stringify(candidate.wire) === JSON.stringify(item.report),
  );
}

/**
 * The bundle's imports by area-year, without those this browser holds already (opening the same
 * bundle twice saves nothing twice); each group with what the views will show from it.
 */
export function bundleGroups(
  imports: readonly ReadBundledImport[],
  saved: readonly SavedImport[],
): { groups: BundleGroup[]; alreadySaved: ReadBundledImport[] } {
  const alreadySaved = imports.filter((item) => savedAlready(saved, item));
  const fresh = imports.filter((item) => !alreadySaved.includes(item));
  const byKey = new Map<string, ReadBundledImport[]>();
  for (const item of fresh) {
    const key = areaYearKey(item.checked.areaId, item.checked.year);
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  const groups = [...byKey.entries()].flatMap(([key, items]): BundleGroup[] => {
    const [combined] = combineImports(items.map((item) => ({ report: item.checked, figureIds: item.figureIds, savedAt: item.savedAt })));
    const first = items[0];
    if (!combined || !first) return [];
    return [{ key, areaId: first.checked.areaId, year: first.checked.year, imports: items, report: combined, given: combined.importedFigureIds }];
  });
  return { groups, alreadySaved };
}

/**
 * Each figure a group gives that differs from the figure shown here now (served, with the saved
 * imports over it), as the spreadsheet review compares them: the reader sees what saving changes.
 */
export function differingFigures(group: BundleGroup, heldFor: (year: string) => HeldFigureLookup): DifferingFigure[] {
  const held = heldFor(group.year);
  const given = group.given ? new Set(group.given) : undefined;
  return [...cellsById(group.report)].flatMap(([figureId, incoming]) => {
    if ((given && !given.has(figureId)) || incoming.kind === 'missing') return [];
    const heldFigure = held(group.areaId, figureId);
    return heldFigure && !sameFigure(incoming, heldFigure.cell) ? [{ figureId, incoming, held: heldFigure }] : [];
  });
}

/**
 * What saving changes, as the review says it: the real figures it changes (each listed, beside
 * its status and source) and how many illustrative stand-ins it replaces (only counted).
 */
export function changesOf(differing: readonly DifferingFigure[]): { real: DifferingFigure[]; standIns: number } {
  const real = differing.filter((figure) => figure.held.status !== 'illustrative');
  return { real, standIns: differing.length - real.length };
}

/**
 * The first moment from `savedAt` on that no saved import of the area-year uses: an import keeps
 * when it was saved (which orders it among the others), and never overwrites one held here.
 */
function freeMoment(savedAt: string, takenKeys: ReadonlySet<string>, key: string): Date {
  let moment = Date.parse(savedAt);
  while (takenKeys.has(`${key}|${new Date(moment).toISOString()}`)) moment += 1;
  return new Date(moment);
}

/**
 * What saving the reviewed bundle stores: every import of each area-year the reader did not
 * cancel, with its own file and moment saved; "replace" removes the earlier imports of its area-year.
 */
export function bundleBatch(groups: readonly BundleGroup[], choices: Readonly<Record<string, SecondImportChoice>>, saved: readonly SavedImport[]): BatchItem[] {
  const taken = new Set(saved.map((item) => item.key));
  return groups.flatMap((group) => {
    const earlier = saved.filter((item) => areaYearKey(item.report.areaId, item.report.year) === group.key);
    const plan = planSecondImport(choices[group.key] ?? 'keep-both', { earlier });
    if (!plan.save) return [];
    return group.imports.map((item, index): BatchItem => {
      const savedAt = freeMoment(item.savedAt, taken, group.key);
      taken.add(`${group.key}|${savedAt.toISOString()}`);
      return { wire: item.report, figureIds: item.figureIds, removeKeys: index === 0 ? plan.remove : [], fileName: item.fileName, savedAt };
    });
  });
}
