import { useEffect, useRef } from 'react';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useViewStore } from './view-store';

/**
 * A view's main heading. It names the browser tab, and after a move between views it takes
 * focus, so screen-reader and keyboard users land on the new content, not back at the menu.
 */
export function PageHeading({ id, children }: { id: string; children: string }) {
  useDocumentTitle(children);
  const navigations = useViewStore((store) => store.navigations);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (navigations > 0) heading.current?.focus({ preventScroll: false });
  }, [navigations]);
  return (
    <h1 id={id} ref={heading} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
