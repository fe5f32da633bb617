// The React side of the i18n layer: the language from settings (or the browser's), and
// functions that turn message keys, messages and library texts into strings in that language.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { resolveLanguage, wordsIn, type Language, type Words } from '@/lib/i18n';
import { browserLanguages } from '@/runtime/browser-languages';
import { isLanguageReady, loadLanguage, onLanguageReady } from '@/runtime/load-language';
import { settingsItem } from '@/state/settings';
import { useStorageItem } from './use-storage-item';

export type I18n = Words;

export function useI18n(): I18n {
  const setting = useStorageItem(settingsItem).value.language;
  const wanted = resolveLanguage(setting, browserLanguages());
  const loaded = useSyncExternalStore(onLanguageReady, () => isLanguageReady(wanted));
  useEffect(() => {
    if (!loaded) loadLanguage(wanted).catch(() => undefined);
  }, [loaded, wanted]);
  // Until a newly chosen language has loaded, the page stays in the one it shows.
  const language: Language = loaded ? wanted : wanted === 'en' ? 'id' : 'en';
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return useMemo(() => wordsIn(language), [language]);
}
