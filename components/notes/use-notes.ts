// The notes for React views: a search index kept in step with the live store.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { library } from '@/runtime/library';
import { labelsByMetric } from '@/components/glossary/glossary-index';
import { filterNotes, NotesSearch, noteSubjects, type NoteFilters, type NoteMatch } from '@/lib/notes-search';
import type { Note } from '@/lib/model/note';
import type { NameIndex } from '@/lib/word-search';
import { useNotesStore } from '@/state/stores';

/** Notes indexed per idle moment: a few milliseconds of work each on a slow machine. */
const indexSlice = 100;
/** How long a keystroke may spend indexing notes not yet indexed before it searches. */
const searchBudgetMs = 5;

// The names of every metric, platform and question, in both languages: built once per page,
// in the first idle moment after the Notes view opens (or at the first search).
let subjects: NameIndex | undefined;
const librarySubjects = () => (subjects ??= noteSubjects({ ...library, labels: labelsByMetric() }));

let warm = false;

/**
 * Runs one search and says what it matched, once per page, in idle time: the first search of a
 * page runs its code for the first time, which made the first keystroke the slowest (about twice
 * the others with 10,000 notes).
 */
function warmUp(index: NotesSearch) {
  if (warm) return;
  warm = true;
  const [first] = index.search('reach');
  if (first) index.explain(first);
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
  const index = useMemo(() => new NotesSearch([], librarySubjects), []);
  // The list the index last finished: a search of any other list may be partial.
  const [indexed, setIndexed] = useState<readonly Note[] | null>(null);

  useEffect(() => {
    let handle = 0;
    const step = () => {
      librarySubjects();
      const done = index.sync(notes, indexSlice);
      warmUp(index);
      if (!done) handle = requestIdleCallback(step);
      else setIndexed(notes);
    };
    handle = requestIdleCallback(step);
    return () => cancelIdleCallback(handle);
  }, [index, notes]);

  const search = useCallback(
    (query: string, filters: NoteFilters) => {
      if (query.trim() === '')
        return { matches: filterNotes(notes, filters).map((note) => ({ note })), pending: false };
      const until = performance.now() + searchBudgetMs;
      const complete = indexed === notes || index.sync(notes, Infinity, () => performance.now() > until);
      return { matches: index.search(query, filters), pending: !complete };
    },
    [index, notes, indexed],
  );
  const explain = useCallback((match: NoteMatch) => index.explain(match), [index]);
  return useMemo(() => ({ search, explain }), [search, explain]);
}
