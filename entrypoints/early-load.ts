// Starts reading the language files a page needs before its modules have loaded: a classic
// script in the side panel's head, tiny and with no imports to wait for, so it always runs before
// the page's modules (which take ~100 ms to load and run here). The files are read meanwhile, and
// runtime/extension-json.ts takes the reads over. Only the likely language (the browser's) is
// read, as startPageLanguage (runtime/page-language.ts) reads it first; another chosen in Settings
// loads as before. The strings are the side panel's first view's (runtime/load-language.ts).
import { resolveLanguage } from '@/lib/i18n';
import { browserLanguages } from '@/runtime/browser-languages';
import { startEarlyReads } from '@/runtime/extension-json';

export default defineUnlistedScript(() => {
  const language = resolveLanguage('auto', browserLanguages());
  const withLibrary = document.currentScript?.hasAttribute('data-library') ?? false;
  startEarlyReads([
    `/locales/${language}.sidepanel.json`,
    ...(withLibrary ? [`/library/${language}.json` as const] : []),
  ]);
});
