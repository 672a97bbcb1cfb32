import { create } from 'zustand';
import type { WorkerMessage } from './sw-messages';

interface ServiceWorkerState {
  /** Set when a new version of the app is ready: calling it switches to that version and reloads. */
  applyUpdate: (() => void) | undefined;
  /** Data service answers on screen that came from a copy kept in this browser, by URL: when each was saved. */
  copies: Record<string, number | null>;
  offerUpdate: (apply: () => void) => void;
  noteAnswer: (message: WorkerMessage) => void;
}

export const useServiceWorkerStore = create<ServiceWorkerState>()((set) => ({
  applyUpdate: undefined,
  copies: {},
  offerUpdate: (apply) => set({ applyUpdate: apply }),
  noteAnswer: (message) =>
    set(({ copies }) => {
      if (message.type === 'mappa:data-from-copy') return { copies: { ...copies, [message.url]: message.savedAt } };
      if (!(message.url in copies)) return {};
      const rest = { ...copies };
      delete rest[message.url];
      return { copies: rest };
    }),
}));

/** The oldest "saved at" of the copies on screen (null when a copy has no date), or undefined when none is on screen. */
export function oldestCopy(copies: Record<string, number | null>): { savedAt: number | null } | undefined {
  const dates = Object.values(copies);
  if (dates.length === 0) return undefined;
  if (dates.includes(null)) return { savedAt: null };
  return { savedAt: Math.min(...(dates as number[])) };
}
