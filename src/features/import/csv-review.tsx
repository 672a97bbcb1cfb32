import type { TidyCsvGroup } from './parse-tidy-csv';

interface CsvReviewProps {
  fileName: string;
  groups: TidyCsvGroup[];
  warnings: string[];
  servedKeys: ReadonlySet<string>;
  nameOf: (areaId: string) => string;
  onSave: () => void;
  onDiscard: () => void;
}

/** The reports found in a tidy CSV, to confirm before saving them all. */
export function CsvReview({ fileName, groups, warnings, servedKeys, nameOf, onSave, onDiscard }: CsvReviewProps) {
  return (
    <section aria-labelledby="csv-review-heading" className="review">
      <h2 id="csv-review-heading">Check the reports in {fileName}</h2>
      {warnings.length > 0 && (
        <div className="warning" role="note">
          <p className="warning-title">Rows we left out</p>
          <ul>
            {warnings.slice(0, 10).map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      <table>
        <caption>Reports found in the file</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Year</th>
            <th scope="col" className="num">
              Figures with a value
            </th>
            <th scope="col">Replaces served figures?</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={`${group.areaId}|${group.year}`}>
              <th scope="row">{nameOf(group.areaId)}</th>
              <td>{group.year}</td>
              <td className="num">{Object.values(group.figures).filter((value) => typeof value === 'number').length}</td>
              <td>{servedKeys.has(`${group.areaId}|${group.year}`) ? 'yes' : 'no'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="chart-toolbar">
        <button type="button" className="button" onClick={onSave}>
          Save {groups.length} {groups.length === 1 ? 'report' : 'reports'}
        </button>
        <button type="button" className="button-secondary" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </section>
  );
}
