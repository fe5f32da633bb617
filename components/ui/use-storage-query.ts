// A value computed from several storage keys, live: read once, then again whenever a key it
// depends on changes in `storage.local`, and only the latest read lands. For what no single item
// or collection holds: counts over many keys, one series of readings. Single values use
// use-storage-item.ts, records the collection stores.
import { useEffect, useEffectEvent, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';

/**
 * `id` names what is read: a new id reads anew, and the value comes back with the id it was read
 * for, so a caller never shows one query's value for another. `read` must not reject. `known`
 * gives a value already in memory and up to date, shown on the first render while `read` runs.
 */
export function useStorageQuery<T>(
  id: string,
  read: () => Promise<T>,
  dependsOn: (key: string) => boolean,
  known?: () => T | undefined,
): { id: string; value: T } | null {
  const [result, setResult] = useState<{ id: string; value: T } | null>(() => {
    const value = known?.();
    return value === undefined ? null : { id, value };
  });
  const readNow = useEffectEvent(read);
  const relevant = useEffectEvent(dependsOn);

  useEffect(() => {
    let live = true;
    let latest = 0;
    const load = () => {
      const request = ++latest;
      void readNow().then((value) => {
        if (live && request === latest) setResult({ id, value });
      });
    };
    const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((key) => relevant(key))) load();
    };
    browser.storage.onChanged.addListener(listener);
    load();
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, [id]);

  return result;
}
