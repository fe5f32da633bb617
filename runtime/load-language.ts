// Loads one language from the extension's own files (never the network): its interface strings
// (`locales/<language>.json`) and, on pages that show the coaching library, the library's texts
// in it (runtime/library.ts). Each page and the background load only the language on screen, and
// the other on a switch. The build writes these files (see wxt.config.ts).
import { addCatalog, hasCatalog, type Catalog, type Language } from '@/lib/i18n';
import { readExtensionJson } from './extension-json';
import { hasLibrary, loadLibrary } from './library';

let withLibrary = false;
const loading = new Map<Language, Promise<void>>();
const listeners = new Set<() => void>();

/** A page that shows the coaching library says so before it loads its first language. */
export function alsoLoadLibrary(): void {
  withLibrary = true;
}

/** Whether everything this page shows in `language` is loaded. */
export function isLanguageReady(language: Language): boolean {
  return hasCatalog(language) && (!withLibrary || hasLibrary(language));
}

/** Calls `listener` whenever a language finishes loading; returns the function that stops it. */
export function onLanguageReady(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function readCatalog(language: Language): Promise<Catalog> {
  return readExtensionJson(`/locales/${language}.json`) as Promise<Catalog>;
}

/**
 * Resolves once `language` is ready: the interface strings and, where wanted, the library's texts,
 * both in place before anyone is told. A failed load is retried at the next call.
 */
export function loadLanguage(language: Language): Promise<void> {
  if (isLanguageReady(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = Promise.all([
      hasCatalog(language) ? null : readCatalog(language),
      withLibrary ? loadLibrary(language) : null,
    ])
      .then(([strings]) => {
        if (strings) addCatalog(language, strings);
        for (const listener of listeners) listener();
      })
      .finally(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}
