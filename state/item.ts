// Single stored values (settings, checklist progress, reminder settings, a tab's context…), each
// under one key, versioned and validated on every read. Reading never throws and never writes:
// what cannot be read gives the item's fallback at once, with a problem to show. What could not
// be read is never lost either: the first write after it copies the stored value aside, under
// `kept:<key>:<time>`, in the same storage call, and backups carry those copies.
//
// Versioned items keep `{ v }` under `<key>$`, the layout WXT's storage items used, so values
// saved by earlier releases read as they are. A marker that cannot be true (not a whole number,
// below 1) makes the value unreadable; a version above ours is a newer Sidecoach's.
import { browser, type Browser } from 'wxt/browser';
import { message, type Message } from '../lib/i18n';
import type { z } from '../lib/zod';
import { storageFailure, type StorageFailure } from './failure';
import { withKeyLock } from './lock';

export type StorageArea = 'local' | 'session';

export interface ItemSpec<T> {
  area: StorageArea;
  key: string;
  /** The current version, for items that keep one. */
  version?: number;
  /** `migrations[n]` turns a version-n value into version n + 1. */
  migrations?: Readonly<Record<number, (value: unknown) => unknown>>;
  /** The value when nothing usable is stored. */
  fallback(): T;
  /**
   * Reads a stored value (already migrated): what can be used of it, and whether that is all of
   * it. A value partly read keeps its readable parts; the rest is copied aside at the next write.
   */
  parse(raw: unknown): { value: T; complete: boolean };
}

/** Why a stored value was not used as it is. */
export type ItemProblem = 'unreadable' | 'partial' | 'newer' | 'storage';

export interface ItemRead<T> {
  value: T;
  problem: ItemProblem | null;
}

export type ItemWriteResult<T> =
  { ok: true; value: T } | { ok: false; reason: 'invalid'; message: Message } | StorageFailure;

/** What a change returns to remove the stored value. */
export const CLEAR: unique symbol = Symbol('clear');

/** The key under which a value that could not be read is kept, when it is set aside. */
export const KEPT_PREFIX = 'kept:';

export interface StorageItem<T> {
  readonly spec: ItemSpec<T>;
  /** The keys the item is stored under: the value, and its version marker when it has one. */
  readonly keys: readonly string[];
  read(): Promise<ItemRead<T>>;
  /** Reads the item from values already fetched (a snapshot of the whole area). */
  fromSnapshot(values: Readonly<Record<string, unknown>>): ItemRead<T>;
  /**
   * Changes the value on top of what is stored at that moment, under a lock. `change` returns
   * the new value, null to write nothing, or CLEAR to remove it. A value that is not fully valid
   * is refused. A stored value that could not be read is kept aside first.
   */
  write(change: (current: T) => T | null | typeof CLEAR, now?: number): Promise<ItemWriteResult<T>>;
  /** Removes the stored value (a value that could not be read is kept aside first). */
  clear(now?: number): Promise<ItemWriteResult<T>>;
  /** The values to store for `value`, with its version marker: for an import's single write. */
  entries(value: T): Record<string, unknown>;
  /** Calls back with the item as read after every change. Returns the unwatch function. */
  watch(callback: (read: ItemRead<T>) => void): () => void;
}

function area(name: StorageArea) {
  return name === 'local' ? browser.storage.local : browser.storage.session;
}

/**
 * A value of session storage that lives only as long as the browser runs (no version): one that
 * fails `schema` reads as null.
 */
export function defineSessionValue<T>(key: string, schema: z.ZodMiniType<T>): StorageItem<T | null> {
  return defineItem<T | null>({
    area: 'session',
    key,
    fallback: () => null,
    parse: (raw) => {
      const parsed = schema.safeParse(raw);
      return { value: parsed.success ? parsed.data : null, complete: parsed.success };
    },
  });
}

