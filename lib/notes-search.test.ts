import { describe, expect, it, vi } from 'vitest';
import { library } from '../content';
import { createNote, type Note } from './model/note';
import { foldText } from './fold';
import { NotesSearch, noteSubjects, type NoteMatch } from './notes-search';
import { words } from './fold';

const day = 24 * 60 * 60 * 1000;
const t0 = Date.UTC(2025, 2, 1);

function note(text: string, extra: Partial<Note> = {}): Note {
  return { ...createNote({ text }, t0), ...extra };
}

const reach = note('Jangkauan di Meta Business Suite turun setelah libur panjang.', {
  tags: ['laporan'],
  about: { platform: 'meta-business-suite', metric: 'reach' },
  createdAt: t0,
  updatedAt: t0,
});
const impressions = note('Ask how LinkedIn counts impressions on reposts.', {
  tags: ['definitions'],
  about: { platform: 'linkedin', metric: 'impressions' },
  createdAt: t0 + 10 * day,
  updatedAt: t0 + 10 * day,
});
const cafe = note('Met the team at the café to plan the launch calendar.', {
  tags: ['1:1', 'launch'],
  pinned: true,
  createdAt: t0 + 20 * day,
  updatedAt: t0 + 20 * day,
});

function texts(matches: NoteMatch[]): string[] {
  return matches.map((match) => match.note.text.split(' ')[0]!);
}

describe('folding search terms', () => {
  it('folds case, diacritics and compatibility forms', () => {
    expect(foldText('CAFÉ')).toBe('cafe');
    expect(foldText('Ｊａｎｇｋａｕａｎ')).toBe('jangkauan');
  });
});

describe('NotesSearch', () => {
  const search = new NotesSearch([reach, impressions, cafe]);

  it('finds by prefix, across case and diacritics, in English and Indonesian', () => {
    expect(texts(search.search('jangkau'))).toEqual(['Jangkauan']);
    expect(texts(search.search('JANGKAUAN'))).toEqual(['Jangkauan']);
    expect(texts(search.search('cafe'))).toEqual(['Met']);
    expect(texts(search.search('impress'))).toEqual(['Ask']);
  });

  it('forgives one typo in a longer word, not in a short one', () => {
    expect(texts(search.search('impresions'))).toEqual(['Ask']);
    expect(search.search('tem')).toEqual([]);
  });

  it('needs every word of the query', () => {
    expect(texts(search.search('launch calendar'))).toEqual(['Met']);
    expect(search.search('launch linkedin')).toEqual([]);
  });

  it('searches tags', () => {
    expect(texts(search.search('laporan'))).toEqual(['Jangkauan']);
  });

  it('filters by platform, metric, tag and date, with or without a query', () => {
    expect(texts(search.search('', { platform: 'linkedin' }))).toEqual(['Ask']);
    expect(texts(search.search('', { metric: 'reach' }))).toEqual(['Jangkauan']);
    expect(texts(search.search('', { tag: 'launch' }))).toEqual(['Met']);
    expect(texts(search.search('', { from: t0 + day, to: t0 + 15 * day }))).toEqual(['Ask']);
    expect(search.search('jangkauan', { platform: 'linkedin' })).toEqual([]);
  });

  it('lists everything, pinned first then newest, for an empty query', () => {
    expect(texts(search.search('  '))).toEqual(['Met', 'Ask', 'Jangkauan']);
  });

  it('orders equal scores pinned first, then newest', () => {
    const older = note('budget review', { createdAt: t0, updatedAt: t0 });
    const newer = note('budget review', { createdAt: t0, updatedAt: t0 + 1 });
    const pinned = note('budget review', { createdAt: t0, updatedAt: t0 - 1, pinned: true });
    const ids = new NotesSearch([older, newer, pinned]).search('budget').map((match) => match.note.id);
    expect(ids).toEqual([pinned.id, newer.id, older.id]);
  });

  it('updates one note at a time', () => {
    const s = new NotesSearch([reach]);
    s.upsert(impressions);
    expect(texts(s.search('linkedin'))).toEqual(['Ask']);
    s.upsert({ ...impressions, text: 'Ask about pin clicks instead.', updatedAt: impressions.updatedAt + 1 });
    expect(s.search('linkedin')).toEqual([]);
    expect(texts(s.search('pin clicks'))).toEqual(['Ask']);
    s.upsert({ ...reach, deletedAt: t0 + 1, updatedAt: t0 + 1 });
    expect(s.search('jangkauan')).toEqual([]);
    s.remove(impressions.id);
    expect(s.search('')).toEqual([]);
  });

  it('syncs with a list by touching only what changed', () => {
    const s = new NotesSearch([reach, impressions]);
    const upsert = vi.spyOn(s, 'upsert');
    const edited = { ...impressions, text: 'Ask about saves.', updatedAt: impressions.updatedAt + 1 };
    s.sync([edited, cafe]);
    expect(upsert.mock.calls.map(([edit]) => edit.id)).toEqual([edited.id, cafe.id]);
    expect(texts(s.search(''))).toEqual(['Met', 'Ask']);
    expect(s.search('jangkauan')).toEqual([]);
  });
});

