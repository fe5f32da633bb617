// The browser's languages, for the "auto" language setting: the interface language first, then the
// languages the person prefers for pages. Shared by the pages' React side (components/ui/use-i18n)
// and the side panel's early script (entrypoints/early-load.ts), so both guess the same language.
import { browser } from 'wxt/browser';

let languages: string[] | null = null;

/**
 * Read once per page: every component that shows text asks on every render, and they change only
 * with the browser's settings, which fire `languagechange`.
 */
export function browserLanguages(): string[] {
  if (!languages) {
    languages = [browser.i18n.getUILanguage(), ...navigator.languages];
    globalThis.addEventListener?.('languagechange', () => (languages = null), { once: true });
  }
  return languages;
}
