import { describe, expect, it } from 'vitest';
import { en } from '../locales/en';
import { stringsIn } from './page-strings';

describe('the strings a page ships first', () => {
  it('are those whose key its code holds, however the minifier quoted it', () => {
    const code = 'label:e(`viewCoach`)},t("panelLoading"),n(\'notesNew\')';
    expect(stringsIn(code, en)).toEqual({
      localeTag: en.localeTag,
      viewCoach: en.viewCoach,
      panelLoading: en.panelLoading,
      notesNew: en.notesNew,
    });
  });

  it('never take a key for another that it starts or ends', () => {
    // `viewNotes` and `viewNotesCount` are two keys; only the quoted one is asked for.
    expect(Object.keys(stringsIn('e(`viewNotesCount`)', en))).toEqual(['localeTag', 'viewNotesCount']);
    expect(Object.keys(stringsIn('viewCoach(); let panelLoading;', en))).toEqual(['localeTag']);
  });

  it('always hold the locale tag, which dates and numbers read by name', () => {
    expect(stringsIn('', en)).toEqual({ localeTag: en.localeTag });
  });
});
