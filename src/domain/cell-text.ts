import type { Cell } from './cell';
import { resolveDispute } from './disputes';
import { formatNumber, MISSING_TEXT, NOT_APPLICABLE_TEXT } from '../lib/format';

/** Plain text for a cell, as a screen reader or a CSV reader should get it. */
export function cellText(cell: Cell, formatValue: (value: number) => string = formatNumber): string {
  switch (cell.kind) {
    case 'value':
      return formatValue(cell.value);
    case 'not-applicable':
      return NOT_APPLICABLE_TEXT;
    case 'missing':
      return MISSING_TEXT;
    case 'disputed': {
      const { chosen, others } = resolveDispute(cell.claims);
      return `${formatValue(chosen.value)} (sources disagree; also published: ${others.map((claim) => formatValue(claim.value)).join(', ')})`;
    }
  }
}
