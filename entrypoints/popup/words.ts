// The popup's words in the language on screen: the i18n layer's functions with the language set.
import type { LocalizedText } from '@/content';
import { pick, say, translate, type Language, type Message, type MessageKey } from '@/lib/i18n';

export interface Words {
  language: Language;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** A message from `lib/` or `state/`, in words. */
  say(message: Message): string;
  pick(text: LocalizedText): string;
}

export function wordsIn(language: Language): Words {
  return {
    language,
    t: (key, params) => translate(language, key, params),
    say: (message) => say(language, message),
    pick: (text) => pick(text, language),
  };
}
