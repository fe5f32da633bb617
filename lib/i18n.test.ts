import { describe, expect, it } from 'vitest';
import { catalog, languages, message, pick, resolveLanguage, say, translate, word } from './i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('interface strings', () => {
  const english = catalog('en');

  it.each(languages)('%s has every key, none empty, with the same placeholders as English', (language) => {
    const strings = catalog(language);
    expect(Object.keys(strings).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(strings)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(english[key as keyof typeof english]));
    }
  });

  it('is translated, not copied, wherever the sentence is more than a name', () => {
    const indonesian = catalog('id');
    const same = Object.keys(english).filter(
      (key) => english[key as keyof typeof english] === indonesian[key as keyof typeof english],
    );
    // "Coach", "Checklist", "Platform" and "Tag" are the words Indonesian teams use too, and so
    // are the English names of two hats; a retro's text and a checklist are quoted as they are;
    // "+ 1:1" is a sign and a number in both.
    expect(same.sort()).toEqual([
      'appName',
      'askShort',
      'askShortSaved',
      'backupFieldId',
      'backupSectionChecklist',
      'checklistPhaseProgress',
      'hatCommunityManager',
      'hatContentCreator',
      'markdownPlatform',
      'namedAction',
      'notesFilterPlatform',
      'notesFilterTag',
      'remindersRetroBody',
      'viewChecklist',
      'viewChecklistCount',
      'viewCoach',
    ]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'popupOpenCoachHint', { shortcut: 'Alt+Shift+S' })).toBe(
      'Opens the coach beside this tab. Shortcut: Alt+Shift+S',
    );
    expect(translate('id', 'popupOpenCoachHint', { shortcut: 'Alt+Shift+S' })).toContain('Alt+Shift+S');
    expect(translate('en', 'popupOpenCoachHint')).toContain('{shortcut}');
  });

  it('writes numbers as each language does, and strings as they are', () => {
    expect(translate('en', 'notesCount', { shown: 1234, total: 10000 })).toBe('Showing 1,234 of 10,000');
    expect(translate('id', 'notesCount', { shown: 1234, total: 10000 })).toBe('Menampilkan 1.234 dari 10.000');
    expect(translate('id', 'coachAccount', { account: '1234567890' })).toContain('1234567890');
    // Through a message from lib/ or state/ too.
    expect(say('id', message('noteTooLong', { max: 10000 }))).toContain('10.000');
    expect(say('en', message('noteTooLong', { max: 10000 }))).toContain('10,000');
  });

  it('picks the text of a library entry', () => {
    expect(pick({ en: 'Followers', id: 'Pengikut' }, 'id')).toBe('Pengikut');
  });
});

describe('message values', () => {
  /** 5 August 2025, 23:30 in London: already the 6th in Jakarta. */
  const late = Date.UTC(2025, 7, 5, 22, 30);

  it('formats a date in each language and in the time zone given', () => {
    expect(word('en', { date: late, style: 'day-month', timeZone: 'Asia/Jakarta' })).toBe('6 Aug');
    expect(word('id', { date: late, style: 'day-month', timeZone: 'Europe/London' })).toBe('5 Agu');
    expect(word('en', { date: late, style: 'long', timeZone: 'UTC' })).toBe('5 August 2025');
    // A zone this engine does not know still gives a date rather than an error.
    expect(word('en', { date: late, style: 'day-month', timeZone: 'Nowhere/Else' })).toMatch(/^\d{1,2} Aug$/);
  });

  it('joins a list the way each language does, with library texts and messages inside', () => {
    const list = { list: ['LinkedIn', { en: 'Page', id: 'Halaman' }, message('hatWriter')] };
    expect(word('en', list)).toBe('LinkedIn, Page and Writer');
    expect(word('id', list)).toBe('LinkedIn, Halaman, dan Penulis');
  });

  it('words nested messages and numbers inside a sentence', () => {
    const nested = message('workloadShareKnows', {
      hat: message('hatWriter'),
      from: 'Dewi',
      to: 'Rizky',
      hours: message('workloadHoursMany', { hours: 3 }),
    });
    expect(say('en', nested)).toBe(
      'Share the “Writer” hat: Rizky already wears it and has room. Ask Dewi and Rizky whether about 3 hours a week could move to Rizky.',
    );
    expect(say('id', nested)).toContain('“Penulis”');
  });
});

describe('resolveLanguage', () => {
  it.each([
    [['id-ID', 'en-US'], 'id'],
    [['in'], 'id'],
    [['en-GB', 'id'], 'en'],
    [['fr-FR', 'id-ID'], 'id'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
  ] as const)('browser languages %j give %s', (browserLanguages, expected) => {
    expect(resolveLanguage('auto', browserLanguages)).toBe(expected);
  });

  it('lets the setting win over the browser', () => {
    expect(resolveLanguage('en', ['id-ID'])).toBe('en');
    expect(resolveLanguage('id', ['en-US'])).toBe('id');
  });
});
