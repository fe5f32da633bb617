// The coaching library as this page holds it: the language on screen only, read from the
// extension's own `library/<language>.json` (written by the build from content/), with the other
// language's texts added in place on a switch. Pages that show the library load it before their
// views (see components/ui/mount.tsx); unit tests set the whole library (tests/unit-setup.ts).
// The metric explainers (lib/library-language.ts `EXPLAINER_FIELDS`) are in
// `library/<language>.explainers.json`, read after the first view or when a card needs them:
// until `loadExplainers` resolves, those fields of each metric are missing.
import type { Library, LocalizedText } from '@/content';
import type { Language } from '@/lib/i18n';
import { addLanguage } from '@/lib/library-language';
import { readExtensionJson } from './extension-json';

/** The library; read it only after `loadLibrary` has resolved (or `setLibrary` ran). */
export let library: Library;

const loaded = new Set<Language>();
const loading = new Map<Language, Promise<void>>();
const explained = new Set<Language>();
const explaining = new Map<Language, Promise<void>>();

/** Holds a whole library in every language (tests, and the build's own tools). */
export function setLibrary(whole: Library): void {
  library = whole;
  names.clear();
  loaded.add('en').add('id');
  explained.add('en').add('id');
}

type Named = 'platforms' | 'metrics' | 'goals';
const names = new Map<Named, Map<string, LocalizedText>>();

/**
 * The name of a platform, metric or goal in both languages, or its id when the library has none.
 * Built on first use, so that modules can be loaded before the library is.
 */
export function nameOf(kind: Named, id: string): LocalizedText {
  let byId = names.get(kind);
  if (!byId) {
    byId = new Map(library[kind].map((entry) => [entry.id, entry.name]));
    names.set(kind, byId);
  }
  return byId.get(id) ?? { en: id, id };
}

/** Whether the metric explainers of `language` are in the library this page holds. */
export function hasExplainers(language: Language): boolean {
  return explained.has(language);
}

/** Resolves once the library holds `language` with its metric explainers; a failed load is retried at the next call. */
export function loadExplainers(language: Language, read = readExplainersFile): Promise<void> {
  if (explained.has(language)) return Promise.resolve();
  let pending = explaining.get(language);
  if (!pending) {
    pending = Promise.all([loadLibrary(language), read(language)])
      .then(([, part]) => {
        addLanguage(library, part);
        explained.add(language);
      })
      .finally(() => explaining.delete(language));
    explaining.set(language, pending);
  }
  return pending;
}

function readExplainersFile(language: Language): Promise<unknown> {
  return readExtensionJson(`/library/${language}.explainers.json`);
}

/** Whether the texts of `language` are in the library this page holds. */
export function hasLibrary(language: Language): boolean {
  return loaded.has(language);
}

/** Resolves once the library holds the texts of `language`; a failed load is retried at the next call. */
export function loadLibrary(language: Language, read = readLibraryFile): Promise<void> {
  if (loaded.has(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = read(language)
      .then((part) => {
        // The file is the build's own output from the checked library: its shape is the Library's.
        if (library === undefined) library = part as Library;
        else addLanguage(library, part);
        loaded.add(language);
      })
      .finally(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

function readLibraryFile(language: Language): Promise<unknown> {
  return readExtensionJson(`/library/${language}.json`);
}
