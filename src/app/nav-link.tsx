import { pagePath } from '../lib/page-path';
import type { MouseEvent, ReactNode } from 'react';
import { serialiseViewState, type ViewState } from '../shared/view/view-state';
import { useViewStore } from '../shared/view/view-store';

/** A real link to another view (it opens in a new tab too), handled in place when clicked. */
export function ViewLink({ patch, children, current }: { patch: Partial<ViewState>; children: ReactNode; current?: boolean }) {
  const view = useViewStore((store) => store.view);
  const update = useViewStore((store) => store.update);
  const href = `${pagePath()}${serialiseViewState({ ...view, ...patch })}`;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    update(patch);
  };
  return (
    <a href={href} onClick={onClick} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}
