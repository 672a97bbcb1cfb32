import { z } from '../../lib/zod';
import { isMappaYear, type MappaYear } from './years';

export const mappaYearSchema = z
  .string()
  .refine(isMappaYear, { message: 'Year must look like 2021-22 (two consecutive years)' })
  .transform((year) => year as MappaYear);

/** Source links are shown as links, so only web addresses: never javascript: or data:. */
const webAddress = z.url({ protocol: /^https?$/, message: 'Source links must be http or https web addresses' });

/** Where a figure comes from. Every record has one; a figure may carry its own. */
export const provenanceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('published-report'),
    title: z.string().min(1),
    year: mappaYearSchema,
    url: webAddress.optional(),
  }),
  z.object({
    kind: z.literal('published-press'),
    url: webAddress,
    title: z.string().min(1),
    quote: z.string().min(1),
  }),
  z.object({
    kind: z.literal('illustrative'),
    method: z.string().min(1),
  }),
  z.object({
    kind: z.literal('imported'),
    fileName: z.string().min(1),
    importedAt: z.string().min(1),
  }),
]);

export type Provenance = z.infer<typeof provenanceSchema>;
export type ProvenanceKind = Provenance['kind'];

/** A one-line citation for source lines and CSV files. */
export function describeProvenance(provenance: Provenance): string {
  switch (provenance.kind) {
    case 'published-report':
      return provenance.title;
    case 'published-press':
      return `${provenance.title} (${provenance.url})`;
    case 'illustrative':
      return 'Illustrative value (synthetic, not a real statistic)';
    case 'imported':
      return `Imported from ${provenance.fileName}`;
  }
}
