// The React side of the i18n layer: the language from settings (or the browser's), and
// functions that turn message keys, messages and library texts into strings in that language.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { LocalizedText } from '@/content';
import {
  pick,
  resolveLanguage,
  say,
  translate,
  word,
  type Language,
  type Message,
  type MessageKey,
  type MessageParam,
} from '@/lib/i18n';
import { browserLanguages } from '@/runtime/browser-languages';
import { isLanguageReady, loadLanguage, onLanguageReady } from '@/runtime/load-language';
import { settingsItem } from '@/state/settings';
import { useStorageItem } from './use-storage-item';

export interface I18n {
  language: Language;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** A message from `lib/` or `state/`, in words. */
  say(message: Message): string;
  pick(text: LocalizedText): string;
  /** Any message value (a library text, a date, a list, a message) in words. */
  word(value: MessageParam): string;
}

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
  return useMemo(
    () => ({
      language,
      t: (key, params) => translate(language, key, params),
      say: (message) => say(language, message),
      pick: (text) => pick(text, language),
      word: (value) => word(language, value),
    }),
    [language],
  );
}
