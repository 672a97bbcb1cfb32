import type { Cell, DisputedClaim } from '../../domain/cell';
import type { Provenance } from '../../domain/provenance';
import { formatNumber } from '../../lib/format';
import { areaYearKey } from '../common/area-year-key';
import { describeFigure } from '../common/figure-values';
import { LEAVE_OUT, questionId, settledAnswer, type IngestAnswers, type IngestQuestion, type SourcePlace } from '../common/question';

/** A real value one source gives for a figure: a number or "-" (not applicable). Not published is no claim. */
export type ClaimValue = number | '-';

/** One source's value for one figure of one area-year. */
export interface FigureClaim {
  value: ClaimValue;
  /** The source the served figure cites. */
  source: Provenance;
  /** Where it was read; undefined for a figure held already (the embedded data). */
  where: SourcePlace | undefined;
  /** "seed.pdf, page 3, line 40", or "held: West Midlands MAPPA Annual Report 2021-22". */
  label: string;
}

/** The answer that keeps every value, each citing its source, as a dispute (only for numbers). */
export const SHOW_DISPUTED = 'disputed';

/** "5432" or "-": a value as an answer names it. */
export function claimAnswer(value: ClaimValue): string {
  return value === '-' ? '-' : String(value);
}

function claimWords(value: ClaimValue): string {
  return value === '-' ? '“-” (not applicable)' : formatNumber(value);
}

/** The values the claims give, each once, in the order first given. */
export function distinctValues(claims: readonly FigureClaim[]): ClaimValue[] {
  return [...new Set(claims.map((claim) => claimAnswer(claim.value)))].map((answer) => (answer === '-' ? '-' : Number(answer)));
}

/**
 * The question sources raise when they give one figure different values: which to publish, or
 * all as disputed (each citing its source), or none. Undefined when they agree. Its id names the
 * area-year and the figure, so an answer still stands when another file is added.
 */
export function differingFigureQuestion(
  place: { areaId: string; areaName: string; year: string },
  figureId: string,
  claims: readonly FigureClaim[],
): IngestQuestion | undefined {
  const values = distinctValues(claims);
  if (values.length < 2) return undefined;
  const choices = values.map((value) => ({
    value: claimAnswer(value),
    label: `${claimWords(value)}: ${claims
      .filter((claim) => claimAnswer(claim.value) === claimAnswer(value))
      .map((claim) => claim.label)
      .join('; ')}`,
  }));
  const numbersOnly = values.every((value) => value !== '-');
  const first = claims.find((claim) => claim.where) ?? claims[0];
  return {
    id: questionId('figure-differs', areaYearKey(place.areaId, place.year), figureId),
    kind: 'figure-differs',
    what: `Which value of ${describeFigure(figureId)} for ${place.areaName} ${place.year} is right?`,
    why: `The sources give ${values.length} different values (each choice names its sources). Nothing is published for it until you choose.`,
    where: first?.where ?? { file: first?.label ?? '' },
    figureId,
    choices: [
      ...choices,
      ...(numbersOnly ? [{ value: SHOW_DISPUTED, label: 'Publish every value as disputed, each citing its source' }] : []),
      { value: LEAVE_OUT, label: 'Publish none of them: the figure shows as not published' },
    ],
    settled: false,
  };
}

/** What is published for a figure the sources disagree on, once answered; undefined while the question is open. */
export function differingFigureCell(question: IngestQuestion, claims: readonly FigureClaim[], answers: IngestAnswers): Cell | undefined {
  const answer = settledAnswer(question, answers);
  if (answer === undefined) return undefined;
  if (answer === LEAVE_OUT) return { kind: 'missing' };
  if (answer === SHOW_DISPUTED) {
    const disputed: DisputedClaim[] = [];
    for (const value of distinctValues(claims)) {
      const [chosen, ...also] = claims.filter((claim) => claimAnswer(claim.value) === claimAnswer(value));
      if (!chosen || value === '-') continue;
      const alsoQuotedBy = also.map((claim) => claim.source).filter((source) => JSON.stringify(source) !== JSON.stringify(chosen.source));
      disputed.push({ value, source: chosen.source, ...(alsoQuotedBy.length > 0 ? { alsoQuotedBy } : {}) });
    }
    return { kind: 'disputed', claims: disputed };
  }
  const chosen = claims.find((claim) => claimAnswer(claim.value) === answer);
  if (!chosen) return undefined;
  return chosen.value === '-' ? { kind: 'not-applicable' } : { kind: 'value', value: chosen.value, source: chosen.source };
}

/**
 * The real claims of a cell held already (a value with its source, every claim of a dispute, a
 * "-" of a real report), labelled as held. An illustrative stand-in claims nothing.
 */
export function heldClaims(cell: Cell, recordProvenance: Provenance, label: (source: Provenance) => string): FigureClaim[] {
  return cellClaims(cell, recordProvenance, label).filter((claim) => claim.source.kind !== 'illustrative');
}

function cellClaims(cell: Cell, recordProvenance: Provenance, label: (source: Provenance) => string): FigureClaim[] {
  switch (cell.kind) {
    case 'value': {
      const source = cell.source ?? recordProvenance;
      return [{ value: cell.value, source, where: undefined, label: label(source) }];
    }
    case 'disputed':
      return cell.claims.map((claim) => ({ value: claim.value, source: claim.source, where: undefined, label: label(claim.source) }));
    case 'not-applicable':
      return [{ value: '-', source: recordProvenance, where: undefined, label: label(recordProvenance) }];
    case 'missing':
      return [];
  }
}
