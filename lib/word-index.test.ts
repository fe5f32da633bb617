import { describe, expect, it } from 'vitest';
import { WordIndex } from './word-index';
import { words } from './fold';

/** The ids a typed word finds, best first, each marked when found only through a typo. */
function found(index: WordIndex, typed: string): string[] {
  const { scores, exact } = index.find(typed);
  const slots = [...scores.keys()].filter((slot) => scores[slot]! > 0);
  return slots
    .sort((a, b) => scores[b]! - scores[a]!)
    .map((slot) => `${index.idAt(slot)}${exact[slot] ? '' : ' (typo)'}`);
}

function indexOf(docs: Record<string, [string, string?]>): WordIndex {
  const index = new WordIndex([1, 2]);
  for (const [id, [text, tags = '']] of Object.entries(docs)) index.add(id, [words(text), words(tags)]);
  return index;
}

describe('WordIndex', () => {
  it('finds a word exactly, as the start of a word, and with one typo from four letters on', () => {
    const index = indexOf({ a: ['Jangkauan turun'], b: ['Reach fell'], c: ['turn the page'] });
    expect(found(index, 'jangkauan')).toEqual(['a']);
    expect(found(index, 'jang')).toEqual(['a']);
    expect(found(index, 'rech')).toEqual(['b (typo)']);
    // "turn" is one letter from "turun": found as typed first, then as a typo.
    expect(found(index, 'turn')).toEqual(['c', 'a (typo)']);
    // Three letters: no typos; the shorter completion first.
    expect(found(index, 'tur')).toEqual(['c', 'a']);
    expect(found(index, 'pag')).toEqual(['c']);
    expect(found(index, 'pge')).toEqual([]);
  });

  it('ranks a whole word above a longer word it starts, a rare word above a common one, and tags above text', () => {
    const index = indexOf({ short: ['reach'], long: ['reactivation'], tagged: ['weekly', 'reach'] });
    expect(found(index, 'reac')).toHaveLength(3);
    expect(found(index, 'reach')).toEqual(['tagged', 'short']);
    expect(found(indexOf({ long: ['reactivation'], short: ['reach'] }), 'rea')).toEqual(['short', 'long']);
    const common = indexOf({ a: ['budget budget'], b: ['budget launch'], c: ['budget'] });
    const { scores } = common.find('launch');
    const { scores: budget } = common.find('budget');
    expect(scores[common.slotOf('b')!]! > budget[common.slotOf('b')!]!).toBe(true);
  });

  it('replaces a document, removes it, and reuses its slot', () => {
    const index = indexOf({ a: ['carousel'], b: ['reels'] });
    index.add('a', [words('story'), []]);
    expect(found(index, 'carousel')).toEqual([]);
    expect(found(index, 'story')).toEqual(['a']);
    const slot = index.slotOf('b');
    index.remove('b');
    expect(index.size).toBe(1);
    expect(index.slotOf('b')).toBeUndefined();
    expect(found(index, 'reels')).toEqual([]);
    index.add('c', [words('reels again'), []]);
    expect(index.slotOf('c')).toBe(slot);
    expect(index.slots).toBe(2);
    expect(found(index, 'reel')).toEqual(['c']);
  });
});
