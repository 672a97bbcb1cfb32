import { z } from '../../lib/zod';

export const NATIONAL_ID = 'england-and-wales';

export const areaSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    /** ONS region, or Wales; null for England and Wales as a whole. */
    region: z.string().min(1).nullable(),
    nation: z.enum(['England', 'Wales', 'England and Wales']),
    metropolitan: z.boolean(),
    kind: z.enum(['area', 'national']),
  })
  .strict();

export type Area = z.infer<typeof areaSchema>;

export const areasResponseSchema = z.object({ areas: z.array(areaSchema).min(1) });
