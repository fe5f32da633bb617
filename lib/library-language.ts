// The coaching library one language at a time: the build writes one file per language in which
// every text holds only that language, and a page that switches language adds the other's texts
// into the objects it already holds, so indexes built on them stay valid.
import type { Language } from './i18n';

/**
 * Texts kept in both languages in every file: names, because the Glossary finds metrics by what
 * they are called in either language. The notes' search, which also finds questions by their
 * text in either language, loads the other language's file first (components/notes/use-notes.ts).
 */
const BOTH_LANGUAGES = new Set(['name']);

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * A text: its `en` and `id`. A text can carry attributes beside them (the platforms a pitfall is
 * about), which every file keeps whole.
 */
function isText(value: unknown): value is { en: string; id: string; [attribute: string]: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return 'en' in value && 'id' in value && typeof value.en === 'string' && typeof value.id === 'string';
}

/**
 * What no page reads, left out of every file: a surface's URL rules (regular expressions, which
 * JSON cannot keep; the background matches them, from content/detection.ts) and its example
 * addresses (the tests' own). These keys name nothing else in the library.
 */
const NOT_SHIPPED = new Set(['rules', 'examples']);

/** The library with every text in `language` only (names in both). */
export function libraryInLanguage(library: unknown, language: Language): Json {
  const walk = (value: unknown, key: string): Json => {
    if (isText(value)) {
      const { en, id, ...attributes } = value;
      const texts = BOTH_LANGUAGES.has(key) ? { en, id } : { [language]: value[language] };
      return { ...(walk(attributes, key) as { [key: string]: Json }), ...texts };
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value instanceof RegExp) throw new Error(`Sidecoach: the library holds a pattern JSON cannot keep at "${key}"`);
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(
        Object.entries(value)
          .filter(([name]) => !NOT_SHIPPED.has(name))
          .map(([name, item]) => [name, walk(item, name)]),
      );
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null)
      return value;
    throw new Error(`Sidecoach: the library holds a value JSON cannot keep at "${key}"`);
  };
  return walk(library, '');
}

/**
 * Adds to `target` everything `addition` has that it lacks: the texts of another language, from
 * a file of the same library. Changes `target` in place; never replaces a value it has.
 */
export function addLanguage(target: unknown, addition: unknown): void {
  if (typeof target !== 'object' || target === null || typeof addition !== 'object' || addition === null) return;
  if (Array.isArray(target) !== Array.isArray(addition)) return;
  const into = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(addition)) {
    if (!Object.hasOwn(into, key)) into[key] = value;
    else addLanguage(into[key], value);
  }
}

/**
 * The fields of a metric only its open card and the Glossary show: the explanation, the
 * platform variants, the pitfalls, the sources, the formula and the goals it serves. They are two
 * fifths of the library's texts, so the build writes them to a file of their own that the panel
 * reads after its first view.
 */
export const EXPLAINER_FIELDS = [
  'explanation',
  'variants',
  'pitfalls',
  'sources',
  'sourceNote',
  'formula',
  'goals',
] as const;

/**
 * The fields of a question only its opened details show: why it matters and what a good answer
 * sounds like. Half of the questions' texts, so they wait in the same file as the explainers.
 */
export const QUESTION_DETAIL_FIELDS = ['why', 'goodAnswer'] as const;

/**
 * The fields of a goal only a metric's explainer shows: what the goal means and its trap. The
 * goal's name stays in the first file, for `nameOf`.
 */
export const GOAL_DETAIL_FIELDS = ['summary', 'trap'] as const;

/** The text of a checklist item, which only the side panel's Checklist view shows (the popup has its own copy). */
export const CHECKLIST_DETAIL_FIELDS = ['text'] as const;

/**
 * The part of the learning section only the Team view's foot shows: the kinds of sources worth
 * following. The retro stays in the first file: the weekly retro reminder quotes it.
 */
export const LEARNING_DETAIL_FIELDS = ['sourceKinds'] as const;

/** Whole sections only a view opened on demand shows: the Glossary's table of what counts as a view. */
export const DEFERRED_SECTIONS = ['viewCounts'] as const;

type Entry = { [key: string]: Json };

/** The entry's fields in `fields` (keep) or all its others (drop). */
function pickEntry(entry: Entry, fields: ReadonlySet<string>, keep: boolean): Entry {
  return Object.fromEntries(Object.entries(entry).filter(([key]) => fields.has(key) === keep));
}

/** Each entry's fields in `fields` (keep) or all its others (drop), in the list's order. */
function pickFields(list: Json | undefined, fields: ReadonlySet<string>, keep: boolean): Entry[] {
  if (!Array.isArray(list)) return [];
  return (list as Entry[]).map((entry) => pickEntry(entry, fields, keep));
}

/**
 * A library file split in two: the library without the metrics' explainer fields, the questions'
 * and goals' details, the checklist's texts, the sources worth following and the deferred
 * sections, and those as `{ metrics: [...], questions: [...], goals: [...], checklists: [...],
 * learning: { sourceKinds }, viewCounts: [...] }` in the library's order, which `addLanguage` puts
 * back in place.
 */
export function splitExplainers(file: Json): { core: Json; explainers: Json } {
  if (typeof file !== 'object' || file === null || Array.isArray(file) || !Array.isArray(file.metrics)) {
    throw new Error('Sidecoach: a library file without metrics cannot be split');
  }
  const details: [string, ReadonlySet<string>][] = [
    ['metrics', new Set(EXPLAINER_FIELDS)],
    ['questions', new Set(QUESTION_DETAIL_FIELDS)],
    ['goals', new Set(GOAL_DETAIL_FIELDS)],
    ['checklists', new Set(CHECKLIST_DETAIL_FIELDS)],
  ];
  const core: Entry = { ...file };
  const explainers: Entry = {};
  for (const [list, fields] of details) {
    if (!Array.isArray(file[list])) continue;
    core[list] = pickFields(file[list], fields, false);
    explainers[list] = pickFields(file[list], fields, true);
  }
  const learning = file.learning;
  if (typeof learning === 'object' && learning !== null && !Array.isArray(learning)) {
    const fields = new Set<string>(LEARNING_DETAIL_FIELDS);
    core.learning = pickEntry(learning, fields, false);
    explainers.learning = pickEntry(learning, fields, true);
  }
  for (const section of DEFERRED_SECTIONS) {
    if (!(section in file)) continue;
    explainers[section] = file[section];
    delete core[section];
  }
  return { core, explainers };
}
