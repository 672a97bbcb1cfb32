import { z } from '../../lib/zod';
import type { Cell } from './cell';
import { mappaYearSchema, provenanceSchema } from './provenance';
import { hasCategory4, FIRST_CATEGORY_4_YEAR } from './years';

/**
 * Wire format of one figure, close to how reports print it:
 * a number, "-" (not applicable), null (not published), a number with its own source,
 * or the competing claims of sources that disagree.
 */
function wireCellSchema(number: z.ZodNumber) {
  return z
    .union(
      [
        number,
        z.literal('-'),
        z.null(),
        z.object({ value: number, source: provenanceSchema }).strict(),
        z.object({ disputed: z.array(z.object({ value: number, source: provenanceSchema }).strict()).min(2) }).strict(),
      ],
      { error: 'Must be a number, "-" (not applicable) or null (not published)' },
    )
    .transform((wire): Cell => {
      if (wire === null) return { kind: 'missing' };
      if (wire === '-') return { kind: 'not-applicable' };
      if (typeof wire === 'number') return { kind: 'value', value: wire };
      if ('disputed' in wire) return { kind: 'disputed', claims: wire.disputed };
      return { kind: 'value', value: wire.value, source: wire.source };
    });
}

const countNumber = z
  .number({ message: 'Counts must be numbers' })
  .int({ message: 'Counts must be whole numbers' })
  .nonnegative({ message: 'Counts cannot be negative' })
  .max(10_000_000, { message: 'Count is impossibly large' });

const rateNumber = z
  .number({ message: 'Rates must be numbers' })
  .nonnegative({ message: 'Rates cannot be negative' })
  .max(100_000, { message: 'A rate per 100,000 cannot exceed 100,000' });

export const countCellSchema = wireCellSchema(countNumber);
export const rateCellSchema = wireCellSchema(rateNumber);

export const LEVELS = ['level1', 'level2', 'level3'] as const;
export const LEVELS_2_AND_3 = ['level2', 'level3'] as const;
export const CATEGORIES = ['category1', 'category2', 'category3', 'category4'] as const;
export type LevelKey = (typeof LEVELS)[number];
export type CategoryKey = (typeof CATEGORIES)[number];

const categoryRowSchema = z
  .object({
    category1: countCellSchema,
    category2: countCellSchema,
    category3: countCellSchema,
    category4: countCellSchema.optional(),
  })
  .strict();
export type CategoryRow = z.infer<typeof categoryRowSchema>;

function gridTableSchema<const L extends readonly LevelKey[]>(levels: L) {
  const byLevel = <T extends z.ZodType>(inner: T) => z.object(Object.fromEntries(levels.map((level) => [level, inner])) as Record<L[number], T>).strict();
  return z
    .object({
      /** Cells by level and category, as published. */
      cells: byLevel(categoryRowSchema),
      /** Row totals as the report states them (they can be wrong). */
      rowTotals: byLevel(countCellSchema),
      /** Column totals as the report states them. */
      columnTotals: categoryRowSchema,
      grandTotal: countCellSchema,
    })
    .strict();
}

const snapshotSchema = gridTableSchema(LEVELS);
const level23Schema = gridTableSchema(LEVELS_2_AND_3);

export type SnapshotTable = z.infer<typeof snapshotSchema>;
export type Level23Table = z.infer<typeof level23Schema>;
export type GridTable = SnapshotTable | Level23Table;

export const reportSchema = z
  .object({
    areaId: z.string().regex(/^[a-z0-9-]+$/, { message: 'Area id must be a lower-case slug' }),
    year: mappaYearSchema,
    provenance: provenanceSchema,
    /** Offenders by level and category on 31 March (a snapshot). */
    snapshot: snapshotSchema,
    /** Offenders managed at levels 2 and 3 at any time in the year. */
    level23Yearly: level23Schema,
    /** Registered sexual offenders whose lifetime notification was revoked on application. */
    revocations: countCellSchema,
    orders: z
      .object({
        shpo: countCellSchema,
        shpoForeignTravel: countCellSchema,
        notificationOrders: countCellSchema,
      })
      .strict(),
    /** People who became subject to notification after breaching a Sexual Risk Order. */
    sroBreachNotifications: countCellSchema,
    returnedToCustody: z
      .object({
        breachOfLicence: level23Schema,
        /** Breach of SOPO/SHPO: only category 1 can apply; other categories are "-". */
        breachOfOrder: level23Schema,
        orderWording: z.enum(['SOPO', 'SHPO', 'SOPO/SHPO']).default('SOPO/SHPO'),
      })
      .strict(),
    rsoPer100k: z
      .object({
        rate: rateCellSchema,
        populationBasis: z.enum(['census-2021', 'mid-year-estimate', 'unknown']),
      })
      .strict(),
  })
  .strict()
  .superRefine((report, ctx) => {
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
  });

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
