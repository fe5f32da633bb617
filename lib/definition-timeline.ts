// The timeline of definition changes: every dated `changes` entry of every metric, in date order,
// optionally for one platform. Pure, so the Glossary's timeline and its tests share it.
import type { LocalizedText, Metric } from '../content/schema';

/** One change a platform made to how a metric is defined or counted. */
export interface TimelineEntry {
  metricId: string;
  platform: string;
  /** `YYYY-MM` or `YYYY-MM-DD`, as precise as the source. */
  when: string;
  what: LocalizedText;
}

export interface TimelineOptions {
  /** Only this platform's changes; every platform when left out. */
  platform?: string;
  /** Newest first, the order a leader checking recent changes wants; oldest first otherwise. */
  newestFirst?: boolean;
}

/**
 * A sortable key for a `when`: a month with no day sorts before the days of that month, since
 * it is the less precise date and may have happened on any of them.
 */
function sortKey(when: string): string {
  return when.length === 7 ? `${when}-00` : when;
}

/**
 * Every change of every metric, sorted by date (entries on the same date keep the library's
 * metric order), filtered to one platform when `options.platform` is given.
 */
export function definitionTimeline(
  metrics: readonly Pick<Metric, 'id' | 'changes'>[],
  options: TimelineOptions = {},
): TimelineEntry[] {
  const entries = metrics.flatMap((metric) =>
    metric.changes
      .filter((change) => options.platform === undefined || change.platform === options.platform)
      .map((change) => ({ metricId: metric.id, platform: change.platform, when: change.when, what: change.what })),
  );
  // Array.prototype.sort is stable, so equal dates keep the library's order either way.
  const direction = options.newestFirst ? -1 : 1;
  return entries.sort((a, b) => direction * sortKey(a.when).localeCompare(sortKey(b.when)));
}

/** The platforms that have at least one change, in order of their first change, for a filter. */
export function timelinePlatforms(metrics: readonly Pick<Metric, 'id' | 'changes'>[]): string[] {
  return [...new Set(definitionTimeline(metrics).map((entry) => entry.platform))];
}
