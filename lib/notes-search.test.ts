import { describe, expect, it, vi } from 'vitest';
import { createNote, type Note } from './model/note';
import { foldText } from './fold';
import { NotesSearch } from './notes-search';

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

function texts(notes: Note[]): string[] {
  return notes.map((n) => n.text.split(' ')[0]!);
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
    const ids = new NotesSearch([older, newer, pinned]).search('budget').map((n) => n.id);
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
    expect(upsert.mock.calls.map(([n]) => n.id)).toEqual([edited.id, cafe.id]);
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
});
