// The notes for React views: the live store, a search index kept in step with it, and delete
// with undo.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { filterNotes, NotesSearch, type NoteFilters } from '@/lib/notes-search';
import type { Note } from '@/state/notes';
import type { LocalizedText } from '@/content';
import { useNotesStore } from '@/state/notes-store';

/** Notes indexed per idle moment: a few milliseconds of work each. */
const indexSlice = 250;

/**
 * A search index that follows the store, updating only the notes that changed. It is built in
 * idle time after the view opens, so ten thousand notes never hold up the first render; a
 * search before it is done finishes the rest at once.
 */
export function useNotesSearch(): (query: string, filters: NoteFilters) => Note[] {
  const notes = useNotesStore((state) => state.notes);
  const index = useMemo(() => new NotesSearch(), []);

  useEffect(() => {
    let handle = 0;
    const step = () => {
      if (!index.sync(notes, indexSlice)) handle = requestIdleCallback(step);
    };
    handle = requestIdleCallback(step);
    return () => cancelIdleCallback(handle);
  }, [index, notes]);

  return useCallback(
    (query: string, filters: NoteFilters) => {
      if (query.trim() === '') return filterNotes(notes, filters);
      index.sync(notes);
      return index.search(query, filters);
    },
    [index, notes],
  );
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
