import type { Area } from '../../domain/area';
import type { RecordError } from '../../domain/record-error';

/** Records the data service sent that failed validation: named, so nobody mistakes them for gaps. */
export function RecordErrorsNote({ errors, areas }: { errors: RecordError[]; areas: Area[] }) {
  if (errors.length === 0) return null;
  const name = (id: string | undefined) => areas.find((a) => a.id === id)?.name ?? id ?? 'an unnamed area';
  return (
    <div className="warning" role="note">
      <p className="warning-title">
        <span aria-hidden="true">⚠ </span>Data error: {errors.length === 1 ? 'one record was' : `${errors.length} records were`} not shown
      </p>
      <ul>
        {errors.map((error, index) => (
          <li key={`${error.areaId}-${error.year}-${index}`}>
            <strong>
              {name(error.areaId)}
              {error.year ? ` ${error.year}` : ''}:
            </strong>{' '}
            the data service sent figures that cannot be right ({error.message}).
          </li>
        ))}
      </ul>
    </div>
  );
}
