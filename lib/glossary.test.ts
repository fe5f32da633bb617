import { describe, expect, it } from 'vitest';
import { library } from '../content';
import type { Metric } from '../content/schema';
import { foldText } from './fold';
import { exactMatch, glossaryEntries, searchGlossary } from './glossary';

function metric(id: string, en: string, idName: string, aliases: string[] = []): Metric {
  const text = { en: `${en}.`, id: `${idName}.` };
  return {
    id,
    category: 'reach',
    better: 'higher',
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
  metric('cpr', 'Cost per result', 'Biaya per hasil', ['CPR']),
];
const entries = glossaryEntries(metrics, new Map([['reach', ['Members reached', 'Akun yang dijangkau']]]));
const ids = (query: string) => searchGlossary(entries, query).map((entry) => entry.metric.id);

describe('glossary search', () => {
  it('lists every metric in library order when the query is empty', () => {
    expect(ids('')).toEqual(['reach', 'engagement-rate', 'impressions', 'impressions-ctr', 'cpr']);
    expect(ids('   ')).toHaveLength(5);
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

describe('typos', () => {
  const why = (query: string) => searchGlossary(entries, query).map((result) => result.why);

  it('forgives one typo from four letters on', () => {
    expect(ids('rech')).toEqual(['reach']);
    expect(ids('engagment')).toEqual(['engagement-rate']);
    expect(ids('jangkaun')).toEqual(['reach']);
    expect(ids('impresions')).toEqual(['impressions', 'impressions-ctr']);
  });

  it('does not stretch a short word into another', () => {
    expect(ids('ctr')).toEqual([]);
    expect(ids('cpr')).toEqual(['cpr']);
    expect(ids('ER')).toEqual(['engagement-rate']);
  });

  it('ranks exact and prefix matches above typos', () => {
    // "rate" is in two names; "rata" is one typo away from it, and comes last.
    const rated = [...metrics, metric('average', 'Average watch time', 'Rata-rata waktu tonton')];
    const results = searchGlossary(glossaryEntries(rated, new Map()), 'rate');
    expect(results.map((result) => result.metric.id)).toEqual(['engagement-rate', 'impressions-ctr', 'average']);
    expect(results.map((result) => result.why[0]?.typo)).toEqual([false, false, true]);
  });

  it('says which name matched, and the word a typo stood for', () => {
    expect(why('jangkauan')).toEqual([[{ field: 'id', word: 'jangkauan', typo: false, text: 'Jangkauan' }]]);
    expect(why('reach')).toEqual([[{ field: 'en', word: 'reach', typo: false, text: 'Reach' }]]);
    expect(why('dijangkau')).toEqual([
      [{ field: 'labels', word: 'dijangkau', typo: false, text: 'Akun yang dijangkau' }],
    ]);
    expect(why('tingkat')).toEqual([[{ field: 'aliases', word: 'tingkat', typo: false, text: 'tingkat interaksi' }]]);
    expect(why('engagment')).toEqual([[{ field: 'en', word: 'engagement', typo: true, text: 'Engagement rate' }]]);
    // Two words in one name make one reason.
    expect(why('click rate')).toEqual([
      [{ field: 'en', word: 'click', typo: false, text: 'Impressions click-through rate' }],
    ]);
    expect(why('')[0]).toEqual([]);
  });
});

describe('the Glossary over the whole library', () => {
  const labels = new Map(library.labels.map((entry) => [entry.id, Object.values(entry.labels).flat()]));
  const all = glossaryEntries(library.metrics, labels);
  const found = (query: string) => searchGlossary(all, query).map((result) => result.metric.id);

  it('finds metrics by a typo in either language, and short words only as typed', () => {
    expect(found('engagment')[0]).toBe('engagement-rate');
    expect(found('engagment')).toContain('engagements');
    expect(found('rech')[0]).toBe('reach');
    expect(found('pengikt')[0]).toBe('followers');
    expect(found('jangkaun')).toEqual(['reach']);
    for (const result of searchGlossary(all, 'ctr')) expect(result.why.every((reason) => !reason.typo)).toBe(true);
    expect(found('ctr')).not.toContain('cpc');
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
