// The React side of the i18n layer: the language from settings (or the browser's), and
// functions that turn message keys and library texts into strings in that language.
import { useEffect, useMemo } from 'react';
import { browser } from 'wxt/browser';
import type { LocalizedText } from '@/content';
import { pick, resolveLanguage, translate, type Language, type MessageKey } from '@/lib/i18n';
import { useSettingsStore } from '@/state/settings-store';

export function browserLanguages(): string[] {
  return [browser.i18n.getUILanguage(), ...navigator.languages];
}

export interface I18n {
  language: Language;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  pick(text: LocalizedText): string;
}

export function useI18n(): I18n {
  const setting = useSettingsStore((state) => state.settings.language);
  const language = resolveLanguage(setting, browserLanguages());
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return useMemo(
    () => ({
      language,
      t: (key, params) => translate(language, key, params),
      pick: (text) => pick(text, language),
    }),
    [language],
  );
}
