import { resolveDispute } from '../../domain/disputes';
import type { Cell } from '../../domain/cell';
import { describeProvenance } from '../../domain/provenance';
import { cellText } from '../../domain/cell-text';
import { formatNumber, NOT_APPLICABLE_TEXT } from '../../lib/format';

interface CellDisplayProps {
  cell: Cell;
  format?: (value: number) => string;
}

/**
 * One figure in a table. "-" stays a dash (read out as "not applicable"), a missing figure
 * says "not published" (citing the source and cell where a real source says so), and disputed figures show every published value.
 */
export function CellDisplay({ cell, format = formatNumber }: CellDisplayProps) {
  switch (cell.kind) {
    case 'value':
      return (
        <>
          {format(cell.value)}
          {cell.source?.kind === 'published-press' && (
            <abbr className="source-marker" title={`Published figure: ${describeProvenance(cell.source)}`}>
              <span aria-hidden="true">†</span>
              <span className="visually-hidden"> (published in {cell.source.title})</span>
            </abbr>
          )}
        </>
      );
    case 'not-applicable':
      return (
        <span className="cell-not-applicable">
          <span aria-hidden="true">-</span>
          <span className="visually-hidden">{NOT_APPLICABLE_TEXT}</span>
        </span>
      );
    case 'missing':
      return <span className="cell-missing">{cellText(cell)}</span>;
    case 'disputed': {
      const { chosen, others } = resolveDispute(cell.claims);
      return (
        <span className="cell-disputed">
          {format(chosen.value)}{' '}
          <span className="cell-disputed-note">(sources disagree; also published: {others.map((claim) => format(claim.value)).join(', ')})</span>
        </span>
      );
    }
  }
}
