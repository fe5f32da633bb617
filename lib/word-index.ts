// An inverted index for many short documents (the notes), with the matching rules of
// `word-search.ts`: a word matches exactly, as the start of a word, or with one typo. Built for a
// keystroke over ten thousand notes: each document is a small slot number, scores add up in a
// typed array, and nothing is built per document matched beyond its score. MiniSearch, which the
// Glossary keeps, built a result object with its matches for every note, which cost ten times
// more than the search itself when one letter matched nearly every note.
import { typosAllowed, withinOneEdit } from './word-search';

/** What one typed word found, by slot (see `slotOf`): a score above 0 where it found the document. */
export interface SlotScores {
  scores: Float64Array;
  /** 1 where it found the document without a typo. */
  exact: Uint8Array;
}

/** How much a word found through a prefix or a typo counts beside the same word typed in full. */
const prefixWeight = 0.6;
const typoWeight = 0.3;
/** BM25's saturation: a word's tenth use in a note counts for little more than its third. */
const saturation = 1.2;

/** How much an indexed word found by a typed one counts, by how it was found. */
function kindWeight(typed: string, word: string, typo: boolean): number {
  if (typo) return typoWeight;
  if (word === typed) return 1;
  // A longer completion counts for less: "re" finds "reach" before "reactivation".
  return (prefixWeight * typed.length) / (typed.length + 0.3 * (word.length - typed.length));
}

/**
 * One word's documents, by slot, with the word's weighted count there. `word` is the one copy of
 * the word that every document's list of words points to: each note splits its text into new
 * strings, and keeping those (about 30 a note) made every young-generation collection while ten
 * thousand notes are indexed copy them all (`bench/notes-search.mjs`: 79–94 → 53–64 ms of collections).
 */
interface Posting {
  readonly word: string;
  readonly slots: Map<number, number>;
}

export class WordIndex {
  /** Each document's slot and its distinct words, to take them out again when it changes. */
  private readonly docs = new Map<string, { slot: number; words: string[] }>();
  /** The document id in each slot; slots of removed documents are reused. */
  private readonly ids: (string | undefined)[] = [];
  private readonly free: number[] = [];
  /** Each word's documents. */
  private readonly postings = new Map<string, Posting>();
  /** Every word, sorted, for prefixes; and by length, for typos. Rebuilt on the first search after a change. */
  private sorted: string[] | null = null;
  private byLength = new Map<number, string[]>();

  /**
   * @param weights how much each field counts, in the order `add` is given them (tags count twice
   *   as much as text in the notes).
   */
  constructor(private readonly weights: readonly number[]) {}

  get size(): number {
    return this.docs.size;
  }

  /** How many slots there are, used or free: the length of every `SlotScores`. */
  get slots(): number {
    return this.ids.length;
  }

  /** The slot a document's scores are at, if it is indexed. */
  slotOf(id: string): number | undefined {
    return this.docs.get(id)?.slot;
  }

  /** The document in a slot, if the slot is in use. */
  idAt(slot: number): string | undefined {
    return this.ids[slot];
  }

  /** Adds a document, or replaces it, by its words in each field (already folded, see `words`). */
  add(id: string, fields: readonly (readonly string[])[]): void {
    this.remove(id);
    const slot = this.free.pop() ?? this.ids.length;
    this.ids[slot] = id;
    const counts = new Map<string, number>();
    fields.forEach((fieldWords, field) => {
      const weight = this.weights[field] ?? 1;
      for (const word of fieldWords) counts.set(word, (counts.get(word) ?? 0) + weight);
    });
    const kept: string[] = [];
    for (const [word, count] of counts) {
      let posting = this.postings.get(word);
      if (!posting) {
        this.postings.set(word, (posting = { word, slots: new Map() }));
        this.sorted = null;
      }
      posting.slots.set(slot, count);
      kept.push(posting.word);
    }
    this.docs.set(id, { slot, words: kept });
  }

  remove(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    for (const word of doc.words) {
      const { slots } = this.postings.get(word)!;
      slots.delete(doc.slot);
      if (slots.size === 0) {
        this.postings.delete(word);
        this.sorted = null;
      }
    }
    this.docs.delete(id);
    this.ids[doc.slot] = undefined;
    this.free.push(doc.slot);
  }

  private vocabulary(): string[] {
    if (this.sorted) return this.sorted;
    this.sorted = [...this.postings.keys()].sort();
    this.byLength = new Map();
    for (const word of this.sorted) {
      const same = this.byLength.get(word.length);
      if (same) same.push(word);
      else this.byLength.set(word.length, [word]);
    }
    return this.sorted;
  }

  /** The indexed words a typed word finds: those it equals or starts, then those one typo away. */
  private matching(typed: string): { word: string; typo: boolean }[] {
    const sorted = this.vocabulary();
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]! < typed) low = middle + 1;
      else high = middle;
    }
    const found: { word: string; typo: boolean }[] = [];
    for (let at = low; at < sorted.length && sorted[at]!.startsWith(typed); at += 1)
      found.push({ word: sorted[at]!, typo: false });
    if (typosAllowed(typed))
      for (const length of [typed.length - 1, typed.length, typed.length + 1])
        for (const word of this.byLength.get(length) ?? [])
          if (!word.startsWith(typed) && withinOneEdit(typed, word)) found.push({ word, typo: true });
    return found;
  }

  /** The documents one typed word finds, by slot, with their scores, and those it found without a typo. */
  find(typed: string): SlotScores {
    const total = this.docs.size;
    const scores = new Float64Array(this.ids.length);
    const exact = new Uint8Array(this.ids.length);
    for (const { word, typo } of this.matching(typed)) {
      const { slots } = this.postings.get(word)!;
      // Rarer words say more about a note (BM25's inverse document frequency).
      const rarity = Math.log(1 + (total - slots.size + 0.5) / (slots.size + 0.5));
      const weight = kindWeight(typed, word, typo) * rarity;
      // `forEach` rather than `for…of`: no entry array per document on the hottest path.
      slots.forEach((count, slot) => {
        scores[slot] += (weight * count * (saturation + 1)) / (count + saturation);
        if (!typo) exact[slot] = 1;
      });
    }
    return { scores, exact };
  }
}
