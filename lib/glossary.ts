// Glossary search: finds metrics by any name a leader might type, in English or Indonesian, as
// they type and with one typo forgiven, and says which name matched. Pure, so it is tested in Node.
import type { Metric } from '../content/schema';
import { foldText, words } from './fold';
import {
  bestHit,
  byRelevance,
  distinctReasons,
  everyWord,
  hitsIn,
  NameIndex,
  nameFields,
  scoresOf,
  type MatchReason,
  type Named,
  type NameField,
} from './word-search';

/** What a metric can be found by: its names, aliases and every label platforms show for it. */
export interface GlossaryEntry {
  metric: Metric;
  /** Folded names in both languages. */
  names: string[];
  /** Folded aliases and interface labels, which rank below the names. */
  aliases: string[];
  /** The same, as written, for the search index and for saying what matched. */
  named: Named;
}

/** A metric's names as written, by field: how the Glossary and the notes find a metric. */
export function metricNames(metric: Metric, labels: readonly string[] = [], key = metric.id): Named {
  return { key, names: { en: [metric.name.en], id: [metric.name.id], aliases: metric.aliases, labels } };
}

export function glossaryEntries(metrics: readonly Metric[], labels: ReadonlyMap<string, readonly string[]>) {
  return metrics.map<GlossaryEntry>((metric) => ({
    metric,
    names: [foldText(metric.name.en), foldText(metric.name.id)],
    aliases: [...metric.aliases, ...(labels.get(metric.id) ?? [])].map(foldText),
    named: metricNames(metric, labels.get(metric.id)),
  }));
}

/** A metric found, and what in it matched the query. */
export interface GlossaryResult {
  metric: Metric;
  why: MatchReason[];
}

// The index is built the first time a list of entries is searched, once per page.
const indexes = new WeakMap<readonly GlossaryEntry[], NameIndex>();

function indexOf(entries: readonly GlossaryEntry[]): NameIndex {
  let index = indexes.get(entries);
  if (!index) indexes.set(entries, (index = new NameIndex(entries.map((entry) => entry.named))));
  return index;
}

/**
 * The metrics matching every word of a query, each word exactly, as the start of a word or with
 * one typo: exact and prefix matches first, then typos, best first within each; every metric, in
 * library order, for an empty query. Each says which name matched.
 */
export function searchGlossary(entries: readonly GlossaryEntry[], query: string): GlossaryResult[] {
  const typed = [...new Set(words(query))];
  if (typed.length === 0) return entries.map((entry) => ({ metric: entry.metric, why: [] }));
  const index = indexOf(entries);
  const finds = typed.map((word) => index.find(word));
  const order = new Map(entries.map((entry, position) => [entry.named.key, { entry, position }]));
  return everyWord(finds.map(scoresOf))
    .sort((a, b) => byRelevance(a, b) || order.get(a.id)!.position - order.get(b.id)!.position)
    .map(({ id }) => {
      const hits = finds.flatMap(({ word, byId }) => bestHit(hitsIn(word, byId.get(id)!.match), nameFields) ?? []);
      const together = hits.map((hit) => hit.word);
      const why = hits.map((hit) => ({
        field: hit.field,
        word: hit.word,
        typo: hit.kind === 'typo',
        text: index.nameWith(id, hit.word, hit.field as NameField, together),
      }));
      return { metric: order.get(id)!.entry.metric, why: distinctReasons(why) };
    });
}

/** The metric one of whose names, aliases or labels is exactly the text, if there is one. */
export function exactMatch(entries: readonly GlossaryEntry[], text: string): Metric | null {
  const folded = foldText(text);
  return (
    entries.find((entry) => entry.names.includes(folded))?.metric ??
    entries.find((entry) => entry.aliases.includes(folded))?.metric ??
    null
  );
}
