// Loads one language from the extension's own files (never the network): its interface strings
// (`locales/<language>.json`) and, on pages that show the coaching library, the library's texts
// in it (runtime/library.ts). Each page and the background load only the language on screen, and
// the other on a switch. A page loads first only the strings its scripts can show
// (`locales/<language>.<page>.json`, a third of them for the side panel), and the rest when a view
// it loads later opens (`withAllStrings`; the side panel reads them ahead, once idle). The popup
// and the options page load no view later, and `npm run size` checks that no script they can
// load asks for a string outside their file. The build writes these files (see wxt.config.ts and
// lib/page-strings.ts).
import { addCatalog, hasCatalog, type Catalog, type Language } from '@/lib/i18n';
import type { PageWithOwnStrings } from '@/lib/page-strings';
import { readExtensionJson } from './extension-json';

/** The library's loader, on a page that shows it (runtime/library.ts); the other pages never load its code. */
let withLibrary: LibraryLoader | null = null;
/** The page's name until it asks for all strings; null on a page without a file of its own. */
let firstView: PageWithOwnStrings | null = null;
/** Languages that hold only their first view's strings. */
const partial = new Set<Language>();
const loading = new Map<Language, Promise<void>>();
const completing = new Map<Language, Promise<void>>();
const listeners = new Set<() => void>();

export interface LibraryLoader {
  has(language: Language): boolean;
  load(language: Language): Promise<void>;
}

/** A page that shows the coaching library says so, with its loader, before it loads its first language. */
export function alsoLoadLibrary(loader: LibraryLoader): void {
  withLibrary = loader;
}

/** A page with a strings file for its first view names itself before it loads its first language. */
export function loadFirstViewStrings(page: PageWithOwnStrings): void {
  firstView = page;
}

/** Whether everything this page shows in `language` is loaded. */
export function isLanguageReady(language: Language): boolean {
  return hasCatalog(language) && (withLibrary?.has(language) ?? true);
}

/** Calls `listener` whenever a language finishes loading; returns the function that stops it. */
export function onLanguageReady(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Reads the first view's strings while the page loads, all of them after. A page that came up
 * during the read may open a view that shows any string, so then the whole file is read instead.
 */
async function readStrings(language: Language): Promise<void> {
  const page = firstView;
  const strings = await readExtensionJson(page ? `/locales/${language}.${page}.json` : `/locales/${language}.json`);
  if (page && firstView === null) return readStrings(language);
  addCatalog(language, strings as Partial<Catalog>);
  if (page) partial.add(language);
  else partial.delete(language);
}

/**
 * Resolves once `language` is ready: the interface strings and, where wanted, the library's texts,
 * both in place before anyone is told. A failed load is retried at the next call.
 */
export function loadLanguage(language: Language): Promise<void> {
  if (isLanguageReady(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = Promise.all([hasCatalog(language) ? null : readStrings(language), withLibrary?.load(language)])
      .then(() => {
        for (const listener of listeners) listener();
      })
      .finally(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

/**
 * Loads the rest of the strings of every language the page holds: a view the page loads later
 * waits for it (`withAllStrings`), and the side panel asks ahead once idle. From then on, a
 * language loads whole. Retried at the next call after a failure.
 */
export function loadAllStrings(): Promise<void> {
  firstView = null;
  const rest = [...partial].map((language) => {
    let pending = completing.get(language);
    if (!pending) {
      pending = readStrings(language).finally(() => completing.delete(language));
      completing.set(language, pending);
    }
    return pending;
  });
  return Promise.all(rest).then(() => undefined);
}

/** `load` (a view's code), resolved once the strings it may show are in too. */
export function withAllStrings<T>(load: Promise<T>): Promise<T> {
  return Promise.all([load, loadAllStrings()]).then(([loaded]) => loaded);
}
