import { NOT_PUBLISHED_SYMBOLS, type Cell, type NotPublishedBy } from './cell';
import { resolveDispute } from './disputes';
import { describeProvenance } from './provenance';
import { formatNumber, MISSING_TEXT, NOT_APPLICABLE_TEXT } from '../lib/format';

/** Plain text for a cell, as a screen reader or a CSV reader should get it. */
export function cellText(cell: Cell, formatValue: (value: number) => string = formatNumber): string {
  switch (cell.kind) {
    case 'value':
      return formatValue(cell.value);
    case 'not-applicable':
      return NOT_APPLICABLE_TEXT;
    case 'missing':
      return cell.notPublishedBy ? notPublishedText(cell.notPublishedBy) : MISSING_TEXT;
    case 'disputed': {
      const { chosen, others } = resolveDispute(cell.claims);
      return `${formatValue(chosen.value)} (sources disagree; also published: ${others.map((claim) => formatValue(claim.value)).join(', ')})`;
    }
  }
}

/** The file, or else the citation, of the source that says it does not publish a figure. */
function sourceName(by: NotPublishedBy): string {
  return by.source.kind === 'imported' ? by.source.fileName : describeProvenance(by.source);
}

/** "not published (national-tables.ods, cell Table_2!B7: [x])": a real source's word, with where it says it. */
export function notPublishedText(by: NotPublishedBy): string {
  return `${MISSING_TEXT} (${sourceName(by)}, cell ${by.cell}: ${by.symbol})`;
}

/** "Imported from national-tables.ods, cell Table_2!B7 ([x] not available)": the citation of a real source's "not published". */
export function notPublishedSource(by: NotPublishedBy): string {
  return `${describeProvenance(by.source)}, cell ${by.cell} (${by.symbol} ${NOT_PUBLISHED_SYMBOLS[by.symbol]})`;
}
