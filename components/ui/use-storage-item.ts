// One hook for every single stored value a view shows (settings, checklist progress, reminder
// settings, a tab's context): it reads the value and follows every change, in every view, and
// never lets the first read overwrite a newer change. Views that show the same item share one
// read and one listener.
import { useCallback, useSyncExternalStore } from 'react';
import type { ItemRead, ItemWriteResult, StorageItem } from '@/state/item';

export interface StorageItemState<T> {
  value: T;
  /** Why the stored value was not used as it is; null when it was (or nothing is stored). */
  problem: ItemRead<T>['problem'];
  loaded: boolean;
}

interface Live<T> {
  state: StorageItemState<T>;
  listeners: Set<() => void>;
  stop: (() => void) | null;
  /** Shows a value now; a later read replaces it. Set while the item is followed. */
  show: ((value: T) => void) | null;
  /** Reads storage again and shows what it holds. */
  refresh: (() => void) | null;
}

const live = new Map<StorageItem<unknown>, Live<unknown>>();

function liveFor<T>(item: StorageItem<T>): Live<T> {
  let entry = live.get(item as StorageItem<unknown>) as Live<T> | undefined;
  if (!entry) {
    entry = {
      state: { value: item.spec.fallback(), problem: null, loaded: false },
      listeners: new Set(),
      stop: null,
      show: null,
      refresh: null,
    };
    live.set(item as StorageItem<unknown>, entry as Live<unknown>);
  }
  return entry;
}

/** Shows what was read in every view that follows the item. */
function publish<T>(entry: Live<T>, read: ItemRead<T>) {
  entry.state = { value: read.value, problem: read.problem, loaded: true };
  for (const listener of entry.listeners) listener();
}

/** Starts reading and following an item; a read answered after a newer one is dropped. */
function start<T>(item: StorageItem<T>, entry: Live<T>) {
  let requested = 0;
  let applied = 0;
  const apply = (request: number, read: ItemRead<T>) => {
    if (request < applied) return;
    applied = request;
    publish(entry, read);
  };
  const refresh = () => {
    const request = ++requested;
    void item.read().then((read) => apply(request, read));
  };
  const unwatch = item.watch((read) => apply(++requested, read));
  refresh();
  entry.refresh = refresh;
  entry.show = (value) => apply(++requested, { value, problem: entry.state.problem });
  entry.stop = () => {
    unwatch();
    entry.show = null;
    entry.refresh = null;
  };
}

/**
 * Starts reading an item before the page's first render (from its main.tsx, while the language
 * files load), so that the first render shows the stored value instead of a loading state and a
 * second render. The hook still reads and follows the item as usual; this read never replaces
 * a value already shown.
 */
export function preloadStorageItem<T>(item: StorageItem<T>): void {
  const entry = liveFor(item);
  if (entry.state.loaded) return;
  void item.read().then((read) => {
    if (!entry.state.loaded) publish(entry, read);
  });
}

/** Follows one stored item; `write` changes it on top of what is stored at that moment. */
export function useStorageItem<T>(item: StorageItem<T>): StorageItemState<T> & {
  write(change: (current: T) => T | null): Promise<ItemWriteResult<T>>;
} {
  const entry = liveFor(item);
  const subscribe = useCallback(
    (listener: () => void) => {
      entry.listeners.add(listener);
      if (!entry.stop) start(item, entry);
      return () => {
        entry.listeners.delete(listener);
        if (entry.listeners.size === 0) {
          entry.stop?.();
          entry.stop = null;
        }
      };
    },
    [item, entry],
  );
  const state = useSyncExternalStore(subscribe, () => entry.state);
  const write = useCallback(
    async (change: (current: T) => T | null) => {
      // Shown at once, as a checkbox expects; storage's answer follows and wins either way.
      const shown = entry.state.loaded ? change(entry.state.value) : null;
      if (shown !== null) entry.show?.(shown);
      const result = await item.write(change);
      if (!result.ok) entry.refresh?.();
      return result;
    },
    [item, entry],
  );
  return { ...state, write };
}
