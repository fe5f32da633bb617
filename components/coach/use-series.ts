// The leader's earlier readings of one metric on one platform and account, live: read when a card
// opens and again whenever that series changes in storage (a later look at the dashboard).
import { useEffect, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import type { Reading } from '@/lib/model/reading';
import { readSeries, SERIES_PREFIX, seriesId } from '@/state/readings';

export function useSeries(platform: string, account: string | null, metric: string): Reading[] | null {
  const [loaded, setLoaded] = useState<{ key: string; readings: Reading[] } | null>(null);
  const key = `${SERIES_PREFIX}${seriesId(platform, account, metric)}`;

  useEffect(() => {
    let live = true;
    let latest = 0;
    const load = () => {
      const request = ++latest;
      readSeries(platform, account, metric)
        .then((readings) => live && request === latest && setLoaded({ key, readings }))
        .catch(() => live && request === latest && setLoaded({ key, readings: [] }));
    };
    const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
      if (area === 'local' && key in changes) load();
    };
    browser.storage.onChanged.addListener(listener);
    load();
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, [platform, account, metric, key]);

  return loaded?.key === key ? loaded.readings : null;
}
