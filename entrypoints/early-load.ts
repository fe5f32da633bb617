// Starts reading the language files a page needs before its scripts have loaded: a classic
// script, tiny and with no imports to wait for, that the side panel's HTML runs as soon as it
// arrives. The page's modules take ~70 ms to load and run; the files are read meanwhile, and
// runtime/extension-json.ts takes the reads over. Only the likely language (the browser's) is
// read, as mountPage would read it first; another chosen in Settings loads as before.
import { resolveLanguage } from '@/lib/i18n';
import { startEarlyReads } from '@/runtime/extension-json';

export default defineUnlistedScript(() => {
  const language = resolveLanguage('auto', [browser.i18n.getUILanguage(), ...navigator.languages]);
  const withLibrary = document.currentScript?.hasAttribute('data-library') ?? false;
  startEarlyReads([`/locales/${language}.json`, ...(withLibrary ? [`/library/${language}.json` as const] : [])]);
});
