// Glossary search: finds metrics by any name a leader might type, in English or Indonesian.
// Pure, so it is tested in Node; the library is small enough (tens of entries) for a scan.
import type { Metric } from '../content/schema';
import { foldText } from './fold';

/** What a metric can be found by: its names, aliases and every label platforms show for it. */
export interface GlossaryEntry {
  metric: Metric;
  /** Folded names in both languages. */
  names: string[];
  /** Folded aliases and interface labels, which rank below the names. */
  aliases: string[];
}

export function glossaryEntries(metrics: readonly Metric[], labels: ReadonlyMap<string, readonly string[]>) {
  return metrics.map<GlossaryEntry>((metric) => ({
    metric,
    names: [foldText(metric.name.en), foldText(metric.name.id)],
    aliases: [...metric.aliases, ...(labels.get(metric.id) ?? [])].map(foldText),
  }));
}

/**
 * How well a name matches the query: 0 is no match. A whole name beats a name that starts with
 * the query, which beats a word in a name that starts with it, which beats a match inside a word.
 */
function nameScore(name: string, query: string, primary: boolean): number {
  const bonus = primary ? 1 : 0;
  if (name === query) return 8 + bonus;
  if (name.startsWith(query)) return 6 + bonus;
  if (name.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(query))) return 4 + bonus;
  if (query.length >= 3 && name.includes(query)) return 2 + bonus;
  return 0;
}

/**
 * The metrics matching a query, best first; every metric, in library order, for an empty query.
 * Every word of the query must match some name of the metric.
 */
export function searchGlossary(entries: readonly GlossaryEntry[], query: string): Metric[] {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return entries.map((entry) => entry.metric);
  const whole = words.join(' ');
  const scored: { metric: Metric; score: number; index: number }[] = [];
  entries.forEach((entry, index) => {
    const best = (query: string) =>
      Math.max(
        0,
        ...entry.names.map((name) => nameScore(name, query, true)),
        ...entry.aliases.map((name) => nameScore(name, query, false)),
      );
    const wholeScore = best(whole);
    const wordScores = words.map(best);
    if (wholeScore === 0 && wordScores.some((score) => score === 0)) return;
    const score = Math.max(
      wholeScore * 2,
      wordScores.reduce((sum, value) => sum + value, 0),
    );
    scored.push({ metric: entry.metric, score, index });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((entry) => entry.metric);
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
