import { create } from 'zustand';
import { pushAddress, writeWaitingAddresses } from '../../lib/address-bar';
import { DEFAULT_VIEW, parseViewState, reconcileViewState, serialiseViewState, type ViewContext, type ViewState } from './view-state';

interface ViewStore {
  view: ViewState;
  /** Notices about link parameters that were ignored. */
  notices: string[];
  /** Counts moves between views (links, Back, Forward), so the new page heading can take focus. */
  navigations: number;
  /** Change the view: a new browser history entry (written after the change is painted), so Back returns to the previous view. */
  update: (patch: Partial<ViewState>) => void;
  /** Take the view from the address bar: on first load, and on Back and Forward (a navigation). */
  readFromLocation: (isNavigation?: boolean) => void;
  /** Once areas and years are known, fix unknown ones without a new history entry. */
  reconcile: (context: ViewContext) => void;
  dismissNotices: () => void;
}

/** Extra parameters that are not view state but must survive (e.g. ?scenario= in development). */
const PASS_THROUGH = ['scenario'];

function urlFor(view: ViewState): string {
  const current = new URLSearchParams(window.location.search);
  const next = new URLSearchParams(serialiseViewState(view).slice(1));
  for (const name of PASS_THROUGH) {
    const value = current.get(name);
    if (value !== null) next.set(name, value);
  }
  const query = next.toString().replace(/%2C/g, ',');
  return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
}

export const useViewStore = create<ViewStore>()((set, get) => ({
  view: DEFAULT_VIEW,
  notices: [],
  navigations: 0,
  update: (patch) => {
    const previous = get().view;
    const view = { ...previous, ...patch };
    set({ view, notices: [], navigations: get().navigations + (view.view === previous.view ? 0 : 1) });
    pushAddress(urlFor(view));
  },
  readFromLocation: (isNavigation = false) => {
    writeWaitingAddresses();
    const parsed = parseViewState(window.location.search);
    const moved = isNavigation && parsed.state.view !== get().view.view;
    set({ view: parsed.state, notices: parsed.notices, navigations: get().navigations + (moved ? 1 : 0) });
  },
  reconcile: (context) => {
    const current = get().view;
    const reconciled = reconcileViewState(current, context);
    if (reconciled.notices.length === 0) return;
    // reconcile is idempotent, so this runs once; should a fallback ever leave the view as it was,
    // keeping the same object stops the effect that calls this from running again (no render loop).
    const unchanged = serialiseViewState(reconciled.state) === serialiseViewState(current);
    set({ view: unchanged ? current : reconciled.state, notices: [...get().notices, ...reconciled.notices] });
    if (!unchanged) {
      writeWaitingAddresses();
      window.history.replaceState(null, '', urlFor(reconciled.state));
    }
  },
  dismissNotices: () => set({ notices: [] }),
}));
