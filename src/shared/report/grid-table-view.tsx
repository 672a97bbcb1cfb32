import type { ReactNode } from 'react';
import { CellDisplay } from './cell-display';
import type { Cell } from '../../domain/cell';
import type { ConsistencyFinding, FindingLine } from '../../domain/consistency';
import { FindingsNote } from './findings-note';
import { CATEGORY_LABELS, LEVEL_LABELS } from '../../domain/labels';
import { levelsOf, rowTotal, tableCell, type CategoryKey, type GridTable } from '../../domain/report-schema';

interface GridTableViewProps {
  id: string;
  caption: ReactNode;
  table: GridTable;
  categories: CategoryKey[];
  findings: readonly ConsistencyFinding[];
  note?: ReactNode;
}

function flagged(findings: readonly ConsistencyFinding[], match: (line: FindingLine) => boolean): boolean {
  return findings.some((finding) => match(finding.line));
}

function TotalCell({ cell, isFlagged, noteId }: { cell: Cell; isFlagged: boolean; noteId: string }) {
  return (
    <td className={isFlagged ? 'num total flagged' : 'num total'}>
      <CellDisplay cell={cell} />
      {isFlagged && (
        <a href={`#${noteId}`} className="flag-marker">
          <span aria-hidden="true"> ≠</span>
          <span className="visually-hidden"> (does not match its figures: see note)</span>
        </a>
      )}
    </td>
  );
}

/** A level × category table exactly as published, stated totals included. */
export function GridTableView({ id, caption, table, categories, findings, note }: GridTableViewProps) {
  const levels = levelsOf(table);
  const noteId = `${id}-findings`;
  const grandFlagged = flagged(findings, (l) => l.kind === 'grand-total-vs-rows' || l.kind === 'grand-total-vs-columns');
  return (
    // The scrolling region carries the table's name; naming the section too would make two landmarks of one name.
    <section className="report-table">
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <table id={id}>
          <caption id={`${id}-caption`}>{caption}</caption>
          <thead>
            <tr>
              <td />
              {categories.map((category) => (
                <th scope="col" key={category} className="num">
                  {CATEGORY_LABELS[category]}
                </th>
              ))}
              <th scope="col" className="num">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {levels.map((level) => (
              <tr key={level}>
                <th scope="row">{LEVEL_LABELS[level]}</th>
                {categories.map((category) => (
                  <td key={category} className="num">
                    <CellDisplay cell={tableCell(table, level, category)} />
                  </td>
                ))}
                <TotalCell cell={rowTotal(table, level)} isFlagged={flagged(findings, (l) => l.kind === 'row' && l.level === level)} noteId={noteId} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              {categories.map((category) => (
                <TotalCell
                  key={category}
                  cell={table.columnTotals[category] ?? { kind: 'missing' }}
                  isFlagged={flagged(findings, (l) => l.kind === 'column' && l.category === category)}
                  noteId={noteId}
                />
              ))}
              <TotalCell cell={table.grandTotal} isFlagged={grandFlagged} noteId={noteId} />
            </tr>
          </tfoot>
        </table>
      </div>
      <FindingsNote findings={findings} id={noteId} />
      {note}
    </section>
  );
}
