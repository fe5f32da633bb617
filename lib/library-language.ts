// The coaching library one language at a time: the build writes one file per language in which
// every text holds only that language, and a page that switches language adds the other's texts
// into the objects it already holds, so indexes built on them stay valid.
import type { Language } from './i18n';

/**
 * Texts kept in both languages in every file: names and question texts, because search finds
 * metrics, platforms and questions by what they are called in either language.
 */
const BOTH_LANGUAGES = new Set(['name', 'text']);

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function isText(value: unknown): value is { en: string; id: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 2 && 'en' in value && 'id' in value && typeof value.en === 'string' && typeof value.id === 'string'
  );
}

/** The library with every text in `language` only (names and question texts in both). */
export function libraryInLanguage(library: unknown, language: Language): Json {
  const walk = (value: unknown, key: string): Json => {
    if (isText(value)) return BOTH_LANGUAGES.has(key) ? { ...value } : { [language]: value[language] };
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, walk(item, name)]));
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
