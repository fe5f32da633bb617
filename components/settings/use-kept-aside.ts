// How many stored values Sidecoach set aside because it could not read them (under `kept:` keys,
// left exactly as they were, and carried in every backup), so the Data section can say nothing
// was lost. Read once, then again only when a `kept:` key changes.
import { useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { KEPT_PREFIX } from '@/state/item';

const isKept = (key: string) => key.startsWith(KEPT_PREFIX);

/** The count, or null until storage has been read. */
export function useKeptAside(): number | null {
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    let latest = 0;
    const read = () => {
      const request = ++latest;
      browser.storage.local
        .get(null)
        .then((all) => {
          if (live && request === latest) setCount(Object.keys(all).filter(isKept).length);
        })
        .catch(() => undefined);
    };
    const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
      if (area === 'local' && Object.keys(changes).some(isKept)) read();
    };
    browser.storage.onChanged.addListener(listener);
    read();
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);

  return count;
}
