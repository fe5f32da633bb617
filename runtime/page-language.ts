// The language a page opens in: its settings read while the browser's language, the likely one,
// already loads, then the one chosen loaded (English when that fails, so the page still works).
// Every page starts here, React pages through mountPage and the popup's plain DOM alike.
import { resolveLanguage, type Language } from '@/lib/i18n';
import type { PageWithOwnStrings } from '@/lib/page-strings';
import { browserLanguages } from './browser-languages';
import { loadFirstViewStrings, loadLanguage } from './load-language';
import { readSettings } from '@/state/settings';

/**
 * Loads the strings the page's first view can show (the views a page loads later wait for the
 * rest, `withAllStrings`) and says which language they are in. No module a page imports reads
 * the library or the strings while it loads, only when it renders, so they all load at once.
 */
export async function startPageLanguage(page: PageWithOwnStrings): Promise<Language> {
  // When the page's modules have run, and below when its settings and strings are in: the two
  // steps `bench/pages.mjs` times between the document arriving and the first frame drawn.
  performance.mark('sidecoach:modules-run');
  loadFirstViewStrings(page);
  // Most leaders keep the browser's language: its files load while the settings are read.
  const likely = resolveLanguage('auto', browserLanguages());
  loadLanguage(likely).catch(() => undefined);
  const settings = await readSettings();
  const language = resolveLanguage(settings.value.language, browserLanguages());
  const shown = await loadLanguage(language).then(
    () => language,
    () => loadLanguage('en').then(() => 'en' as const),
  );
  performance.mark('sidecoach:strings-in');
  return shown;
}
