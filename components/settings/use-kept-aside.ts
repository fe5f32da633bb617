// How many stored values Sidecoach set aside because it could not read them (under `kept:` keys,
// left exactly as they were, and carried in every backup), so the Data section can say nothing
// was lost. Read once, then again only when a `kept:` key changes.
import { browser } from 'wxt/browser';
import { useStorageQuery } from '@/components/ui/use-storage-query';
import { KEPT_PREFIX } from '@/state/item';

const isKept = (key: string) => key.startsWith(KEPT_PREFIX);

/** The count, or null until storage has been read (or while it cannot be). */
export function useKeptAside(): number | null {
  const count = useStorageQuery(
    'kept',
    () =>
      browser.storage.local.get(null).then(
        (all) => Object.keys(all).filter(isKept).length,
        () => null,
      ),
    isKept,
  );
  return count?.value ?? null;
}
