// Which metric a label names on a platform: an index over the library's metric labels, built per
// platform on first use. Pure. The background indexes the labels detection ships with
// (lib/context.ts); the side panel indexes the library it already holds (runtime/library.ts), so
// it does not load the platforms and labels a second time as code.
import type { MetricLabels } from '../content/schema';
import { normalizeLabel } from './fold';

const wordCharacter = String.raw`[\p{L}\p{N}]`;

/** A pattern that finds the label as whole words in normalised text. */
export function labelPattern(label: string): RegExp {
  const escaped = normalizeLabel(label).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!${wordCharacter})${escaped}(?!${wordCharacter})`, 'u');
}

export interface LabelIndex {
  /** Every label a platform shows for a metric, as its interface writes it. */
  labelsFor(platformId: string): string[];
  /** Metric ids for labels the content script found, which must be exact labels of this platform. */
  metricsForLabels(platformId: string, labels: readonly string[]): string[];
  /** Metric ids whose labels appear as whole words in the texts, in the library's order. */
  findMetrics(platformId: string, texts: readonly string[]): string[];
}

interface PlatformLabels {
  entries: { metric: string; label: string }[];
  /** Normalised label to metric id. */
  metricByLabel: Map<string, string>;
  /**
   * The whole-word patterns, built on first use: only `findMetrics` needs them, and building a
   * hundred Unicode patterns took 7 ms of the side panel's opening, which only looks labels up.
   */
  patterns?: { metric: string; pattern: RegExp }[];
}

/** An index over `metricLabels`, in whose order metrics are listed. */
export function createLabelIndex(metricLabels: readonly MetricLabels[]): LabelIndex {
  const platforms = new Map<string, PlatformLabels>();
  const order = new Map(metricLabels.map((metric, index) => [metric.id, index]));
  const byLibraryOrder = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);

  function of(platformId: string): PlatformLabels {
    let found = platforms.get(platformId);
    if (!found) {
      const entries = metricLabels.flatMap((metric) =>
        (metric.labels[platformId] ?? []).map((label) => ({ metric: metric.id, label })),
      );
      found = { entries, metricByLabel: new Map(entries.map((entry) => [normalizeLabel(entry.label), entry.metric])) };
      platforms.set(platformId, found);
    }
    return found;
  }

  return {
    labelsFor: (platformId) => of(platformId).entries.map((entry) => entry.label),
    metricsForLabels(platformId, labels) {
      const { metricByLabel } = of(platformId);
      const found = new Set(labels.flatMap((label) => metricByLabel.get(normalizeLabel(label)) ?? []));
      return [...found].sort(byLibraryOrder);
    },
    findMetrics(platformId, texts) {
      if (texts.length === 0) return [];
      const platform = of(platformId);
      platform.patterns ??= platform.entries.map(({ metric, label }) => ({ metric, pattern: labelPattern(label) }));
      const normalized = texts.map(normalizeLabel);
      const found = new Set<string>();
      for (const { metric, pattern } of platform.patterns) {
        if (!found.has(metric) && normalized.some((text) => pattern.test(text))) found.add(metric);
      }
      return [...found].sort(byLibraryOrder);
    },
  };
}
