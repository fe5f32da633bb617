import { describe, expect, it } from 'vitest';
import type { Metric } from '../content/schema';
import { foldText } from './fold';
import { exactMatch, glossaryEntries, searchGlossary } from './glossary';

function metric(id: string, en: string, idName: string, aliases: string[] = []): Metric {
  const text = { en: `${en}.`, id: `${idName}.` };
  return {
    id,
    category: 'reach',
    name: { en, id: idName },
    aliases,
    short: text,
    explanation: text,
    variants: [{ platform: 'linkedin', definition: text }],
    pitfalls: [text],
    changes: [],
    question: text,
    goals: ['awareness'],
    sources: [{ title: 'Help', url: 'https://www.linkedin.com/help', checked: '2026-11-26' }],
  };
}

const metrics = [
  metric('reach', 'Reach', 'Jangkauan', ['accounts reached']),
  metric('engagement-rate', 'Engagement rate', 'Engagement rate', ['tingkat interaksi', 'ER']),
  metric('impressions', 'Impressions', 'Impresi', ['tayangan']),
  metric('impressions-ctr', 'Impressions click-through rate', 'Rasio klik-tayang impresi'),
];
const entries = glossaryEntries(metrics, new Map([['reach', ['Members reached', 'Akun yang dijangkau']]]));
const ids = (query: string) => searchGlossary(entries, query).map((entry) => entry.id);

describe('glossary search', () => {
  it('lists every metric in library order when the query is empty', () => {
    expect(ids('')).toEqual(['reach', 'engagement-rate', 'impressions', 'impressions-ctr']);
    expect(ids('   ')).toHaveLength(4);
  });

  it('finds a metric by its Indonesian name, in any case', () => {
    expect(ids('jangkauan')).toEqual(['reach']);
    expect(ids('JANGKAUAN')).toEqual(['reach']);
    expect(ids('jangkau')).toEqual(['reach']);
  });

  it('finds a metric by an alias or an interface label', () => {
    expect(ids('tingkat interaksi')).toEqual(['engagement-rate']);
    expect(ids('members reached')).toEqual(['reach']);
    expect(ids('dijangkau')).toEqual(['reach']);
  });

  it('ranks an exact name above a longer name that contains it', () => {
    expect(ids('impressions')).toEqual(['impressions', 'impressions-ctr']);
    expect(ids('impresi')).toEqual(['impressions', 'impressions-ctr']);
  });

  it('needs every word of the query to match', () => {
    expect(ids('click rate')).toEqual(['impressions-ctr']);
    expect(ids('reach nonsense')).toEqual([]);
  });

  it('ignores accents and extra spaces', () => {
    expect(foldText('  Jangkáuan   Unik ')).toBe('jangkauan unik');
    expect(ids('jángkauan')).toEqual(['reach']);
  });

  it('does not match short fragments inside words', () => {
    expect(ids('ac')).toEqual(['reach']); // "accounts reached" starts a word with "ac"
    expect(ids('ea')).toEqual([]);
  });
});

describe('exact matches, for selected text', () => {
  it('finds the metric a selection names exactly, by name before alias', () => {
    expect(exactMatch(entries, ' Jangkauan ')?.id).toBe('reach');
    expect(exactMatch(entries, 'Members reached')?.id).toBe('reach');
    expect(exactMatch(entries, 'ER')?.id).toBe('engagement-rate');
    expect(exactMatch(entries, 'reach out to us')).toBeNull();
  });
});
