import { z } from '../lib/zod';
import type { Cell } from './cell';
import { mappaYearSchema, provenanceSchema, type Provenance } from './provenance';
import { hasCategory4, FIRST_CATEGORY_4_YEAR } from './years';

/**
 * Wire format of one figure, close to how reports print it:
 * a number, "-" (not applicable), null (not published), a number with its own source, a real
 * source's "not published" symbol with where it says so, or the competing claims of sources that disagree.
 */
function wireCellSchema(number: z.ZodMiniNumber) {
  return z.pipe(
    z.union(
      [
        number,
        z.literal('-'),
        z.null(),
        z.strictObject({ value: number, source: provenanceSchema, alsoQuotedBy: z.optional(z.array(provenanceSchema)) }),
        z.strictObject({
          notPublished: z.strictObject({
            source: provenanceSchema,
            symbol: z.enum(['[x]', '[c]', '[w]']),
            cell: z.string().check(z.minLength(1)),
          }),
        }),
        z.strictObject({
          disputed: z
            .array(z.strictObject({ value: number, source: provenanceSchema, alsoQuotedBy: z.optional(z.array(provenanceSchema)) }))
            .check(z.minLength(2)),
        }),
      ],
      { error: 'Must be a number, "-" (not applicable) or null (not published)' },
    ),
    z.transform((wire): Cell => {
      if (wire === null) return { kind: 'missing' };
      if (wire === '-') return { kind: 'not-applicable' };
      if (typeof wire === 'number') return { kind: 'value', value: wire };
      if ('notPublished' in wire) return { kind: 'missing', notPublishedBy: wire.notPublished };
      if ('disputed' in wire) return { kind: 'disputed', claims: wire.disputed.map(withoutEmptyAlso) };
      return { kind: 'value', ...withoutEmptyAlso(wire) };
    }),
  );
}

/** Keeps "alsoQuotedBy" only where it names someone, so cells compare equal however they were written. */
function withoutEmptyAlso<T extends { value: number; source: Provenance; alsoQuotedBy?: Provenance[] | undefined }>(
  claim: T,
): { value: number; source: Provenance; alsoQuotedBy?: Provenance[] } {
  return claim.alsoQuotedBy && claim.alsoQuotedBy.length > 0
    ? { value: claim.value, source: claim.source, alsoQuotedBy: claim.alsoQuotedBy }
    : { value: claim.value, source: claim.source };
}

const countNumber = z
  .number({ error: 'Counts must be numbers' })
  .check(
    z.refine(Number.isInteger, { error: 'Counts must be whole numbers' }),
    z.nonnegative({ error: 'Counts cannot be negative' }),
    z.maximum(10_000_000, { error: 'Count is impossibly large' }),
  );

const rateNumber = z
  .number({ error: 'Rates must be numbers' })
  .check(z.nonnegative({ error: 'Rates cannot be negative' }), z.maximum(100_000, { error: 'A rate per 100,000 cannot exceed 100,000' }));

export const countCellSchema = wireCellSchema(countNumber);
export const rateCellSchema = wireCellSchema(rateNumber);

export const LEVELS = ['level1', 'level2', 'level3'] as const;
export const LEVELS_2_AND_3 = ['level2', 'level3'] as const;
export const CATEGORIES = ['category1', 'category2', 'category3', 'category4'] as const;
export type LevelKey = (typeof LEVELS)[number];
export type CategoryKey = (typeof CATEGORIES)[number];

const categoryRowSchema = z.strictObject({
  category1: countCellSchema,
  category2: countCellSchema,
  category3: countCellSchema,
  category4: z.optional(countCellSchema),
});
export type CategoryRow = z.infer<typeof categoryRowSchema>;

function gridTableSchema<const L extends readonly LevelKey[]>(levels: L) {
  const byLevel = <T extends z.ZodMiniType>(inner: T) => z.strictObject(Object.fromEntries(levels.map((level) => [level, inner])) as Record<L[number], T>);
  return z.strictObject({
    /** Cells by level and category, as published. */
    cells: byLevel(categoryRowSchema),
    /** Row totals as the report states them (they can be wrong). */
    rowTotals: byLevel(countCellSchema),
    /** Column totals as the report states them. */
    columnTotals: categoryRowSchema,
    grandTotal: countCellSchema,
  });
}

const snapshotSchema = gridTableSchema(LEVELS);
const level23Schema = gridTableSchema(LEVELS_2_AND_3);

