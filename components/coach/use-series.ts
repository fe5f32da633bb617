// The leader's earlier readings of one metric on one platform and account, live: read when a card
// opens and again whenever that series changes in storage (a later look at the dashboard). The
// Coach also reads the series of the metrics on screen in idle time, and again when one changes,
// so that a card finds its series already checked and shows it on its first render
// (state/readings.ts keeps the last ones read).
import { useEffect } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { useStorageQuery } from '@/components/ui/use-storage-query';
import type { Reading } from '@/lib/model/reading';
import { peekSeries, readSeries, SERIES_PREFIX, seriesId } from '@/state/readings';

const seriesKey = (platform: string, account: string | null, metric: string) =>
  `${SERIES_PREFIX}${seriesId(platform, account, metric)}`;

/** The readings, oldest first; null until read. A series that cannot be read shows as none. */
export function useSeries(platform: string, account: string | null, metric: string): Reading[] | null {
  const key = seriesKey(platform, account, metric);
  const series = useStorageQuery(
    key,
    () => readSeries(platform, account, metric).catch(() => []),
    (changed) => changed === key,
    () => peekSeries(platform, account, metric),
  );
  return series?.id === key ? series.value : null;
}

/**
 * Reads the series of these metrics one per idle moment, and a series again when it changes in
 * storage: a year of readings takes about 10 ms to check, which an open card then skips.
 */
export function usePreloadedSeries(platform: string | null, account: string | null, metrics: readonly string[]) {
  const which = JSON.stringify([platform, account, metrics]);
  useEffect(() => {
    const [shownPlatform, shownAccount, shown] = JSON.parse(which) as [string | null, string | null, string[]];
    if (!shownPlatform) return;
    const byKey = new Map(shown.map((metric) => [seriesKey(shownPlatform, shownAccount, metric), metric]));
    const queue = [...shown];
    let handle: number | null = null;
    let live = true;
    const next = () => {
      handle = null;
      const metric = queue.shift();
      if (metric === undefined) return;
      void readSeries(shownPlatform, shownAccount, metric)
        .catch(() => undefined)
        .finally(() => live && schedule());
    };
    const schedule = () => {
      if (handle === null && queue.length > 0) handle = requestIdleCallback(next, { timeout: 5000 });
    };
    const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
      if (area !== 'local') return;
      for (const key of Object.keys(changes)) {
        const metric = byKey.get(key);
        if (metric !== undefined && !queue.includes(metric)) queue.push(metric);
      }
      schedule();
    };
    browser.storage.onChanged.addListener(listener);
    schedule();
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
      if (handle !== null) cancelIdleCallback(handle);
    };
  }, [which]);
}
