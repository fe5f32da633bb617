// Word-by-word search shared by the Glossary and the notes, on the words `fold.ts` makes: how many
// typos a word may carry, how exact and prefix matches rank above typos, and which word matched
// where, so a result can say why it is there. What matched is worked out only for the results
// shown. The notes' own words are in `word-index.ts`, built for ten thousand of them.
import MiniSearch, { type MatchInfo, type SearchResult } from 'minisearch';
import { words } from './fold';

/**
 * One typo from four letters on ("rech" finds "reach", "engagment" finds "engagement"); none in
 * shorter words, where one letter makes another word ("ctr" is not "cpr"), nor in anything with a
 * digit ("2024" is not "2025").
 */
export function typosAllowed(word: string): 1 | false {
  return word.length >= 4 && !/\p{N}/u.test(word) ? 1 : false;
}

/** A MiniSearch index with the settings both searches share: the same words, prefixes, one typo. */
export function createIndex<T>(options: {
  fields: string[];
  idField?: string;
  extractField(document: T, field: string): string;
  boost: Record<string, number>;
}): MiniSearch<T> {
  return new MiniSearch<T>({
    fields: options.fields,
    idField: options.idField ?? 'id',
    extractField: options.extractField,
    tokenize: words,
    // `words` has folded every word already, on both sides.
    processTerm: (term) => term,
    searchOptions: {
      boost: options.boost,
      prefix: true,
      fuzzy: typosAllowed,
      // A prefix counts for more than a typo; `byRelevance` puts typos last whatever the score.
      weights: { prefix: 0.6, fuzzy: 0.3 },
    },
  });
}

/** What one typed word found in one index: MiniSearch's results, and the same by document id. */
export class WordFinds {
  private lookup?: Map<string, SearchResult>;

  constructor(
    readonly word: string,
    readonly results: readonly SearchResult[],
  ) {}

  /** Built on first use: only the results shown are ever explained. */
  get byId(): ReadonlyMap<string, SearchResult> {
    return (this.lookup ??= new Map(this.results.map((result) => [String(result.id), result])));
  }
}

/** Every document one typed word finds, exactly, as the start of a word, or with one typo. */
export function findWord<T>(index: MiniSearch<T>, word: string): WordFinds {
  return new WordFinds(word, index.search(word));
}

/** Whether a word found a document only through typos: no indexed word there equals or starts with it. */
export function onlyTypos(word: string, match: MatchInfo): boolean {
  for (const indexed in match) if (indexed.startsWith(word)) return false;
  return true;
}

/** The scores of the documents one typed word found, and those it found without a typo. */
export interface WordScores {
  scores: Map<string, number>;
  exact: Set<string>;
}

export function scoresOf({ word, results }: WordFinds): WordScores {
  const scores = new Map<string, number>();
  const exact = new Set<string>();
  for (const result of results) {
    const id = String(result.id);
    scores.set(id, result.score);
    if (!onlyTypos(word, result.match)) exact.add(id);
  }
  return { scores, exact };
}

/** A document every typed word found. */
export interface Ranked {
  id: string;
  score: number;
  /** True when some typed word found it only through a typo: it ranks below the rest. */
  typo: boolean;
}

/** The documents every typed word found, with their scores added up. */
export function everyWord(perWord: readonly WordScores[]): Ranked[] {
  if (perWord.length === 0) return [];
  const smallest = perWord.reduce((a, b) => (b.scores.size < a.scores.size ? b : a));
  const ranked: Ranked[] = [];
  documents: for (const id of smallest.scores.keys()) {
    let score = 0;
    let typo = false;
    for (const word of perWord) {
      const wordScore = word.scores.get(id);
      if (wordScore === undefined) continue documents;
      score += wordScore;
      typo ||= !word.exact.has(id);
    }
    ranked.push({ id, score, typo });
  }
  return ranked;
}

/** Exact and prefix matches first, typos after; then the higher score. */
export function byRelevance(a: Ranked, b: Ranked): number {
  return Number(a.typo) - Number(b.typo) || b.score - a.score;
}

/** How an indexed word relates to the word typed. */
export type MatchKind = 'exact' | 'prefix' | 'typo';

/** One indexed word one typed word found in a document, and the field it was in. */
export interface WordHit {
  word: string;
  field: string;
  kind: MatchKind;
  /** For a hit through another index (what a note is about): the key of what it found there. */
  via?: string;
}

/** Whether two words differ by at most one letter inserted, removed or replaced. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same += 1;
  if (a.length === b.length) return a.slice(same + 1) === b.slice(same + 1);
  return a.length > b.length ? a.slice(same + 1) === b.slice(same) : a.slice(same) === b.slice(same + 1);
}

/** How a word in a document matches the word typed, by the same rules as the index; null if it does not. */
export function matchKind(typed: string, word: string): MatchKind | null {
  if (word === typed) return 'exact';
  if (word.startsWith(typed)) return 'prefix';
  return typosAllowed(typed) && withinOneEdit(typed, word) ? 'typo' : null;
}

