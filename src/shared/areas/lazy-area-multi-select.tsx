import { Suspense, type ComponentProps } from 'react';
import { LoadBoundary, retryableLazy } from '../../lib/lazy-load';

// The area search box (and its combobox library) loads only when a view needs it.
const AreaMultiSelect = retryableLazy(() => import('./area-multi-select').then((m) => ({ default: m.AreaMultiSelect })));

export function LazyAreaMultiSelect(props: ComponentProps<typeof AreaMultiSelect>) {
  return (
    <LoadBoundary what="the area search">
      <Suspense fallback={<p role="status">Loading the area search…</p>}>
        <AreaMultiSelect {...props} />
      </Suspense>
    </LoadBoundary>
  );
}