/** A stored single value. */
export function defineItem<T>(spec: ItemSpec<T>): StorageItem<T> {
  const metaKey = `${spec.key}$`;
  const keys = spec.version === undefined ? [spec.key] : [spec.key, metaKey];

  function fromSnapshot(values: Readonly<Record<string, unknown>>): ItemRead<T> {
    const raw = Object.hasOwn(values, spec.key) ? values[spec.key] : undefined;
    if (raw === undefined || raw === null) return { value: spec.fallback(), problem: null };
    let value: unknown = raw;
    if (spec.version !== undefined) {
      const meta = Object.hasOwn(values, metaKey) ? values[metaKey] : undefined;
      const stored = meta === undefined ? 1 : (meta as { v?: unknown } | null)?.v;
      if (typeof stored !== 'number' || !Number.isSafeInteger(stored) || stored < 1) {
        return { value: spec.fallback(), problem: 'unreadable' };
      }
      if (stored > spec.version) return { value: spec.fallback(), problem: 'newer' };
      for (let version = stored; version < spec.version; version++) {
        const step = spec.migrations?.[version];
        if (!step) return { value: spec.fallback(), problem: 'unreadable' };
        value = step(value);
      }
    }
    const parsed = spec.parse(value);
    return { value: parsed.value, problem: parsed.complete ? null : 'partial' };
  }

  async function read(): Promise<ItemRead<T>> {
    try {
      return fromSnapshot(await area(spec.area).get([...keys]));
    } catch {
      return { value: spec.fallback(), problem: 'storage' };
    }
  }

  function entries(value: T): Record<string, unknown> {
    return spec.version === undefined ? { [spec.key]: value } : { [spec.key]: value, [metaKey]: { v: spec.version } };
  }

  /** Runs `task` with the stored values under the item's lock; never throws. */
  async function locked(
    task: (stored: Record<string, unknown>, current: ItemRead<T>) => Promise<ItemWriteResult<T>>,
  ): Promise<ItemWriteResult<T>> {
    try {
      return await withKeyLock(`${spec.area}:${spec.key}`, async () => {
        const stored: Record<string, unknown> = await area(spec.area).get([...keys]);
        return task(stored, fromSnapshot(stored));
      });
    } catch (error) {
      return storageFailure(error);
    }
  }

  /** The stored value, set aside under a `kept:` key, when it could not be read as it was. */
  function keepAside(stored: Record<string, unknown>, current: ItemRead<T>, now: number): Record<string, unknown> {
    if (current.problem === null || current.problem === 'storage' || stored[spec.key] === undefined) return {};
    const kept = {
      key: spec.key,
      value: stored[spec.key],
      meta: stored[metaKey],
      problem: current.problem,
      keptAt: now,
    };
    return { [`${KEPT_PREFIX}${spec.key}:${now}`]: kept };
  }

  function write(change: (current: T) => T | null | typeof CLEAR, now = Date.now()): Promise<ItemWriteResult<T>> {
    return locked(async (stored, current) => {
      const next = change(current.value);
      if (next === null) return { ok: true, value: current.value };
      if (next === CLEAR) return removeStored(stored, current, now);
      if (!spec.parse(next).complete) return { ok: false, reason: 'invalid', message: message('storageInvalidValue') };
      await area(spec.area).set({ ...keepAside(stored, current, now), ...entries(next) });
      return { ok: true, value: next };
    });
  }

  async function removeStored(
    stored: Record<string, unknown>,
    current: ItemRead<T>,
    now: number,
  ): Promise<ItemWriteResult<T>> {
    const kept = keepAside(stored, current, now);
    if (Object.keys(kept).length > 0) await area(spec.area).set(kept);
    if (keys.some((name) => stored[name] !== undefined)) await area(spec.area).remove([...keys]);
    return { ok: true, value: spec.fallback() };
  }

  function clear(now = Date.now()): Promise<ItemWriteResult<T>> {
    return write(() => CLEAR, now);
  }

  function watch(callback: (read: ItemRead<T>) => void): () => void {
    let latest = 0;
    const listener = (changes: Record<string, Browser.storage.StorageChange>, changedArea: string) => {
      if (changedArea !== spec.area || !keys.some((name) => name in changes)) return;
      const mine = ++latest;
      // Read again rather than trust one change: the value and its marker may change apart.
      void read().then((result) => {
        if (mine === latest) callback(result);
      });
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }

  return { spec, keys, read, fromSnapshot, write, clear, entries, watch };
}
