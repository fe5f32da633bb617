// Each language's name in itself, for menus that list languages: the same in every interface
// language, and readable before that language's strings are loaded.
import type { Language } from '../lib/i18n';

export const languageNames: Readonly<Record<Language, string>> = { en: 'English', id: 'Bahasa Indonesia' };
