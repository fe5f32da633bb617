// Loads one language's interface strings from the extension's own files (never the network):
// each page and the background load only the language on screen, and the other on a switch.
// The build writes `locales/<language>.json` from locales/*.ts (see wxt.config.ts).
import { browser } from 'wxt/browser';
import { addCatalog, hasCatalog, type Catalog, type Language } from '@/lib/i18n';

const loading = new Map<Language, Promise<void>>();

/** Resolves once `language`'s strings are loaded; a failed load is retried at the next call. */
export function loadLanguage(language: Language): Promise<void> {
  if (hasCatalog(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = fetch(browser.runtime.getURL(`/locales/${language}.json`))
      .then((response) => {
        if (!response.ok) throw new Error(`Sidecoach: locales/${language}.json: ${response.status}`);
        return response.json() as Promise<Catalog>;
      })
      .then((strings) => addCatalog(language, strings))
      .finally(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}
