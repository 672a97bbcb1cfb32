import type { IngestQuestion } from '../../../ingest/common/question';
import type { TableLocation } from '../../../ingest/spreadsheet/find-table';
import { QuestionSelect } from '../question-select';

interface TableStepProps {
  idPrefix: string;
  sheetName: string;
  table: TableLocation;
  /** Which row holds the headings, with the evidence for the one found. */
  headerQuestion: IngestQuestion;
  onHeaderRow: (row: number) => void;
  /** Which column names the areas. */
  question: IngestQuestion;
  areaColumn: number | undefined;
  onAreaColumn: (column: number) => void;
}

const LISTED = 8;

/** What was found above the table (its title and notes), which row holds its headings and why, and which column names the areas. */
export function TableStep({ idPrefix, sheetName, table, headerQuestion, onHeaderRow, question, areaColumn, onAreaColumn }: TableStepProps) {
  return (
    <>
      <h4>Title and notes above the table</h4>
      {table.titleLines.length > 0 ? (
        <ul className="spreadsheet-lines">
          {table.titleLines.map((line, index) => (
            <li key={`${index}-${line}`}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>The sheet has no title or note lines above the table.</p>
      )}
      <p>
        The table’s headings are in row {table.headerRow + 1} of “{sheetName}”
        {table.bandRow !== undefined ? `, under the grouping headings of row ${table.bandRow + 1}` : ''}. It has {table.rows.length}{' '}
        {table.rows.length === 1 ? 'row' : 'rows'} of figures.
      </p>
      <QuestionSelect id={`${idPrefix}-header-row`} question={headerQuestion} value={String(table.headerRow)} onChange={(row) => onHeaderRow(Number(row))} />
      {table.warnings.length > 0 && (
        <div className="warning" role="note">
          <p className="warning-title">Please check</p>
          <ul>
            {table.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      <QuestionSelect
        id={`${idPrefix}-area-column`}
        question={question}
        value={areaColumn === undefined ? '' : String(areaColumn)}
        empty={areaColumn === undefined ? 'Choose a column' : undefined}
        onChange={(column) => onAreaColumn(Number(column))}
      />
      {table.skippedRows.length > 0 && (
        <>
          <h4>Rows in the table that are not read</h4>
          <p className="hint">They have no area name, or a note and no figures.</p>
          <ul className="spreadsheet-lines">
            {table.skippedRows.slice(0, LISTED).map((row) => (
              <li key={row.row}>
                Row {row.row + 1}: {row.text === '' ? '(no text)' : `“${row.text}”`}
              </li>
            ))}
            {table.skippedRows.length > LISTED && <li>and {table.skippedRows.length - LISTED} more</li>}
          </ul>
        </>
      )}
    </>
  );
}
