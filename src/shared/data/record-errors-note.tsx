import type { ReactNode } from 'react';
import type { Area } from '../../domain/area';
import type { RecordError } from '../../domain/record-error';
import type { RefusedRecord } from '../model/year-data';

/**
 * Records the data service sent that failed validation: named, so nobody mistakes them for gaps.
 * Every view shows it through its data frame (`ViewDataState`), for every record its data refused.
 */
export function RecordErrorsNote({ errors, areas }: { errors: readonly RecordError[]; areas: readonly Area[] }) {
  if (errors.length === 0) return null;
  const name = (id: string | undefined) => (id === undefined ? 'A record naming no area we know' : (areas.find((a) => a.id === id)?.name ?? id));
  const unattributed = errors.some((error) => error.areaId === undefined);
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
      {unattributed && <p>Any area shown with no figures for that year may have them in such a record, so it is marked “data error”.</p>}
    </div>
  );
}

/**
 * Where a view has no figures for its focus area: "data error" where a refused record stands in
 * their place (`recordErrorFor`), and "no figures held" only where nothing was refused.
 */
export function NoFiguresNote({ area, year, error, children }: { area: Area; year: string; error: RefusedRecord | undefined; children?: ReactNode }) {
  return (
    <p className="empty-state">
      {error === undefined ? (
        <>
          No figures for {area.name} {year} are held here.
        </>
      ) : error.unplaced ? (
        <>
          <strong>Data error:</strong> no figures for {area.name} {year} are shown. The data service sent a record for {year} that names no area we know, and
          the figures for {area.name} may be in it (see the data-error note above).
        </>
      ) : (
        <>
          <strong>Data error:</strong> the record for {area.name} {year} that the data service sent cannot be right, so its figures are not shown (see the
          data-error note above).
        </>
      )}{' '}
      {children}
    </p>
  );
}
