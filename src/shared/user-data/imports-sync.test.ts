import { describe, expect, it, vi } from 'vitest';
import { connectImportsSync, SYNC_STORAGE_KEY, type SyncEnvironment } from './imports-sync';

/** Two tabs' worth of BroadcastChannel: a message reaches every other channel of the same name. */
function fakeBroadcastChannel() {
  const open = new Set<FakeChannel>();
  class FakeChannel {
    onmessage: ((event: MessageEvent) => void) | null = null;
    constructor(readonly name: string) {
      open.add(this);
    }
    postMessage(data: unknown) {
      for (const other of open) if (other !== this && other.name === this.name) other.onmessage?.(new MessageEvent('message', { data }));
    }
    close() {
      open.delete(this);
    }
  }
  return FakeChannel as unknown as typeof BroadcastChannel;
}

/** Two tabs sharing a localStorage: a change fires `storage` in the other tab only. */
function fakeStorageTabs() {
  const listeners = new Map<number, Set<(event: StorageEvent) => void>>();
  const tab = (id: number): SyncEnvironment => ({
    localStorage: {
      setItem: (key: string, newValue: string) => {
        for (const [other, set] of listeners) if (other !== id) for (const listener of set) listener(new StorageEvent('storage', { key, newValue }));
      },
    },
    addEventListener: (_type, listener) => listeners.set(id, new Set([...(listeners.get(id) ?? []), listener])),
    removeEventListener: (_type, listener) => listeners.get(id)?.delete(listener),
  });
  return [tab(1), tab(2)] as const;
}

describe('connectImportsSync', () => {
  it('tells the other tab through a BroadcastChannel, not itself', () => {
    const Channel = fakeBroadcastChannel();
    const first = vi.fn();
    const second = vi.fn();
    const a = connectImportsSync(first, { BroadcastChannel: Channel });
    const b = connectImportsSync(second, { BroadcastChannel: Channel });
    a.announce();
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
    b.close();
    a.announce();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('falls back to storage events without BroadcastChannel', () => {
    const [tabA, tabB] = fakeStorageTabs();
    const first = vi.fn();
    const second = vi.fn();
    const a = connectImportsSync(first, tabA);
    const b = connectImportsSync(second, tabB);
    a.announce();
    a.announce();
    expect(second).toHaveBeenCalledTimes(2);
    expect(first).not.toHaveBeenCalled();
    b.announce();
    expect(first).toHaveBeenCalledTimes(1);
    b.close();
    a.announce();
    expect(second).toHaveBeenCalledTimes(2);
  });

  it('ignores other localStorage keys, and keeps working when storage refuses writes', () => {
    const listeners: ((event: StorageEvent) => void)[] = [];
    const onChange = vi.fn();
    const sync = connectImportsSync(onChange, {
      localStorage: {
        setItem: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
      },
      addEventListener: (_type, listener) => listeners.push(listener),
    });
    listeners.forEach((listener) => listener(new StorageEvent('storage', { key: 'something-else' })));
    expect(onChange).not.toHaveBeenCalled();
    listeners.forEach((listener) => listener(new StorageEvent('storage', { key: SYNC_STORAGE_KEY })));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(() => sync.announce()).not.toThrow();
  });

  it('leaves localStorage untouched in a browser with BroadcastChannel, and falls back to it in one without', () => {
    const storage = vi.spyOn(window, 'localStorage', 'get');
    const withChannel = connectImportsSync(() => undefined);
    withChannel.announce();
    withChannel.close();
    expect(storage).not.toHaveBeenCalled();

    vi.stubGlobal('BroadcastChannel', undefined);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    try {
      const withoutChannel = connectImportsSync(() => undefined);
      withoutChannel.announce();
      withoutChannel.close();
      expect(setItem).toHaveBeenCalledWith(SYNC_STORAGE_KEY, expect.any(String));
    } finally {
      vi.unstubAllGlobals();
      setItem.mockRestore();
      storage.mockRestore();
    }
  });
});
