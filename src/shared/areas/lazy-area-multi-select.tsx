import { lazy, Suspense, type ComponentProps } from 'react';

// The area search box (and its combobox library) loads only when a view needs it.
const AreaMultiSelect = lazy(() => import('./area-multi-select').then((m) => ({ default: m.AreaMultiSelect })));

export function LazyAreaMultiSelect(props: ComponentProps<typeof AreaMultiSelect>) {
  return (
    <Suspense fallback={<p role="status">Loading the area search…</p>}>
      <AreaMultiSelect {...props} />
    </Suspense>
  );
}
