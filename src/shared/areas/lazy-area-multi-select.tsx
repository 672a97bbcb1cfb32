import { Suspense, useId, type ComponentProps } from 'react';
import { LoadBoundary, retryableLazy } from '../../lib/lazy-load';

// The area search box (and its combobox library) loads only when a view needs it.
const AreaMultiSelect = retryableLazy(() => import('./area-multi-select').then((m) => ({ default: m.AreaMultiSelect })));

type Props = ComponentProps<typeof AreaMultiSelect>;

export function LazyAreaMultiSelect(props: Props) {
  return (
    <LoadBoundary what="the area search">
      <Suspense fallback={<AreaSearchLoading {...props} />}>
        <AreaMultiSelect {...props} />
      </Suspense>
    </LoadBoundary>
  );
}

/**
 * While the search loads, the same label, hint, box and chosen names in the same places, so the chart
 * below does not jump down when it arrives (it loads after the chart on a slow connection).
 */
function AreaSearchLoading({ label, hint, areas, selectedIds }: Props) {
  const id = useId();
  const chosen = selectedIds.flatMap((areaId) => areas.find((area) => area.id === areaId)?.name ?? []);
  return (
    <div className="field combobox multi" aria-busy="true">
      <label htmlFor={id}>{label}</label>
      <p className="hint">
        {hint ?? 'Type to search, then press Enter to add.'} {chosen.length} chosen.
      </p>
      <div className="combobox-input">
        <input id={id} disabled placeholder="Loading the area search…" />
      </div>
      {chosen.length > 0 && (
        <ul className="chips" aria-label={`${label}: chosen`}>
          {chosen.map((name) => (
            <li key={name}>
              {name}
              <button type="button" disabled aria-label={`Remove ${name} (loading)`}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
