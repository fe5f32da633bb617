// Every note: search in either language (by its words and by the names of what it is about, one
// typo forgiven, each result saying what matched), filter by platform, metric, tag and date, write
// a new one. Notes that could not be read are listed, never hidden or deleted.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { library } from '@/runtime/library';
import type { NoteAbout, Note } from '@/lib/model/note';
import { dayText } from '@/lib/date-format';
import type { NoteMatch } from '@/lib/notes-search';
import { words } from '@/lib/fold';
import type { MatchReason } from '@/lib/word-search';
import { useNotesStore } from '@/state/stores';
import { NoteEditor } from './NoteEditor';
import { NoteList } from './NoteList';
import { useNotesSearch } from './use-notes';
import { useAfterPaint } from '@/components/ui/use-after-paint';
import { useFocusLater } from '@/components/ui/use-focus-later';
import { useI18n } from '@/components/ui/use-i18n';
import { ErrorLine, UnreadableRecords } from '@/components/ui/Alerts';

/** Midnight at the start (or end) of a `YYYY-MM-DD` day, local time. */
function dayBound(value: string, end: boolean): number | undefined {
  if (!value) return undefined;
  const [year, month, day] = value.split('-').map(Number);
  return end ? new Date(year, month - 1, day, 23, 59, 59, 999).getTime() : new Date(year, month - 1, day).getTime();
}

/** A note's match, found by reading `matches` only as far as the notes asked about so far. */
function lookupAsNeeded(matches: readonly NoteMatch[]): (note: Note) => NoteMatch | undefined {
  const read = new Map<Note, NoteMatch>();
  let next = 0;
  return (note) => {
    while (!read.has(note) && next < matches.length) {
      const match = matches[next++]!;
      read.set(match.note, match);
    }
    return read.get(note);
  };
}

/** What a note matched, in words: its text, a tag, or what it is about and by which name. */
function useReasonText() {
  const { t, pick } = useI18n();
  return useCallback(
    (reason: MatchReason) => {
      if (reason.typo) return t('matchedTypo', { word: reason.word });
      if (reason.field === 'text') return t('matchedNoteText', { word: reason.word });
      if (reason.field === 'tags') return t('matchedNoteTag', { text: reason.text ?? reason.word });
      if (reason.field === 'question') return t('matchedNoteQuestion');
      const subject = (reason.field === 'metric' ? library.metrics : library.platforms).find(
        (entry) => entry.id === reason.ref,
      );
      const name = subject ? pick(subject.name) : (reason.ref ?? '');
      if (reason.field === 'platform') return t('matchedNotePlatform', { name });
      // The name that matched, when the one on screen does not say it: "Reach, also called “Jangkauan”".
      const onScreen = words(name);
      const said = reason.text === undefined || words(reason.text).every((word) => onScreen.includes(word));
      return said ? t('matchedNoteMetric', { name }) : t('matchedNoteMetricAlso', { name, text: reason.text! });
    },
    [t, pick],
  );
}

