// Removing a record keeps an undo at hand for ten seconds, for any collection: notes, people,
// 1:1 items. A failed removal or undo says why.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Message } from '@/lib/i18n';
import type { StoredRecord } from '@/lib/model/record';
import type { CollectionStore } from '@/state/collection-store';

/** How long "Undo" stays offered. */
export const UNDO_MS = 10_000;

export interface UndoState<T> {
  /** What was just removed, for the "removed, undo" message. */
  removed: T | null;
  error: Message | null;
  remove(id: string): void;
  undo(): void;
  dismiss(): void;
}

export function useRemoveWithUndo<T extends StoredRecord>(store: CollectionStore<T>): UndoState<T> {
  const [removed, setRemoved] = useState<T | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const dismiss = useCallback(() => {
    clearTimeout(timer.current);
    setRemoved(null);
  }, []);

  const remove = useCallback(
    (id: string) => {
      setError(null);
      void store
        .getState()
        .remove(id)
        .then((result) => {
          if (!result.ok) return setError(result.message);
          setRemoved(result.record);
          clearTimeout(timer.current);
          timer.current = window.setTimeout(() => setRemoved(null), UNDO_MS);
        });
    },
    [store],
  );

  const undo = useCallback(() => {
    const current = removed;
    dismiss();
    if (!current) return;
    void store
      .getState()
      .restore(current.id)
      .then((result) => {
        if (!result.ok) setError(result.message);
      });
  }, [removed, dismiss, store]);

  return { removed, error, remove, undo, dismiss };
}
