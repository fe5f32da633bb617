// The Glossary's search index over the library, built once per page when first asked for (the
// module may load before the library does).
import { library } from '@/runtime/library';
import { glossaryEntries } from '@/lib/glossary';

let labels: ReadonlyMap<string, string[]> | null = null;
let index: ReturnType<typeof glossaryEntries> | null = null;

/** Every label platforms show for each metric, by metric id: searched as well as its names. */
export function labelsByMetric(): ReadonlyMap<string, string[]> {
  labels ??= new Map(library.labels.map((entry) => [entry.id, Object.values(entry.labels).flat()] as const));
  return labels;
}

export function glossaryIndex(): ReturnType<typeof glossaryEntries> {
  index ??= glossaryEntries(library.metrics, labelsByMetric());
  return index;
}
