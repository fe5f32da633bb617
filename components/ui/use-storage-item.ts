// One hook for every single stored value a view shows (settings, checklist progress, reminder
// settings, a tab's context): it reads the value and follows every change, in every view, and
// never lets the first read overwrite a newer change. Views that show the same item share one
// read and one listener (state/live-item.ts).
import { useSyncExternalStore } from 'react';
import type { ItemWriteResult, StorageItem } from '@/state/item';
import { liveItem, type LiveItemState } from '@/state/live-item';

export type StorageItemState<T> = LiveItemState<T>;

/** Follows one stored item; `write` changes it on top of what is stored at that moment. */
export function useStorageItem<T>(item: StorageItem<T>): StorageItemState<T> & {
  write(change: (current: T) => T | null): Promise<ItemWriteResult<T>>;
} {
  const live = liveItem(item);
  const state = useSyncExternalStore(live.subscribe, live.state);
  return { ...state, write: live.write };
}
