// How many readings the private history keeps, in all and per platform: read once, then again
// whenever a readings key changes (a dashboard read, a forget, an import).
import { useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { countReadings, INDEX_KEY, SERIES_PREFIX } from '@/state/readings';

export type ReadingCounts = Awaited<ReturnType<typeof countReadings>>;

const isReadingsKey = (key: string) => key === INDEX_KEY || key.startsWith(SERIES_PREFIX);

/** The counts, or null until storage has been read (or when it cannot be). */
export function useReadingCounts(): ReadingCounts | null {
  const [counts, setCounts] = useState<ReadingCounts | null>(null);

  useEffect(() => {
    let live = true;
    let latest = 0;
    const read = () => {
      const request = ++latest;
      countReadings()
        .then((next) => {
          if (live && request === latest) setCounts(next);
        })
        .catch(() => undefined);
    };
    const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
      if (area === 'local' && Object.keys(changes).some(isReadingsKey)) read();
    };
    browser.storage.onChanged.addListener(listener);
    read();
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);

  return counts;
}
