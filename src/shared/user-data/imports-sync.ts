/** Tells other tabs of this app that the saved imports changed, so they reload them. */

const CHANNEL_NAME = 'mappa-compare-imports';
/** Fallback where BroadcastChannel is missing: a localStorage key whose change fires `storage` in other tabs. */
export const SYNC_STORAGE_KEY = 'mappa-compare-imports-changed';

export interface ImportsSync {
  /** Tell the other tabs. */
  announce: () => void;
  close: () => void;
}

/** What the sync needs from the browser, so tests can stand in for it. */
export interface SyncEnvironment {
  BroadcastChannel?: typeof BroadcastChannel;
  localStorage?: Pick<Storage, 'setItem'>;
  addEventListener?: (type: 'storage', listener: (event: StorageEvent) => void) => void;
  removeEventListener?: (type: 'storage', listener: (event: StorageEvent) => void) => void;
}

function browserEnvironment(): SyncEnvironment {
  if (typeof window === 'undefined') return {};
  return {
    BroadcastChannel: typeof BroadcastChannel === 'undefined' ? undefined : BroadcastChannel,
    // Read only when there is no BroadcastChannel: the first touch of localStorage opens its
    // store synchronously, which costs a fresh visit several milliseconds before the first chart.
    get localStorage() {
      try {
        return window.localStorage;
      } catch {
        // Storage can be switched off; then only BroadcastChannel (if any) syncs.
        return undefined;
      }
    },
    addEventListener: (type, listener) => window.addEventListener(type, listener),
    removeEventListener: (type, listener) => window.removeEventListener(type, listener),
  };
}

/**
 * Calls `onChange` when another tab saves or deletes an import: through a BroadcastChannel,
 * or, where there is none, through `storage` events. A tab does not hear its own announcements.
 */
export function connectImportsSync(onChange: () => void, environment: SyncEnvironment = browserEnvironment()): ImportsSync {
  const Channel = environment.BroadcastChannel;
  if (Channel) {
    const channel = new Channel(CHANNEL_NAME);
    channel.onmessage = () => onChange();
    return {
      announce: () => channel.postMessage({ changedAt: Date.now() }),
      close: () => channel.close(),
    };
  }
  const listener = (event: StorageEvent) => {
    if (event.key === SYNC_STORAGE_KEY) onChange();
  };
  environment.addEventListener?.('storage', listener);
  let count = 0;
  return {
    announce: () => {
      count += 1;
      try {
        // A new value each time, or other tabs would see no change.
        environment.localStorage?.setItem(SYNC_STORAGE_KEY, `${Date.now()}-${count}-${Math.random()}`);
      } catch {
        // A full or blocked localStorage only stops the other tabs hearing at once; they reload on their next start.
      }
    },
    close: () => environment.removeEventListener?.('storage', listener),
  };
}
