import { z } from '../lib/zod';

export const NATIONAL_ID = 'england-and-wales';

export const areaSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: z.string().check(z.minLength(1)),
  /** ONS region, or Wales; null for England and Wales as a whole. */
  region: z.nullable(z.string().check(z.minLength(1))),
  nation: z.enum(['England', 'Wales', 'England and Wales']),
  metropolitan: z.boolean(),
  kind: z.enum(['area', 'national']),
});

export type Area = z.infer<typeof areaSchema>;

export const areasResponseSchema = z.object({ areas: z.array(areaSchema).check(z.minLength(1)) });
