// The notes for React views: a search index kept in step with the live store. The index and its
// code (`notes-engine.ts`) load when the view opens; until they are in, an empty search shows the
// notes as usual and a typed one says it is still searching.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Note } from '@/lib/model/note';
import { filterNotes, type NoteFilters } from '@/lib/note-filters';
import type { NoteMatch, NotesSearch } from '@/lib/notes-search';
import { loadLibrary } from '@/runtime/library';
import { useNotesStore } from '@/state/stores';
import type { NotesEngine } from './notes-engine';

/**
 * The most the index takes at once. The browser grants one idle callback per idle period (50 ms
 * when nothing else happens), and 100 notes a callback took 5 s to index 10,000; slices of 8 ms
 * each kept the first saves after opening waiting (40–60 ms instead of 15–20). So the index works
 * through each idle period in slices this short, letting whatever is waiting (a key press, an
 * answer from storage) run between two.
 */
const sliceMs = 3;
/** How long a keystroke may spend indexing notes not yet indexed before it searches. */
const searchBudgetMs = 5;

function whenIdle(callback: IdleRequestCallback): () => void {
  const handle = requestIdleCallback(callback);
  return () => cancelIdleCallback(handle);
}

/** Runs `callback` in a task of its own, after the tasks already waiting (no timer's 4 ms floor). */
function afterWaitingTasks(callback: () => void): () => void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
  return () => channel.port1.close();
}

/**
 * The engine's code, read once per page with the library's texts in both languages (notes are
 * found by the names of what they are about in either); after a failure, read again by the next
 * view that opens.
 */
let engineCode: Promise<typeof import('./notes-engine')> | undefined;
function loadEngine(): Promise<typeof import('./notes-engine')> {
  engineCode ??= Promise.all([import('./notes-engine'), loadLibrary('en'), loadLibrary('id')]).then(
    ([code]) => code,
    (error: unknown) => {
      engineCode = undefined;
      throw error;
    },
  );
  return engineCode;
}

export interface NotesSearchHook {
  /**
   * The notes matching a query and filters, best first; every note that passes the filters for no
   * query. `pending` while some notes are not indexed yet: the search covered the others, and runs
   * again by itself once they are.
   */
  search(query: string, filters: NoteFilters): { matches: NoteMatch[]; pending: boolean };
  /** What a found note matched. */
  explain: NotesSearch['explain'];
}

/**
 * A search index that follows the store, updating only the notes that changed. It is built in
 * idle time after the view opens, so ten thousand notes never hold up the first render. A search
 * before it is done indexes what it can in `searchBudgetMs`, answers from that, and is answered
 * again in full once idle time has indexed the rest: a keystroke never waits for all of them
 * (the whole of ten thousand takes 300–450 ms in the panel). Notes are found by their own words
 * and by the names of what they are about, in either language.
 */
export function useNotesSearch(): NotesSearchHook {
  const notes = useNotesStore((state) => state.items);
  const [engine, setEngine] = useState<NotesEngine | null>(null);
  // The list the index last finished: a search of any other list may be partial.
  const [indexed, setIndexed] = useState<readonly Note[] | null>(null);

  useEffect(() => {
    let live = true;
    loadEngine().then(
      (code) => {
        if (live) setEngine(code.createNotesEngine());
      },
      (error: unknown) => console.error('Sidecoach: the notes search could not load', error),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!engine) return;
    let cancel = () => {};
    const step = (deadline: IdleDeadline) => {
      const until = performance.now() + sliceMs;
      if (engine.prepare(notes, () => performance.now() > until)) setIndexed(notes);
      // The rest of this idle period, after the tasks waiting; or the next idle period.
      else if (deadline.timeRemaining() > 0) cancel = afterWaitingTasks(() => step(deadline));
      else cancel = whenIdle(step);
    };
    cancel = whenIdle(step);
    return () => cancel();
  }, [engine, notes]);

  const search = useCallback(
    (query: string, filters: NoteFilters) => {
      if (query.trim() === '')
        return { matches: filterNotes(notes, filters).map((note) => ({ note })), pending: false };
      // Typed before the search's code is in (a moment after the view opens): said as searching,
      // and answered once it is.
      if (!engine) return { matches: [], pending: true };
      const until = performance.now() + searchBudgetMs;
      const complete = indexed === notes || engine.index.sync(notes, Infinity, () => performance.now() > until);
      return { matches: engine.index.search(query, filters), pending: !complete };
    },
    [engine, notes, indexed],
  );
  const explain = useCallback((match: NoteMatch) => engine?.index.explain(match) ?? [], [engine]);
  return useMemo(() => ({ search, explain }), [search, explain]);
}
