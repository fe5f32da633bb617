// How many readings the private history keeps, in all and per platform: read once, then again
// whenever a readings key changes (a dashboard read, a forget, an import).
import { useStorageQuery } from '@/components/ui/use-storage-query';
import { countReadings, isHistoryKey } from '@/state/readings';

export type ReadingCounts = Awaited<ReturnType<typeof countReadings>>;

/** The counts, or null until storage has been read (or while it cannot be). */
export function useReadingCounts(): ReadingCounts | null {
  const counts = useStorageQuery('reading-counts', () => countReadings().catch(() => null), isHistoryKey);
  return counts?.value ?? null;
}
