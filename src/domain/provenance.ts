import { z } from '../lib/zod';
import { TRUST_LEVELS } from './trust';
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
  /**
   * A probation region's figure before 2024-25: the sum of its areas' figures, calculated here.
   * Made only by the app (shared/model/region-sums.ts); a served or imported record that claims
   * it is refused (report-schema.ts).
   */
  z.object({
    kind: z.literal('sum-of-areas'),
    /** The areas summed, by name. */
    areas: z.array(text()).check(z.minLength(1)),
    /** The weakest trust of the figures summed: the sum is no stronger. */
    weakest: z.enum(TRUST_LEVELS),
    /** Areas with no usable record that year, by name: then nothing can be summed. */
    unavailable: z.optional(z.array(text())),
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
    case 'sum-of-areas':
      return `Sum of areas, calculated here: ${provenance.areas.join(', ')}`;
  }
}

/** Why a region's summed figure cannot be calculated, in a sentence's words. */
export function whySumUnavailable(provenance: Extract<Provenance, { kind: 'sum-of-areas' }>): string {
  const unavailable = provenance.unavailable ?? [];
  return unavailable.length > 0
    ? `no usable figures are held for ${unavailable.join(', ')}, so the sum of the region's areas cannot be calculated`
    : 'a figure of one of the region\u2019s areas is not there (not published, no figure held or not applicable), so the sum cannot be calculated';
}
