// The leader's earlier readings of one metric on one platform and account, live: read when a card
// opens and again whenever that series changes in storage (a later look at the dashboard).
import { useStorageQuery } from '@/components/ui/use-storage-query';
import type { Reading } from '@/lib/model/reading';
import { readSeries, SERIES_PREFIX, seriesId } from '@/state/readings';

/** The readings, oldest first; null until read. A series that cannot be read shows as none. */
export function useSeries(platform: string, account: string | null, metric: string): Reading[] | null {
  const key = `${SERIES_PREFIX}${seriesId(platform, account, metric)}`;
  const series = useStorageQuery(
    key,
    () => readSeries(platform, account, metric).catch(() => []),
    (changed) => changed === key,
  );
  return series?.id === key ? series.value : null;
}
