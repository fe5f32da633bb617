// A zustand store over one collection, for the pages (side panel, popup, options). Each page has
// its own copy; each follows storage changes and applies only the keys that changed, so an edit in
// one view shows in the others at once without reading every record again.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { message, type Message } from '../lib/i18n';
import { errorText, sameJson, type StoredRecord } from '../lib/model/record';
import type { Collection, RecordProblem, SaveResult } from './collection';
import { createHeadWriter, readHead, type ListHeadSpec } from './list-head';

export type RemoveResult<T> =
  | {
      ok: true;
      record: T;
      /** Brings the record back, unless someone changed it since. */ undo: () => Promise<SaveResult<T>>;
    }
  | Exclude<SaveResult<T>, { ok: true }>;

export interface CollectionState<T extends StoredRecord> {
  /** Every readable stored record by id, removed ones too: undo and restore need them. */
  byId: ReadonlyMap<string, T>;
  /** The records to show: not removed, in the collection's order. */
  items: readonly T[];
  /** Stored values that are not readable records; they are left untouched in storage. */
  problems: readonly RecordProblem[];
  loaded: boolean;
  /**
   * Until the list is loaded, the first records of the list as a page last showed it (see
   * list-head.ts), for a list to draw meanwhile; null when there are none, and once loaded.
   * Counts and everything else wait for `items`.
   */
  preview: readonly T[] | null;
  /** Set when storage itself could not be read. */
  loadError: Message | null;
  load(): Promise<void>;
  /** Saves a new record. */
  add(record: T): Promise<SaveResult<T>>;
  /**
   * Saves an edited record. Its `updatedAt` must be the one it had when the editor opened it, so
   * a save made meanwhile in another view comes back as a conflict instead of being overwritten.
   */
  save(record: T): Promise<SaveResult<T>>;
  /** Changes the stored version this view knows, as one save. */
  update(id: string, change: (record: T) => T): Promise<SaveResult<T>>;
  /** Removes softly; the result carries `undo`. */
  remove(id: string): Promise<RemoveResult<T>>;
  /** Brings back a removed record (what `undo` does). */
  restore(id: string): Promise<SaveResult<T>>;
  /** Applies new stored values by key (`undefined` = removed); other records are not touched. */
  applyChanges(values: ReadonlyMap<string, unknown>): void;
}

export type CollectionStore<T extends StoredRecord> = UseBoundStore<StoreApi<CollectionState<T>>> & {
  collection: Collection<T>;
  /** Loads and follows changes made elsewhere; once per page however often it is called. Returns stop. */
  start(): () => void;
};

/** More changed records than this at once (an import, a purge), and one sort is quicker than placing each. */
const placeAtMost = 32;

/**
 * `items`, in the collection's order, with the records of `ids` taken out and their versions in
 * `byId` put back in place, unless removed. A save changes one record among thousands: placing it
 * costs a search where sorting them all again took 1.3–2.6 ms with 10,000 notes.
 */
export function placed<T extends StoredRecord>(
  items: readonly T[],
  ids: ReadonlySet<string>,
  byId: ReadonlyMap<string, T>,
  compare: (a: T, b: T) => number,
): T[] {
  const next = items.filter((record) => !ids.has(record.id));
  for (const id of ids) {
    const record = byId.get(id);
    if (!record || record.deletedAt !== null) continue;
    let low = 0;
    let high = next.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(next[middle]!, record) < 0) low = middle + 1;
      else high = middle;
    }
    next.splice(low, 0, record);
  }
  return next;
}

export interface CollectionStoreOptions {
  /** Keep the list's first ids for the next page to draw before the whole list is read. */
  head?: ListHeadSpec;
}

