import { z } from '../lib/zod';

export const NATIONAL_ID = 'england-and-wales';

/** Probation region ids never collide with area ids ("west-midlands" names both): they start with this. */
export const REGION_ID_PREFIX = 'region-';

export const AREA_KINDS = ['area', 'region', 'national'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export const areaSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: z.string().check(z.minLength(1)),
  /** ONS region, or Wales, for an area; null for a probation region and for England and Wales as a whole. */
  region: z.nullable(z.string().check(z.minLength(1))),
  nation: z.enum(['England', 'Wales', 'England and Wales']),
  metropolitan: z.boolean(),
  /** A MAPPA area (42), a Probation Service region (12, each made of whole areas), or England and Wales. */
  kind: z.enum(AREA_KINDS),
  /** For an area, the id of the probation region it belongs to; absent or null for regions and England and Wales. */
  probationRegion: z.optional(z.nullable(z.string().check(z.regex(/^region-[a-z0-9-]+$/)))),
});

export type Area = z.infer<typeof areaSchema>;

export const areasResponseSchema = z.object({ areas: z.array(areaSchema).check(z.minLength(1)) });
