// The notes for React views: the live store, a search index kept in step with it, and delete
// with undo.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NotesSearch } from '@/lib/notes-search';
import type { LocalizedText } from '@/content';
import { useNotesStore } from '@/state/notes-store';

/** A search index that follows the store, updating only the notes that changed. */
export function useNotesSearch(): NotesSearch {
  const notes = useNotesStore((state) => state.notes);
  const index = useMemo(() => new NotesSearch(), []);
  // Synchronous, so the first render after a change already searches the new notes.
  index.sync(notes);
  return index;
}

export interface UndoState {
  /** What was just deleted, for the "deleted, undo" message. */
  deleted: { id: string; undo: () => Promise<unknown> } | null;
  error: LocalizedText | null;
  remove(id: string): void;
  undo(): void;
  dismiss(): void;
}

/** Deleting keeps an undo at hand for ten seconds. */
export function useDeleteWithUndo(): UndoState {
  const remove = useNotesStore((state) => state.remove);
  const [deleted, setDeleted] = useState<UndoState['deleted']>(null);
  const [error, setError] = useState<LocalizedText | null>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const dismiss = useCallback(() => {
    clearTimeout(timer.current);
    setDeleted(null);
  }, []);

  return {
    deleted,
    error,
    remove(id) {
      setError(null);
      void remove(id).then((result) => {
        if (!result.ok) return setError(result.message);
        setDeleted({ id, undo: result.undo });
        clearTimeout(timer.current);
        timer.current = window.setTimeout(() => setDeleted(null), 10_000);
      });
    },
    undo() {
      const current = deleted;
      dismiss();
      void current?.undo().then((result) => {
        if (result && typeof result === 'object' && 'ok' in result && !result.ok && 'message' in result) {
          setError(result.message as LocalizedText);
        }
      });
    },
    dismiss,
  };
}
