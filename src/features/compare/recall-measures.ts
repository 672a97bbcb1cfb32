import type { MeasureId } from '../../domain/measures';

/** The measures the recalls view offers, the first being its default. */
export const RECALL_MEASURES = ['breachOfLicence', 'breachOfLicenceRate', 'breachOfOrder'] as const satisfies readonly MeasureId[];