/** Every hit of a typed word in one document's match; `field` and `via` replace the index's own. */
export function hitsIn(typed: string, match: MatchInfo, field?: string, via?: string): WordHit[] {
  return Object.entries(match).flatMap(([word, fields]) => {
    const kind = matchKind(typed, word) ?? 'typo';
    return (field ? [field] : fields).map((inField) => ({ word, field: inField, kind, via }));
  });
}

/** Every hit of a typed word among a text's words, in one field. */
export function hitsAmong(typed: string, textWords: readonly string[], field: string): WordHit[] {
  const hits: WordHit[] = [];
  for (const word of new Set(textWords)) {
    const kind = matchKind(typed, word);
    if (kind) hits.push({ word, field, kind });
  }
  return hits;
}

/**
 * The hit that best explains why a typed word found a document: an exact or prefix match before
 * a typo, then the field that comes first in `fieldOrder`.
 */
export function bestHit(hits: readonly WordHit[], fieldOrder: readonly string[]): WordHit | undefined {
  const rank = (hit: WordHit) => (hit.kind === 'typo' ? fieldOrder.length : 0) + fieldOrder.indexOf(hit.field);
  return hits.reduce<WordHit | undefined>((best, hit) => (best && rank(best) <= rank(hit) ? best : hit), undefined);
}

/** What a result matched, for "matched the Indonesian name “Jangkauan”" and the like. */
export interface MatchReason {
  /** Where: a name field of the Glossary, or a part of a note. */
  field: string;
  /** The indexed word that matched, folded. */
  word: string;
  /** Whether it matched only as a typo of that word. */
  typo: boolean;
  /** The text it was found in, as written: a name, alias, label or tag. */
  text?: string;
  /** For a note: the metric, platform or question it is about, by id. */
  ref?: string;
}

/** The reasons without repeats, in order: two words found in one name make one reason. */
export function distinctReasons(reasons: readonly MatchReason[]): MatchReason[] {
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const key = reason.typo
      ? `typo\u0000${reason.word}`
      : `${reason.field}\u0000${reason.ref ?? ''}\u0000${reason.text ?? reason.word}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The name fields of anything found by name: English, Indonesian, other names, interface labels. */
export const nameFields = ['en', 'id', 'aliases', 'labels'] as const;
export type NameField = (typeof nameFields)[number];

/** Something found by its names: a metric, a platform, a question. */
export interface Named {
  key: string;
  names: Readonly<Record<NameField, readonly string[]>>;
}

/** A small index of things found by name, which can say in which name, as written, a word was found. */
export class NameIndex {
  private readonly byKey = new Map<string, Named>();
  private readonly index = createIndex<Named>({
    fields: [...nameFields],
    idField: 'key',
    extractField: (named, field) => (field === 'key' ? named.key : named.names[field as NameField].join('\n')),
    // A name says what a thing is; another name or a label only that it goes by it too.
    boost: { en: 3, id: 3, aliases: 1.5, labels: 1 },
  });

  constructor(items: readonly Named[] = []) {
    this.add(items);
  }

  /** Adds more: an index can be built a few names at a time, in idle moments. */
  add(items: readonly Named[]): void {
    for (const item of items) this.byKey.set(item.key, item);
    this.index.addAll(items);
  }

  /** Every item one typed word finds, by key. */
  find(word: string): WordFinds {
    return findWord(this.index, word);
  }

  /**
   * The name, as written, holding an indexed word: in `field`, or with `shortest`, in any field,
   * labels before other names ("Jangkauan" rather than "Reach (jangkauan)"). Among several, the
   * one holding most of the `together` words (the other words of the query), then the shortest:
   * "members reached" explains both words at once.
   */
  nameWith(
    key: string,
    word: string,
    field: NameField | 'shortest',
    together: readonly string[] = [],
  ): string | undefined {
    const names = this.byKey.get(key)?.names;
    if (!names) return undefined;
    const fields: readonly NameField[] = field === 'shortest' ? ['en', 'id', 'labels', 'aliases'] : [field];
    let best: { text: string; shared: number; length: number } | undefined;
    for (const inField of fields)
      for (const text of names[inField]) {
        const inText = words(text);
        if (!inText.includes(word)) continue;
        const shared = together.filter((other) => inText.includes(other)).length;
        if (!best || shared > best.shared || (shared === best.shared && inText.length < best.length))
          best = { text, shared, length: inText.length };
      }
    return best?.text;
  }
}
