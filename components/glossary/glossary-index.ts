// The Glossary's search index over the library, built once per page.
import { library } from '@/runtime/library';
import { glossaryEntries } from '@/lib/glossary';

const labelsByMetric = new Map(library.labels.map((entry) => [entry.id, Object.values(entry.labels).flat()] as const));

export const glossaryIndex = glossaryEntries(library.metrics, labelsByMetric);
