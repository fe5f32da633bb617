// The coaching library as this page holds it: the language on screen only, read from the
// extension's own `library/<language>.json` (written by the build from content/), with the other
// language's texts added in place on a switch. The side panel loads it with its strings, before
// its first view (`alsoLoadLibrary`, runtime/load-language.ts); unit tests set the whole library
// (tests/unit-setup.ts).
// The metric explainers (lib/library-language.ts `EXPLAINER_FIELDS`), the questions' and goals'
// details, the checklist's texts, the sources worth following and the view-count table are in
// `library/<language>.explainers.json`, read after the first view or when a view needs them: until
// `loadExplainers` resolves, they are missing.
import type { Library, LocalizedText } from '@/content';
import type { Language } from '@/lib/i18n';
import { createLabelIndex, type LabelIndex } from '@/lib/labels';
import { addLanguage } from '@/lib/library-language';
import { readExtensionJson } from './extension-json';

/** The library; read it only after `loadLibrary` has resolved (or `setLibrary` ran). */
export let library: Library;

/**
 * A load per language that runs once however many callers wait on it at the same time, and is
 * tried again at the next call after a failure.
 */
function perLanguage(load: (language: Language) => Promise<void>) {
  const done = new Set<Language>();
  const pending = new Map<Language, Promise<void>>();
  return {
    done,
    run(language: Language): Promise<void> {
      if (done.has(language)) return Promise.resolve();
      let waiting = pending.get(language);
      if (!waiting) {
        waiting = load(language)
          .then(() => void done.add(language))
          .finally(() => pending.delete(language));
        pending.set(language, waiting);
      }
      return waiting;
    },
  };
}

const texts = perLanguage(async (language) => {
  const part = await readExtensionJson(`/library/${language}.json`);
  // The file is the build's own output from the checked library: its shape is the Library's.
  if (library === undefined) library = part as Library;
  else addLanguage(library, part);
});
const explainers = perLanguage(async (language) => {
  const [, part] = await Promise.all([
    loadLibrary(language),
    readExtensionJson(`/library/${language}.explainers.json`),
  ]);
  addLanguage(library, part);
});

/** Holds a whole library in every language (tests, and the build's own tools). */
export function setLibrary(whole: Library): void {
  library = whole;
  names.clear();
  labels = undefined;
  texts.done.add('en').add('id');
  explainers.done.add('en').add('id');
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

let labels: LabelIndex | undefined;

/**
 * The metric labels of the library this page holds, indexed: the same labels detection reads, in
 * the same order (a test holds them equal), so a page needs no copy of detection's own.
 */
export function libraryLabels(): LabelIndex {
  labels ??= createLabelIndex(library.labels);
  return labels;
}

/** Whether the metric explainers of `language` are in the library this page holds. */
export function hasExplainers(language: Language): boolean {
  return explainers.done.has(language);
}

/** Resolves once the library holds `language` with its metric explainers; a failed load is retried at the next call. */
export function loadExplainers(language: Language): Promise<void> {
  return explainers.run(language);
}

/** Whether the texts of `language` are in the library this page holds. */
export function hasLibrary(language: Language): boolean {
  return texts.done.has(language);
}

/** Resolves once the library holds the texts of `language`; a failed load is retried at the next call. */
export function loadLibrary(language: Language): Promise<void> {
  return texts.run(language);
}
