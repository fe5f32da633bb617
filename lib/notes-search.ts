// Full-text search over the notes, kept in memory and updated note by note: a keystroke runs a
// query against the index, never a rebuild. A note is found by its text and tags, and by every
// name, in either language, of the metric, platform and question it is about, so "jangkauan"
// finds a note tied to Reach whose text never says it. Those names live in one small index of
// the library, not copied into every note: ten thousand notes cost no more to index than before.
// Words match exactly, as the start of a word, or with one typo (`word-search.ts`); the notes'
// own words are in a `WordIndex`, which keeps a keystroke over ten thousand notes short.
import type { Metric, Platform, Question } from '../content/schema';
import { metricNames } from './glossary';
import { words } from './fold';
import { compareNotes, sortNotes, type Note } from './model/note';
import { filterNotes, passes, type NoteFilters } from './note-filters';
import {
  bestHit,
  distinctReasons,
  hitsAmong,
  hitsIn,
  NameIndex,
  onlyTypos,
  type MatchReason,
  type Named,
  type WordFinds,
} from './word-search';
import { WordIndex, type SlotScores } from './word-index';

/** Each typed word of one query, and what it found among what notes can be about. */
interface QueryFinds {
  words: { word: string; subjects?: WordFinds }[];
}

/** A note a search found, and the query's finds, from which `explain` says why (none for an empty query). */
export interface NoteMatch {
  note: Note;
  found?: QueryFinds;
}

/** What a note can be about and be found by, and how much a match there counts beside its own words. */
const subjectWeights = { metric: 1, platform: 0.5, question: 0.3 } as const;
type SubjectKind = keyof typeof subjectWeights;
const subjectKinds = Object.keys(subjectWeights) as SubjectKind[];

/** Which part of a note best explains a match, most direct first. */
const noteFields = ['text', 'tags', 'metric', 'platform', 'question'];

export interface SubjectsLibrary {
  metrics: readonly Metric[];
  labels: ReadonlyMap<string, readonly string[]>;
  platforms: readonly Platform[];
  questions: readonly Question[];
}

/**
 * The names of everything a note can be about: metrics (names, aliases, interface labels),
 * platforms and questions (their text), in both languages.
 */
export function noteSubjectNames(library: SubjectsLibrary): Named[] {
  const plain = (key: string, en: string, id: string) => ({
    key,
    names: { en: [en], id: [id], aliases: [], labels: [] },
  });
  return [
    ...library.metrics.map((metric) => metricNames(metric, library.labels.get(metric.id), `metric:${metric.id}`)),
    ...library.platforms.map((platform) => plain(`platform:${platform.id}`, platform.name.en, platform.name.id)),
    ...library.questions.map((question) => plain(`question:${question.id}`, question.text.en, question.text.id)),
  ];
}

/** The names of everything a note can be about, indexed at once. */
export function noteSubjects(library: SubjectsLibrary): NameIndex {
  return new NameIndex(noteSubjectNames(library));
}

function subjectKeys(note: Note): string[] {
  return subjectKinds.flatMap((kind) => (note.about[kind] ? [`${kind}:${note.about[kind]}`] : []));
}

export class NotesSearch {
  /** The indexed notes by id: filters and results read them here, not from the index. */
  private readonly notes = new Map<string, Note>();
  /** The notes about each metric, platform and question, by subject key ("metric:reach"). */
  private readonly bySubject = new Map<string, Set<string>>();
  /** The notes' own words: their text, and their tags, which count twice. */
  private readonly index = new WordIndex([1, 2]);

  /**
   * With `subjects` (see `noteSubjects`), notes are also found by the names of what they are
   * about. A function is called on the first search, so a page pays for that index only if it searches.
   */
  constructor(
    notes: readonly Note[] = [],
    private subjects?: NameIndex | (() => NameIndex),
  ) {
    this.sync(notes);
  }

  private names(): NameIndex | undefined {
    if (typeof this.subjects === 'function') this.subjects = this.subjects();
    return this.subjects;
  }

  /** Adds or replaces one note; a deleted note leaves the index. */
  upsert(note: Note): void {
    if (note.deletedAt !== null) return this.remove(note.id);
    const old = this.notes.get(note.id);
    if (old) this.unlink(old);
    this.index.add(note.id, [words(note.text), note.tags.flatMap(words)]);
    this.notes.set(note.id, note);
    for (const key of subjectKeys(note)) {
      let ids = this.bySubject.get(key);
      if (!ids) this.bySubject.set(key, (ids = new Set()));
      ids.add(note.id);
    }
  }

  remove(id: string): void {
    const old = this.notes.get(id);
    if (!old) return;
    this.notes.delete(id);
    this.unlink(old);
    this.index.remove(id);
  }

  private unlink(note: Note): void {
    for (const key of subjectKeys(note)) this.bySubject.get(key)?.delete(note.id);
  }