export type SnapshotTable = z.infer<typeof snapshotSchema>;
export type Level23Table = z.infer<typeof level23Schema>;
export type GridTable = SnapshotTable | Level23Table;

export const reportSchema = z
  .strictObject({
    areaId: z.string().check(z.regex(/^[a-z0-9-]+$/, { error: 'Area id must be a lower-case slug' })),
    year: mappaYearSchema,
    provenance: provenanceSchema,
    /** Offenders by level and category on 31 March (a snapshot). */
    snapshot: snapshotSchema,
    /** Offenders managed at levels 2 and 3 at any time in the year. */
    level23Yearly: level23Schema,
    /** Registered sexual offenders whose lifetime notification was revoked on application. */
    revocations: countCellSchema,
    orders: z.strictObject({
      shpo: countCellSchema,
      shpoForeignTravel: countCellSchema,
      notificationOrders: countCellSchema,
    }),
    /** People who became subject to notification after breaching a Sexual Risk Order. */
    sroBreachNotifications: countCellSchema,
    returnedToCustody: z.strictObject({
      breachOfLicence: level23Schema,
      /** Breach of SOPO/SHPO: only category 1 can apply; other categories are "-". */
      breachOfOrder: level23Schema,
      orderWording: z._default(z.enum(['SOPO', 'SHPO', 'SOPO/SHPO']), 'SOPO/SHPO'),
    }),
    rsoPer100k: z.strictObject({
      rate: rateCellSchema,
      populationBasis: z.enum(['census-2021', 'mid-year-estimate', 'unknown']),
    }),
  })
  .check(
    z.superRefine((report, ctx) => {
      const category4Allowed = hasCategory4(report.year);
      for (const [path, row] of categoryRowsOf(report)) {
        if (!category4Allowed && row.category4 !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'category4'],
            message: `Category 4 did not exist before ${FIRST_CATEGORY_4_YEAR}; ${report.year} cannot have it`,
          });
        }
      }
      if (claimsSumOfAreas(report)) {
        ctx.addIssue({
          code: 'custom',
          path: ['provenance'],
          message: 'A sum of areas is calculated here from the areas\u2019 own figures; a record cannot bring one',
        });
      }
    }),
  );

/** Whether any source in a record (its own, or a figure's) is a sum of areas, which only the app makes. */
function claimsSumOfAreas(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(claimsSumOfAreas);
  if (typeof value !== 'object' || value === null) return false;
  if ((value as { kind?: unknown }).kind === 'sum-of-areas') return true;
  return Object.values(value).some(claimsSumOfAreas);
}

export type AreaYearReport = z.infer<typeof reportSchema>;
export type ReportWire = z.input<typeof reportSchema>;

function* categoryRowsOf(report: AreaYearReport): Generator<[string[], CategoryRow]> {
  const tables: [string[], GridTable][] = [
    [['snapshot'], report.snapshot],
    [['level23Yearly'], report.level23Yearly],
    [['returnedToCustody', 'breachOfLicence'], report.returnedToCustody.breachOfLicence],
    [['returnedToCustody', 'breachOfOrder'], report.returnedToCustody.breachOfOrder],
  ];
  for (const [path, table] of tables) {
    for (const [level, row] of Object.entries(table.cells) as [string, CategoryRow][]) {
      yield [[...path, 'cells', level], row];
    }
    yield [[...path, 'columnTotals'], table.columnTotals];
  }
}

/** The categories a table of this year has: 1–3, plus 4 from 2022-23. */
export function categoriesFor(year: AreaYearReport['year']): CategoryKey[] {
  return hasCategory4(year) ? [...CATEGORIES] : ['category1', 'category2', 'category3'];
}

export function levelsOf(table: GridTable): LevelKey[] {
  return Object.keys(table.cells) as LevelKey[];
}

export function cellOf(row: CategoryRow, category: CategoryKey): Cell {
  return row[category] ?? { kind: 'missing' };
}

export function tableCell(table: GridTable, level: LevelKey, category: CategoryKey): Cell {
  const row = (table.cells as Partial<Record<LevelKey, CategoryRow>>)[level];
  return row ? cellOf(row, category) : { kind: 'missing' };
}

export function rowTotal(table: GridTable, level: LevelKey): Cell {
  return (table.rowTotals as Partial<Record<LevelKey, Cell>>)[level] ?? { kind: 'missing' };
}