/** A new, independent store; tests make several to act as several views. */
export function createCollectionStore<T extends StoredRecord>(
  collection: Collection<T>,
  options: CollectionStoreOptions = {},
): CollectionStore<T> {
  const { spec } = collection;
  const missing: SaveResult<T> = {
    ok: false,
    reason: 'conflict',
    current: null,
    message: message(spec.messages.missing),
  };
  const visible = (byId: ReadonlyMap<string, T>) =>
    [...byId.values()].filter((record) => record.deletedAt === null).sort(spec.compare);

  const store = create<CollectionState<T>>()((set, get) => {
    /** Shows what storage now holds for a record after a save, whatever the outcome. */
    function applyResult(result: SaveResult<T>): SaveResult<T> {
      const shown = result.ok ? result.record : result.reason === 'conflict' ? result.current : null;
      if (shown) get().applyChanges(new Map([[collection.key(shown.id), shown]]));
      return result;
    }
    function known(id: string): T | undefined {
      const state = get();
      // A record drawn from the preview can be edited before the list is loaded: a save still
      // checks it against storage, so a version changed meanwhile comes back as a conflict.
      return state.byId.get(id) ?? state.preview?.find((record) => record.id === id);
    }

    return {
      byId: new Map(),
      items: [],
      problems: [],
      loaded: false,
      preview: null,
      loadError: null,
      async load() {
        try {
          const { records, problems } = await collection.list();
          const byId = new Map(records.map((record) => [record.id, record]));
          set({ byId, items: visible(byId), problems, loaded: true, preview: null, loadError: null });
        } catch (error) {
          set({
            loaded: true,
            preview: null,
            loadError: message(spec.messages.loadFailed, { detail: errorText(error) }),
          });
        }
      },
      async add(record) {
        return applyResult(await collection.save(record, { expectedUpdatedAt: null }));
      },
      async save(record) {
        return applyResult(await collection.save(record, { expectedUpdatedAt: record.updatedAt }));
      },
      async update(id, change) {
        const record = known(id);
        if (!record) return missing;
        return applyResult(await collection.save(change(record), { expectedUpdatedAt: record.updatedAt }));
      },
      async remove(id) {
        const record = known(id);
        if (!record) return missing as Exclude<SaveResult<T>, { ok: true }>;
        const result = applyResult(await collection.remove(record));
        return result.ok ? { ok: true, record: result.record, undo: () => get().restore(id) } : result;
      },
      async restore(id) {
        const record = known(id);
        if (!record) return missing;
        if (record.deletedAt === null) return { ok: true, record };
        return applyResult(await collection.restore(record));
      },
      applyChanges(values) {
        const known = get();
        const reads = [...values].map(([name, value]) => ({
          name,
          // `undefined` (or `null`, in some browsers) is a removed key.
          read: value === undefined || value === null ? null : collection.read(name, value),
        }));
        // Storage telling this view what it shows already (its own save, heard back as a change)
        // changes nothing: with thousands of records, sorting and drawing them again cost a save
        // its time twice.
        const shownAlready = ({ name, read }: (typeof reads)[number]) =>
          !known.problems.some((problem) => problem.key === name) &&
          (read === null
            ? !known.byId.has(name.slice(spec.prefix.length))
            : read.ok && sameJson(known.byId.get(read.record.id), read.record));
        if (reads.every(shownAlready)) return;
        const byId = new Map(known.byId);
        const problems = known.problems.filter((problem) => !values.has(problem.key));
        const ids = new Set<string>();
        for (const { name, read } of reads) {
          const id = name.slice(spec.prefix.length);
          ids.add(id);
          byId.delete(id);
          if (read === null) continue;
          if (read.ok) byId.set(read.record.id, read.record);
          else problems.push(read.problem);
        }
        const items = ids.size <= placeAtMost ? placed(known.items, ids, byId, spec.compare) : visible(byId);
        // A record of the preview changed (a pin, an edit before the list is loaded): shown as it is now.
        const preview = known.preview?.flatMap((record) => {
          if (!ids.has(record.id)) return [record];
          const now = byId.get(record.id);
          return now && now.deletedAt === null ? [now] : [];
        });
        set({ byId, items, problems, preview: preview ?? null });
      },
    };
  });

  let stop: (() => void) | null = null;
  function start(): () => void {
    if (stop) return stop;
    // Listen before loading, and hold the changes that arrive during the load: applying them after
    // it means a change is never lost to, or undone by, a snapshot read a moment earlier.
    let held: ReadonlyMap<string, unknown>[] | null = [];
    const unwatch = collection.watch((values) => {
      if (held) held.push(values);
      else store.getState().applyChanges(values);
    });
    let head: ReturnType<typeof createHeadWriter> | null = null;
    let unfollow = () => {};
    // The head first, then the whole list: asked together, the head's records would wait behind
    // the list's many reads. It costs the list two small reads.
    const preview = options.head ? readHead(collection, options.head).catch(() => null) : Promise.resolve(null);
    void preview
      .then((found) => {
        if (found && found.records.length > 0 && !store.getState().loaded) store.setState({ preview: found.records });
        if (options.head && stop === stopThis) {
          const writer = (head = createHeadWriter(options.head, found?.ids ?? null, collection.key));
          unfollow = store.subscribe((state, previous) => {
            if (state.loaded && !state.loadError && state.items !== previous.items) writer.shown(state.items);
          });
        }
        return store.getState().load();
      })
      .then(() => {
        const waiting = held ?? [];
        held = null;
        for (const values of waiting) store.getState().applyChanges(values);
        // Removed long ago goes for good, from the records just loaded: reading them all a second
        // time, beside the load, made opening the panel with 10,000 notes slower. Each is read
        // again under its lock before it goes. A failure only delays it to the next start.
        const { byId, loadError } = store.getState();
        if (!loadError) void collection.purge(Date.now(), [...byId.values()]).catch(() => undefined);
      });
    const stopThis = () => {
      unwatch();
      unfollow();
      head?.stop();
      stop = null;
    };
    stop = stopThis;
    return stop;
  }

  return Object.assign(store, { collection, start });
}
