// Which interface strings a page's first view can show, read off its built scripts: the build
// writes them to `locales/<language>.<page>.json` (wxt.config.ts), which the page loads before it
// shows, and the whole `locales/<language>.json` after (runtime/load-language.ts).
import type { Catalog, MessageKey } from './i18n';

/** The pages whose first view has a strings file of its own. */
export const pagesWithOwnStrings = ['sidepanel', 'popup', 'options'] as const;
export type PageWithOwnStrings = (typeof pagesWithOwnStrings)[number];

/** Strings the i18n layer reads by their name rather than through a key in the code. */
const readByName: readonly MessageKey[] = ['localeTag'];

/**
 * The strings whose key appears in `code` as a string literal. Keys are literals in the code
 * (`MessageKey` admits no other), so a script can ask for a string exactly when its key is there.
 * The minifier may quote a string any of the three ways.
 */
export function stringsIn(code: string, strings: Catalog): Partial<Catalog> {
  const inCode = (key: string) => ['"', "'", '`'].some((quote) => code.includes(quote + key + quote));
  return Object.fromEntries(
    Object.entries(strings).filter(([key]) => readByName.includes(key as MessageKey) || inCode(key)),
  );
}
