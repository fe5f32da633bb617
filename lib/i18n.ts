// The i18n layer: resolves the interface language and looks up strings. Every string the
// interface shows comes through `translate` (interface strings) or `pick` (library texts).
import type { LocalizedText } from '../content';
import { en, type MessageKey } from '../locales/en';
import { id } from '../locales/id';

export const languages = ['en', 'id'] as const;
export type Language = (typeof languages)[number];
export type LanguageSetting = Language | 'auto';
export type { MessageKey };

const catalogs: Record<Language, Record<MessageKey, string>> = { en, id };

/**
 * The language to show: the setting when it names one, otherwise the first of the browser's
 * languages we support. `in` is the code older systems use for Indonesian.
 */
export function resolveLanguage(setting: LanguageSetting, browserLanguages: readonly string[]): Language {
  if (setting !== 'auto') return setting;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'id' || base === 'in') return 'id';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/** The interface string for `key`, with `{name}` placeholders filled from `params`. */
export function translate(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return catalogs[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The key of a language's own name, for menus that list languages. */
export function languageNameKey(language: Language): MessageKey {
  return language === 'id' ? 'languageIndonesian' : 'languageEnglish';
}

/** The text of a library entry in the given language. */
export function pick(text: LocalizedText, language: Language): string {
  return text[language];
}

/** Every interface string catalogue, for tests that compare locales. */
export function catalog(language: Language): Readonly<Record<MessageKey, string>> {
  return catalogs[language];
}
