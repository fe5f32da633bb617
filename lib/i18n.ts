// The i18n layer: resolves the interface language and looks up strings. Every string the
// interface shows comes through `translate` (interface strings) or `pick` (library texts).
// Each language's strings are a catalogue added at run time (`addCatalog`), so a page loads only
// the language on screen: see runtime/load-language.ts.
import type { LocalizedText } from '../content';
import type { MessageKey } from '../locales/en';
import { dateFormat } from './date-format';

export const languages = ['en', 'id'] as const;
export type Language = (typeof languages)[number];
export type LanguageSetting = Language | 'auto';
export type { MessageKey };

/** One language's interface strings. */
export type Catalog = Readonly<Record<MessageKey, string>>;

const catalogs: Partial<Record<Language, Catalog>> = {};
/**
 * Makes a language's strings available: all of them, or some (a page's first view loads only
 * those it can show; see runtime/load-language.ts), added to those already loaded.
 */
export function addCatalog(language: Language, strings: Partial<Catalog>): void {
  catalogs[language] = { ...catalogs[language], ...strings } as Catalog;
}

/** Whether a language's strings are loaded. */
export function hasCatalog(language: Language): boolean {
  return catalogs[language] !== undefined;
}

/**
 * The strings of a language: while it loads, the strings of one already loaded, so a switch
 * never shows keys. Loading one is the page's first step, so none loaded is a programming error.
 */
function catalogOf(language: Language): Catalog {
  const strings = catalogs[language] ?? catalogs.en ?? catalogs.id;
  if (!strings) throw new Error(`Sidecoach: no interface strings loaded (asked for "${language}")`);
  return strings;
}

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

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** A number as the language writes it: 10,000 and 2.5 in English, 10.000 and 2,5 in Indonesian. */
export function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(localeTag(language))));
  return format.format(value);
}

/**
 * The interface string for `key`, with `{name}` placeholders filled from `params`. A number is
 * written as the language writes numbers ("Showing 10,000 of 10,000", "10.000 dari 10.000"); a
 * parameter that must stay as it is (an id, a year) is passed as a string.
 */
export function translate(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = catalogOf(language)[key] as string | undefined;
  // A view that loaded before the rest of the strings (runtime/load-language.ts `withAllStrings`).
  if (text === undefined) throw new Error(`Sidecoach: the string "${key}" is not loaded yet`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === 'number' ? formatNumber(value, language) : value;
  });
}

/**
 * A moment to show as a date in the language on screen: `day-month` is "5 Aug" / "5 Agu", `medium`
 * and `long` are Intl's date styles. A time zone the engine does not know falls back to the device's.
 */
export interface DateParam {
  date: number;
  style: 'day-month' | 'medium' | 'long';
  timeZone?: string;
}

/** Several values joined the way the language joins a list: "A, B and C" / "A, B, dan C". */
export interface ListParam {
  list: readonly MessageParam[];
}

/**
 * A value for a `{placeholder}`: words that differ by language come as `{ en, id }` (library
 * texts) or as another message (interface words, such as a field's name); dates and lists are
 * formatted in the language on screen.
 */
export type MessageParam = string | number | LocalizedText | Message | DateParam | ListParam;

/**
 * Something to tell the leader, as a key and its values rather than a sentence: `lib/` and
 * `state/` return these, and the interface words them in the language on screen.
 */
export interface Message {
  key: MessageKey;
  params?: Readonly<Record<string, MessageParam>>;
}

/** A message with its values. */
export function message(key: MessageKey, params?: Message['params']): Message {
  return params ? { key, params } : { key };
}

/** The BCP 47 tag a language formats dates and lists with; each locale file names its own. */
export function localeTag(language: Language): string {
  return catalogOf(language).localeTag;
}

const dateStyles: Record<DateParam['style'], Intl.DateTimeFormatOptions> = {
  'day-month': { day: 'numeric', month: 'short' },
  medium: { dateStyle: 'medium' },
  long: { dateStyle: 'long' },
};

function formatDate(language: Language, { date, style, timeZone }: DateParam): string {
  try {
    return dateFormat(localeTag(language), { ...dateStyles[style], timeZone }).format(date);
  } catch {
    return dateFormat(localeTag(language), dateStyles[style]).format(date);
  }
}

/** One value in words, in the given language. */
export function word(language: Language, value: MessageParam): string {
  if (typeof value === 'number') return formatNumber(value, language);
  if (typeof value !== 'object') return String(value);
  if ('key' in value) return say(language, value);
  if ('date' in value) return formatDate(language, value);
  if ('list' in value) {
    const items = value.list.map((item) => word(language, item));
    return new Intl.ListFormat(localeTag(language), { type: 'conjunction' }).format(items);
  }
  return value[language];
}

/** The sentence for a message in the given language. */
export function say(language: Language, { key, params = {} }: Message): string {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) values[name] = word(language, value);
  return translate(language, key, values);
}

export { languageNames } from '../locales/names';

/** The text of a library entry in the given language. */
export function pick(text: LocalizedText, language: Language): string {
  return text[language];
}

/** The i18n layer's functions with the language set: what a page draws its words with. */
export interface Words {
  language: Language;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** A message from `lib/` or `state/`, in words. */
  say(message: Message): string;
  pick(text: LocalizedText): string;
  /** Any message value (a library text, a date, a list, a message) in words. */
  word(value: MessageParam): string;
}

export function wordsIn(language: Language): Words {
  return {
    language,
    t: (key, params) => translate(language, key, params),
    say: (message) => say(language, message),
    pick: (text) => pick(text, language),
    word: (value) => word(language, value),
  };
}

/** A loaded catalogue, for tests that compare locales. */
export function catalog(language: Language): Catalog {
  return catalogOf(language);
}