describe('indexing a slice at a time', () => {
  it('indexes at most the limit per call, and searches everything once done', () => {
    const many = Array.from({ length: 7 }, (_, index) => createNote({ text: `carousel note ${index}` }, 1000 + index));
    const search = new NotesSearch();
    expect(search.sync(many, 3)).toBe(false);
    expect(search.sync(many, 3)).toBe(false);
    expect(search.sync(many, 3)).toBe(true);
    expect(search.search('carousel')).toHaveLength(7);
  });

  it('stops when asked, having indexed what it could, and finishes later', () => {
    const many = Array.from({ length: 60 }, (_, index) => createNote({ text: `carousel note ${index}` }, 1000 + index));
    const search = new NotesSearch();
    let asked = 0;
    expect(search.sync(many, Infinity, () => (asked += 1) > 1)).toBe(false);
    const partial = search.search('carousel').length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(60);
    expect(search.sync(many)).toBe(true);
    expect(search.search('carousel')).toHaveLength(60);
  });
});

describe('finding notes by what they are about, in either language', () => {
  const labels = new Map(library.labels.map((entry) => [entry.id, Object.values(entry.labels).flat()]));
  const subjects = noteSubjects({ ...library, labels });
  // A question that says "each", one letter from "reach".
  const question = library.questions.find((entry) => words(entry.text.en).includes('each'))!;
  const onReach = note('Numbers fell after the long weekend.', {
    about: { platform: 'meta-business-suite', metric: 'reach' },
    updatedAt: t0 + 1,
  });
  const onImpressions = note('Turun setelah libur panjang.', {
    tags: ['q3'],
    about: { platform: 'linkedin', metric: 'impressions' },
    updatedAt: t0 + 2,
  });
  const onQuestion = note('Dewi keeps the weekly numbers in a sheet.', { about: { question: question.id } });
  const engaged = note('Engagement doubled on the carousel.', { updatedAt: t0 + 3 });
  const search = new NotesSearch([onReach, onImpressions, onQuestion, engaged], subjects);
  const found = (query: string) => search.search(query).map((match) => match.note.id);
  const why = (query: string) => search.search(query).map((match) => search.explain(match));

  it('finds a note by the names of its metric, in English and Indonesian, though its text never says them', () => {
    expect(found('jangkauan')).toEqual([onReach.id]);
    expect(found('reach')).toEqual([onReach.id]);
    expect(found('impresi')).toEqual([onImpressions.id]);
    expect(found('impressions')[0]).toBe(onImpressions.id);
    // "Unique impressions" is another name for reach: found too, after the note on impressions.
    expect(found('impressions')).toEqual([onImpressions.id, onReach.id]);
  });

  it('finds a note by its platform and its question, in either language', () => {
    expect(found('linkedin')).toEqual([onImpressions.id]);
    expect(found('meta business')).toEqual([onReach.id]);
    const questionWord = question.text.id.split(' ').find((word) => word.length > 6)!;
    expect(found(questionWord)).toContain(onQuestion.id);
  });

  it('combines words from the text and from what the note is about', () => {
    expect(found('impresi turun')).toEqual([onImpressions.id]);
    expect(found('jangkauan turun')).toEqual([]);
    expect(found('reach weekend')).toEqual([onReach.id]);
  });

  it('forgives one typo, ranks exact matches first, and keeps short words as typed', () => {
    expect(found('jangkaun')).toEqual([onReach.id]);
    expect(found('engagment')).toEqual([engaged.id]);
    expect(found('tru')).toEqual([]);
    // A question's sentence is full of short words a letter away from others: no typos there.
    expect(found('reach')).toEqual([onReach.id]);
    // The other way round, "each" finds the question as typed, and "reach" as a typo, after it.
    expect(found('each')).toEqual([onQuestion.id, onReach.id]);
    expect(why('each')[1]).toEqual([{ field: 'metric', word: 'reach', typo: true, ref: 'reach', text: 'Reach' }]);
    // "turn" as typed first, then "turun", one letter away: a typo never outranks the word itself.
    const ranked = new NotesSearch([note('turn the page'), note('turun lagi')]).search('turn');
    expect(ranked.map((match) => match.note.text)).toEqual(['turn the page', 'turun lagi']);
  });

  it('says what matched: the metric by the name that matched, a tag, the text, a typo', () => {
    expect(why('jangkauan')).toEqual([
      [{ field: 'metric', word: 'jangkauan', typo: false, ref: 'reach', text: 'Jangkauan' }],
    ]);
    expect(why('impresi')).toEqual([
      [{ field: 'metric', word: 'impresi', typo: false, ref: 'impressions', text: 'Impresi' }],
    ]);
    expect(why('q3')).toEqual([[{ field: 'tags', word: 'q3', typo: false, text: 'q3' }]]);
    expect(why('libur')).toEqual([[{ field: 'text', word: 'libur', typo: false }]]);
    expect(why('engagment')).toEqual([[{ field: 'text', word: 'engagement', typo: true }]]);
    expect(why('linkedin turun')).toEqual([
      [
        { field: 'platform', word: 'linkedin', typo: false, ref: 'linkedin', text: 'LinkedIn' },
        { field: 'text', word: 'turun', typo: false },
      ],
    ]);
    expect(search.search('').map((match) => search.explain(match))).toEqual([[], [], [], []]);
  });

  it('follows a note that moves to another metric, and one that is deleted', () => {
    const s = new NotesSearch([onReach], subjects);
    s.upsert({ ...onReach, about: { metric: 'followers' }, updatedAt: onReach.updatedAt + 1 });
    expect(s.search('jangkauan')).toEqual([]);
    expect(s.search('pengikut').map((match) => match.note.id)).toEqual([onReach.id]);
    s.remove(onReach.id);
    expect(s.search('pengikut')).toEqual([]);
  });
});
