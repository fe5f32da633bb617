// The Glossary's search index over the library, built once per page.
import { library } from '@/runtime/library';
import { glossaryEntries } from '@/lib/glossary';

/** Every label platforms show for each metric, by metric id: searched as well as its names. */
export const labelsByMetric = new Map(
  library.labels.map((entry) => [entry.id, Object.values(entry.labels).flat()] as const),
);

export const glossaryIndex = glossaryEntries(library.metrics, labelsByMetric);