export function NotesView({ about }: { about: NoteAbout }) {
  const { t, pick } = useI18n();
  const notes = useNotesStore((state) => state.items);
  const problems = useNotesStore((state) => state.problems);
  const loaded = useNotesStore((state) => state.loaded);
  const preview = useNotesStore((state) => state.preview);
  const loadError = useNotesStore((state) => state.loadError);
  // The panel loads the notes once it is idle; opened before that, this view starts it.
  useEffect(() => void useNotesStore.start(), []);
  const { search, explain } = useNotesSearch();
  const reasonText = useReasonText();
  const [query, setQuery] = useState('');
  // The list follows the query once the field has painted it: with thousands of notes, drawing the
  // results can take longer than a keystroke should, and a render for a query already typed past
  // is dropped instead of finished.
  const shownQuery = useAfterPaint(query);
  const [platform, setPlatform] = useState('');
  const [metric, setMetric] = useState('');
  const [tag, setTag] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [writing, setWriting] = useState(false);
  // Closing the new note's editor (saved or cancelled) puts the focus back on "New note", where
  // the keyboard was, rather than on the page's start.
  const newNote = useRef<HTMLButtonElement>(null);
  const focusLater = useFocusLater();
  const stopWriting = useCallback(() => {
    setWriting(false);
    focusLater(() => newNote.current);
  }, [focusLater]);
  const id = useId();

  const tags = useMemo(() => {
    // Not `flatMap`: with ten thousand notes, a list per note made this a tenth of a save's time.
    const all = new Set<string>();
    for (const note of notes) for (const tag of note.tags) all.add(tag);
    return [...all].sort();
  }, [notes]);
  const { matches: found, pending } = useMemo(
    () =>
      search(shownQuery, {
        platform: platform || undefined,
        metric: metric || undefined,
        tag: tag || undefined,
        from: dayBound(from, false),
        to: dayBound(to, true),
      }),
    [search, shownQuery, platform, metric, tag, from, to],
  );
  const results = useMemo(() => found.map((match) => match.note), [found]);
  // Only the notes on screen are explained, looked up as the list draws them: they are the first
  // of the matches, so no lookup of every match (up to all 10,000) is built at each keystroke.
  const matchOf = useMemo(() => (shownQuery.trim() ? lookupAsNeeded(found) : null), [found, shownQuery]);
  const matched = useCallback(
    (note: Note) => {
      const match = matchOf?.(note);
      return match ? explain(match).map(reasonText).join(' · ') : '';
    },
    [matchOf, explain, reasonText],
  );
  const filtered = shownQuery !== '' || platform !== '' || metric !== '' || tag !== '' || from !== '' || to !== '';

  return (
    // `data-query`: the search the list shows results for (bench/notes.mjs times it).
    <section aria-labelledby={`${id}-heading`} className="notes" data-query={shownQuery}>
      <div className="section-head">
        <h1 id={`${id}-heading`}>{t('notesHeading')}</h1>
        {!writing && (
          <button ref={newNote} type="button" className="button primary small" onClick={() => setWriting(true)}>
            {t('notesNew')}
          </button>
        )}
      </div>
      {writing && <NoteEditor about={about} onDone={stopWriting} />}
      <ErrorLine message={loadError} />
      <UnreadableRecords
        problems={problems}
        summary={t('notesProblems', { count: problems.length })}
        testId="note-problems"
      />
      <label htmlFor={`${id}-search`}>{t('notesSearchLabel')}</label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={t('notesSearchPlaceholder')}
        data-testid="notes-search"
      />
      <details className="filters">
        <summary>{t('notesFilters')}</summary>
        <div className="filter-grid">
          <FilterSelect
            label={t('notesFilterPlatform')}
            value={platform}
            onChange={setPlatform}
            options={library.platforms.map((entry) => [entry.id, pick(entry.name)] as const)}
          />
          <FilterSelect
            label={t('notesFilterMetric')}
            value={metric}
            onChange={setMetric}
            options={library.metrics.map((entry) => [entry.id, pick(entry.name)] as const)}
          />
          <FilterSelect
            label={t('notesFilterTag')}
            value={tag}
            onChange={setTag}
            options={tags.map((entry) => [entry, `#${entry}`] as const)}
          />
          <DateFilter label={t('notesFilterFrom')} value={from} onChange={setFrom} />
          <DateFilter label={t('notesFilterTo')} value={to} onChange={setTo} />
        </div>
      </details>
      <p className="muted hint" aria-live="polite">
        {/* With no notes at all, the list's own empty message says so: no "Showing 0 of 0" above it. */}
        {!loaded
          ? t('notesLoading')
          : notes.length > 0 && t('notesCount', { shown: results.length, total: notes.length })}
        {loaded && pending && <span data-testid="notes-search-pending"> · {t('notesSearchPending')}</span>}
      </p>
      {loaded ? (
        <NoteList
          notes={results}
          empty={filtered ? t('notesNoMatch') : t('notesEmpty')}
          matched={matchOf ? matched : undefined}
        />
      ) : (
        // Until every note is read, the first ones as the list last showed them (the same list,
        // so an editor opened on one stays open); a search or a filter waits for them all.
        preview && preview.length > 0 && !filtered && <NoteList notes={preview} empty="" />
      )}
    </section>
  );
}

/** One filter: a labelled select whose first choice is "any". */
function FilterSelect({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  options: readonly (readonly [value: string, text: string])[];
}) {
  const { t } = useI18n();
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('notesFilterAny')}</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * One end of the date filter, with the date it holds written out in the language on screen: the
 * field itself shows the browser's format ("12/09/2026" in an Indonesian panel too).
 */
function DateFilter({ label, value, onChange }: { label: string; value: string; onChange(value: string): void }) {
  const { language } = useI18n();
  const spelled = dayText(value, language, 'medium');
  const id = useId();
  return (
    <div>
      <label>
        {label}
        <input
          type="date"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={spelled ? id : undefined}
        />
      </label>
      {spelled && (
        <span className="muted date-spelled" id={id}>
          {spelled}
        </span>
      )}
    </div>
  );
}
