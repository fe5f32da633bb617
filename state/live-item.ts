// A stored single value as every open view shows it: read once, followed through every change,
// shared by all the views of a page that show it, and never replaced by a read answered after a
// newer one. A write shows at once (as a checkbox expects) and storage's answer follows. The React
// hook (components/ui/use-storage-item.ts) and the popup's plain DOM (entrypoints/popup/) both
// follow items through this module, so they behave alike.
import type { ItemRead, ItemWriteResult, StorageItem } from './item';

export interface LiveItemState<T> {
  value: T;
  /** Why the stored value was not used as it is; null when it was (or nothing is stored). */
  problem: ItemRead<T>['problem'];
  loaded: boolean;
}

export interface LiveItem<T> {
  /** The value as last read; a new object after every change. */
  state(): LiveItemState<T>;
  /** Calls `listener` after every change, following the item while anyone listens. */
  subscribe(listener: () => void): () => void;
  /** Changes the value on top of what is stored at that moment; shown at once. */
  write(change: (current: T) => T | null): Promise<ItemWriteResult<T>>;
  /**
   * Starts reading before anyone listens (while a page's language files load), so that the first
   * render shows the stored value; never replaces a value already shown.
   */
  preload(): void;
}

interface Entry<T> {
  state: LiveItemState<T>;
  listeners: Set<() => void>;
  stop: (() => void) | null;
  /** Shows a value now; a later read replaces it. Set while the item is followed. */
  show: ((value: T) => void) | null;
  /** Reads storage again and shows what it holds. */
  refresh: (() => void) | null;
}

const live = new Map<StorageItem<unknown>, LiveItem<unknown>>();

/** Shows what was read in every view that follows the item. */
function publish<T>(entry: Entry<T>, read: ItemRead<T>) {
  entry.state = { value: read.value, problem: read.problem, loaded: true };
  for (const listener of entry.listeners) listener();
}

/** Starts reading and following an item; a read answered after a newer one is dropped. */
function start<T>(item: StorageItem<T>, entry: Entry<T>) {
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

/** The one live copy of `item` on this page. */
export function liveItem<T>(item: StorageItem<T>): LiveItem<T> {
  const known = live.get(item as StorageItem<unknown>) as LiveItem<T> | undefined;
  if (known) return known;
  const entry: Entry<T> = {
    state: { value: item.spec.fallback(), problem: null, loaded: false },
    listeners: new Set(),
    stop: null,
    show: null,
    refresh: null,
  };
  const made: LiveItem<T> = {
    state: () => entry.state,
    subscribe(listener) {
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
    async write(change) {
      const shown = entry.state.loaded ? change(entry.state.value) : null;
      if (shown !== null) entry.show?.(shown);
      const result = await item.write(change);
      if (!result.ok) entry.refresh?.();
      return result;
    },
    preload() {
      if (entry.state.loaded) return;
      void item.read().then((read) => {
        if (!entry.state.loaded) publish(entry, read);
      });
    },
  };
  live.set(item as StorageItem<unknown>, made as LiveItem<unknown>);
  return made;
}
