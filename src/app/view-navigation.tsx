import { useContext, useEffect, useRef, useState } from 'react';
import { InPageShell } from './in-page-shell';
import { useViewStore } from '../shared/view/view-store';
import { ViewLink } from './nav-link';
import { VIEWS } from './view-registry';

/**
 * The menu of views: every registered view, in the registry's order, under its navigation label.
 * On a narrow screen the list folds behind a Menu button (styles/navigation.css), so the chart
 * starts in the first screen; the list opens in the page's flow, never over it, so nothing it
 * shows hides a focused element. Escape closes it and returns to the button; so does choosing a view.
 */
export function ViewNavigation() {
  const current = useViewStore((store) => store.view.view);
  const inPageShell = useContext(InPageShell);
  const [open, setOpen] = useState(false);
  const [openedOn, setOpenedOn] = useState(current);
  if (openedOn !== current) {
    setOpenedOn(current);
    setOpen(false);
  }
  const nav = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !(event.target instanceof Node) || !nav.current?.contains(event.target)) return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <nav className="view-nav" aria-label="Views" ref={nav}>
      <div className="container">
        {inPageShell ? (
          // Before the JavaScript arrives (or without it), the Menu is a link that opens the list by :target.
          <a className="nav-toggle" href="#view-nav-list">
            <span className="nav-toggle-icon" aria-hidden="true" />
            Menu
          </a>
        ) : (
          <button ref={button} type="button" className="nav-toggle" aria-expanded={open} aria-controls="view-nav-list" onClick={() => setOpen(!open)}>
            <span className="nav-toggle-icon" aria-hidden="true" />
            Menu
          </button>
        )}
        <ul id="view-nav-list" className={open ? 'open' : undefined}>
          {VIEWS.map((item) => (
            <li key={item.id}>
              <ViewLink patch={{ view: item.id }} current={current === item.id}>
                {item.navLabel}
              </ViewLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
