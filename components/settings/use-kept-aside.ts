// How many stored values Sidecoach set aside because it could not read them (under `kept:` keys,
// left exactly as they were, and carried in every backup), so the Data section can say nothing
// was lost. Read once, then again only when a `kept:` key changes.
import { useStorageQuery } from '@/components/ui/use-storage-query';
import { KEPT_PREFIX } from '@/state/item';
import { readStored } from '@/state/read-stored';

const isKept = (key: string) => key.startsWith(KEPT_PREFIX);

/** The count, or null until storage has been read (or while it cannot be). */
export function useKeptAside(): number | null {
  const count = useStorageQuery(
    'kept',
    () =>
      readStored('local', isKept).then(
        (kept) => Object.keys(kept).length,
        () => null,
      ),
    isKept,
  );
  return count?.value ?? null;
}
