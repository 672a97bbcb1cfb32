import { z } from '../lib/zod';
import { isMappaYear, type MappaYear } from './years';

export const mappaYearSchema = z.pipe(
  z.string().check(z.refine(isMappaYear, { error: 'Year must look like 2021-22 (two consecutive years)' })),
  z.transform((year) => year as MappaYear),
);

/** Source links are shown as links, so only web addresses: never javascript: or data:. */
const webAddress = z.url({ protocol: /^https?$/, error: 'Source links must be http or https web addresses' });
const text = () => z.string().check(z.minLength(1));

/** Where a figure comes from. Every record has one; a figure may carry its own. */
export const provenanceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('published-report'),
    title: text(),
    year: mappaYearSchema,
    url: z.optional(webAddress),
  }),
  z.object({
    kind: z.literal('published-press'),
    url: webAddress,
    title: text(),
    quote: text(),
  }),
  z.object({
    kind: z.literal('illustrative'),
    method: text(),
  }),
  z.object({
    kind: z.literal('imported'),
    fileName: text(),
    importedAt: text(),
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
