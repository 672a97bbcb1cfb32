import { useViewStore } from '../shared/view/view-store';
import { ViewLink } from './nav-link';
import { VIEWS } from './view-registry';

/** The menu of views: every registered view, in the registry's order, under its navigation label. */
export function ViewNavigation() {
  const current = useViewStore((store) => store.view.view);
  return (
    <nav className="view-nav" aria-label="Views">
      <ul className="container">
        {VIEWS.map((item) => (
          <li key={item.id}>
            <ViewLink patch={{ view: item.id }} current={current === item.id}>
              {item.navLabel}
            </ViewLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
