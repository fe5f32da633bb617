import { describe, expect, it } from 'vitest';
import {
  bestHit,
  byRelevance,
  distinctReasons,
  everyWord,
  matchKind,
  NameIndex,
  scoresOf,
  typosAllowed,
  type WordHit,
} from './word-search';
import { words } from './fold';

describe('words', () => {
  it('folds case and accents and splits at anything not a letter or digit', () => {
    expect(words('Rasio klik-tayang (CTR)')).toEqual(['rasio', 'klik', 'tayang', 'ctr']);
    expect(words('Jángkauan  #Q3, 1:1')).toEqual(['jangkauan', 'q3', '1', '1']);
    // Decomposed accents stay inside their word.
    expect(words('cafe\u0301 menu')).toEqual(['cafe', 'menu']);
  });
});

describe('typos', () => {
  it('allows one typo from four letters, none in short words or words with digits', () => {
    expect(typosAllowed('rech')).toBe(1);
    expect(typosAllowed('engagment')).toBe(1);
    expect(typosAllowed('ctr')).toBe(false);
    expect(typosAllowed('2024')).toBe(false);
  });

  it('tells exact, prefix and one-typo matches apart, and nothing else', () => {
    expect(matchKind('reach', 'reach')).toBe('exact');
    expect(matchKind('jangk', 'jangkauan')).toBe('prefix');
    expect(matchKind('rech', 'reach')).toBe('typo'); // a letter left out
    expect(matchKind('engagment', 'engagement')).toBe('typo');
    expect(matchKind('reahc', 'reach')).toBeNull(); // two letters swapped is two edits
    expect(matchKind('raech', 'reach')).toBeNull();
    expect(matchKind('reachh', 'reach')).toBe('typo'); // a letter too many
    expect(matchKind('ctr', 'cpr')).toBeNull();
    expect(matchKind('2024', '2025')).toBeNull();
  });
});

describe('ranking', () => {
  it('needs every word, adds their scores and puts documents found only through a typo last', () => {
    const first = {
      scores: new Map([
        ['a', 1],
        ['b', 5],
        ['c', 2],
      ]),
      exact: new Set(['a', 'c']),
    };
    const second = {
      scores: new Map([
        ['a', 1],
        ['b', 1],
      ]),
      exact: new Set(['a', 'b']),
    };
    const ranked = everyWord([first, second]).sort(byRelevance);
    expect(ranked).toEqual([
      { id: 'a', score: 2, typo: false },
      { id: 'b', score: 6, typo: true },
    ]);
    expect(everyWord([])).toEqual([]);
  });

  it('explains a word by an exact or prefix hit before a typo, then by the field that comes first', () => {
    const hits: WordHit[] = [
      { word: 'reach', field: 'en', kind: 'typo' },
      { word: 'reached', field: 'labels', kind: 'prefix' },
      { word: 'reach', field: 'aliases', kind: 'exact' },
    ];
    expect(bestHit(hits, ['en', 'id', 'aliases', 'labels'])).toEqual(hits[2]);
    expect(bestHit([], ['en'])).toBeUndefined();
  });

  it('says one thing once', () => {
    const reasons = distinctReasons([
      { field: 'en', word: 'click', typo: false, text: 'Click-through rate' },
      { field: 'en', word: 'rate', typo: false, text: 'Click-through rate' },
      { field: 'en', word: 'engagement', typo: true, text: 'Engagement rate' },
      { field: 'aliases', word: 'engagement', typo: true, text: 'engagement' },
    ]);
    expect(reasons.map((reason) => reason.word)).toEqual(['click', 'engagement']);
  });
});

describe('NameIndex', () => {
  const index = new NameIndex([
    {
      key: 'reach',
      names: { en: ['Reach'], id: ['Reach (jangkauan)'], aliases: ['jangkauan'], labels: ['Jangkauan'] },
    },
    { key: 'ctr', names: { en: ['Click-through rate (CTR)'], id: ['CTR'], aliases: [], labels: [] } },
  ]);

  it('finds by name, prefix and typo, and says which names matched', () => {
    const found = index.find('jangkauan');
    expect([...found.byId.keys()]).toEqual(['reach']);
    expect(scoresOf(index.find('rech')).exact.size).toBe(0);
    expect([...index.find('rech').byId.keys()]).toEqual(['reach']);
    expect([...index.find('cpr').byId.keys()]).toEqual([]);
    // The shortest name that holds the word, interface labels before other names.
    expect(index.nameWith('reach', 'jangkauan', 'shortest')).toBe('Jangkauan');
    expect(index.nameWith('reach', 'jangkauan', 'id')).toBe('Reach (jangkauan)');
    expect(index.nameWith('reach', 'jangkauan', 'en')).toBeUndefined();
  });
});