  /**
   * Makes the index match a whole list (the store's `notes`), touching only the notes that were
   * added, edited or removed since the last call. With a `limit`, indexes at most that many and
   * returns false while some are left, so a large list can be indexed a slice at a time; `stop`
   * ends it early the same way (asked every few notes: a search on a keystroke has a time budget).
   */
  sync(notes: readonly Note[], limit = Infinity, stop: () => boolean = () => false): boolean {
    // The same list again (the store's lists are never changed in place): go on where the last
    // call stopped, instead of going over ten thousand notes again for each slice.
    let from = 0;
    if (this.unfinished?.notes === notes) from = this.unfinished.at;
    else {
      const ids = new Set(notes.map((note) => note.id));
      for (const id of [...this.notes.keys()]) if (!ids.has(id)) this.remove(id);
    }
    let indexed = 0;
    for (let at = from; at < notes.length; at += 1) {
      const note = notes[at]!;
      // `updatedAt` is the note's version: every save raises it.
      if (this.notes.get(note.id)?.updatedAt === note.updatedAt) continue;
      if (indexed === limit || (indexed % 25 === 24 && stop())) {
        this.unfinished = { notes, at };
        return false;
      }
      this.upsert(note);
      indexed += 1;
    }
    this.unfinished = null;
    return true;
  }
  /** Where a sync that stopped early stopped, in which list. */
  private unfinished: { notes: readonly Note[]; at: number } | null = null;

  /** What one typed word finds: notes by their own words, and subjects by their names. */
  private findWord(word: string): QueryFinds['words'][number] {
    return { word, subjects: this.names()?.find(word) };
  }

  /** The scores of the notes one typed word found, in their own words or in what they are about. */
  private scoresOf({ word, subjects }: QueryFinds['words'][number]): SlotScores {
    const { scores, exact } = this.index.find(word);
    for (const [key, result] of subjects?.byId ?? []) {
      const ids = this.bySubject.get(key);
      if (!ids?.size) continue;
      const kind = key.slice(0, key.indexOf(':')) as SubjectKind;
      const withoutTypo = !onlyTypos(word, result.match);
      // A question is a sentence full of short words one letter from others ("each", "reach"):
      // it matches only by its words as typed.
      if (kind === 'question' && !withoutTypo) continue;
      const score = result.score * subjectWeights[kind];
      for (const id of ids) {
        const slot = this.index.slotOf(id)!;
        scores[slot] += score;
        if (withoutTypo) exact[slot] = 1;
      }
    }
    return { scores, exact };
  }

  /**
   * The notes matching every word of `query` (exactly, by prefix, or with one typo) and every
   * filter: exact and prefix matches before typos, best first, then pinned, then newest. An empty
   * query lists every note that passes the filters.
   */
  search(query: string, filters: NoteFilters = {}): NoteMatch[] {
    const typed = [...new Set(words(query))];
    if (typed.length === 0) return filterNotes(sortNotes([...this.notes.values()]), filters).map((note) => ({ note }));
    const found: QueryFinds = { words: typed.map((word) => this.findWord(word)) };
    const pass = passes(filters);
    const perWord = found.words.map((finds) => this.scoresOf(finds));
    // Ranked by slot, in typed arrays, and one object per note only once sorted: a keystroke that
    // finds every note leaves little for the garbage collector, whose pauses were the slowest keystrokes.
    const slots = this.index.slots;
    const totals = new Float64Array(slots);
    const typos = new Uint8Array(slots);
    const noteAt: Note[] = [];
    const hits: number[] = [];
    // Every word must find the note; their scores add up, and one typo puts it with the typos.
    notes: for (let slot = 0; slot < slots; slot += 1) {
      let score = 0;
      let typo = 0;
      for (const { scores, exact } of perWord) {
        if (scores[slot] === 0) continue notes;
        score += scores[slot]!;
        typo |= 1 - exact[slot]!;
      }
      const note = this.notes.get(this.index.idAt(slot)!)!;
      if (!pass(note)) continue;
      totals[slot] = score;
      typos[slot] = typo;
      noteAt[slot] = note;
      hits.push(slot);
    }
    // The order of `byRelevance`, then pinned, then newest.
    hits.sort((a, b) => typos[a]! - typos[b]! || totals[b]! - totals[a]! || compareNotes(noteAt[a]!, noteAt[b]!));
    return hits.map((slot) => ({ note: noteAt[slot]!, found }));
  }

  /**
   * What a found note matched, one reason per typed word without repeats: its text, a tag
   * ("#q3"), or the metric, platform or question it is about, with the name that matched.
   */
  explain({ note, found }: NoteMatch): MatchReason[] {
    if (!found) return [];
    // The note's own words, read again here: cheaper than keeping every match of every keystroke.
    const text = words(note.text);
    const tags = note.tags.flatMap(words);
    const reasons = found.words.flatMap(({ word, subjects }) => {
      const hits = [...hitsAmong(word, text, 'text'), ...hitsAmong(word, tags, 'tags')];
      for (const key of subjectKeys(note)) {
        const result = subjects?.byId.get(key);
        if (result) hits.push(...hitsIn(word, result.match, key.slice(0, key.indexOf(':')), key));
      }
      const hit = bestHit(hits, noteFields);
      if (!hit) return [];
      const reason: MatchReason = { field: hit.field, word: hit.word, typo: hit.kind === 'typo' };
      if (hit.field === 'tags') reason.text = note.tags.find((tag) => words(tag).includes(hit.word));
      if (hit.via) {
        reason.ref = hit.via.slice(hit.field.length + 1);
        reason.text = this.names()?.nameWith(hit.via, hit.word, 'shortest');
      }
      return [reason];
    });
    return distinctReasons(reasons);
  }
}
