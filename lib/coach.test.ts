import { describe, expect, it } from 'vitest';
import type { Question, WellbeingPrompt } from '../content/schema';
import {
  cautionFor,
  isAfterHours,
  questionsFor,
  situationFor,
  wellbeingFor,
  firstSentence,
  headlineValue,
} from './coach';

const text = { en: 'Text in English.', id: 'Teks dalam bahasa Indonesia.' };
function question(id: string, fields: Partial<Question>): Question {
  return {
    id,
    theme: 'metric-definitions',
    text,
    why: text,
    goodAnswer: text,
    phases: ['first-week'],
    surfaces: [],
    platforms: [],
    metrics: [],
    ...fields,
  };
}

const questions = [
  question('anywhere', {}),
  question('inbox-only', { surfaces: ['inbox'] }),
  question('analytics', { surfaces: ['analytics'] }),
  question('youtube', { platforms: ['youtube'] }),
  question('linkedin-reach', { platforms: ['linkedin'], metrics: ['reach'] }),
  question('reach', { metrics: ['reach'] }),
];

describe('questions for a page', () => {
  it('puts questions about the metrics on screen first, then this platform, then this kind of page', () => {
    const fitting = questionsFor(questions, { platform: 'linkedin', kind: 'analytics', metrics: ['reach'] });
    expect(fitting.questions.map((entry) => entry.id)).toEqual(['linkedin-reach', 'reach', 'analytics', 'anywhere']);
    // The first three are about this page; the last is worth asking anywhere.
    expect(fitting.here).toBe(3);
  });

  it('never offers a question made for another platform or another kind of page', () => {
    const fitting = questionsFor(questions, { platform: 'x', kind: 'feed', metrics: [] });
    expect(fitting.questions.map((entry) => entry.id)).toEqual(['anywhere', 'reach']);
    expect(fitting.here).toBe(0);
  });

  it('in crisis mode, puts the crisis questions that fit first', () => {
    const withCrisis = [
      ...questions,
      question('holding-reply', { theme: 'crisis', surfaces: ['inbox'] }),
      question('crisis-ads', { theme: 'crisis', surfaces: ['ads'] }),
    ];
    const page = { platform: 'linkedin', kind: 'inbox', metrics: ['reach'] } as const;
    const ids = (crisis: boolean) => questionsFor(withCrisis, page, { crisis }).questions.map((entry) => entry.id);
    expect(ids(true)).toEqual(['holding-reply', 'linkedin-reach', 'reach', 'inbox-only', 'anywhere']);
    expect(ids(false)).toEqual(['linkedin-reach', 'reach', 'inbox-only', 'holding-reply', 'anywhere']);
  });
});

describe('after hours', () => {
  it('counts evenings, early mornings and weekends, in local time', () => {
    expect(isAfterHours(new Date(2026, 10, 26, 10, 0))).toBe(false); // Thursday morning
    expect(isAfterHours(new Date(2026, 10, 26, 17, 59))).toBe(false);
    expect(isAfterHours(new Date(2026, 10, 26, 18, 0))).toBe(true);
    expect(isAfterHours(new Date(2026, 10, 26, 7, 30))).toBe(true);
    expect(isAfterHours(new Date(2026, 10, 28, 11, 0))).toBe(true); // Saturday
  });
});

const prompt = (id: string, situations: WellbeingPrompt['situations']): WellbeingPrompt => ({
  id,
  situations,
  prompt: text,
  action: text,
});
const prompts = [prompt('inbox-1', ['heavy-inbox']), prompt('inbox-2', ['heavy-inbox']), prompt('crisis', ['crisis'])];

describe('wellbeing prompts', () => {
  const weekday = new Date(2026, 10, 26, 10, 0);

  it('speaks up on inboxes, in a crisis and after hours, and stays quiet otherwise', () => {
    expect(situationFor('inbox', { now: weekday, crisis: false })).toBe('heavy-inbox');
    expect(situationFor('inbox', { now: weekday, crisis: true })).toBe('crisis');
    expect(situationFor('analytics', { now: weekday, crisis: true })).toBeNull();
    expect(situationFor('analytics', { now: new Date(2026, 10, 26, 22, 0), crisis: false })).toBe('after-hours');
    expect(situationFor('analytics', { now: weekday, crisis: false })).toBeNull();
  });

  it('keeps one prompt all day, and steps to another on request', () => {
    const morning = wellbeingFor(prompts, 'heavy-inbox', new Date(2026, 10, 26, 9, 0));
    expect(wellbeingFor(prompts, 'heavy-inbox', new Date(2026, 10, 26, 17, 0))).toBe(morning);
    expect(wellbeingFor(prompts, 'heavy-inbox', new Date(2026, 10, 26, 9, 0), 1)).not.toBe(morning);
    expect(wellbeingFor(prompts, 'heavy-inbox', new Date(2026, 10, 26, 9, 0), -1)?.situations).toEqual(['heavy-inbox']);
  });

  it('has nothing to say without a situation or a fitting prompt', () => {
    expect(wellbeingFor(prompts, null, weekday)).toBeNull();
    expect(wellbeingFor(prompts, 'praise', weekday)).toBeNull();
  });
});

describe('headlineValue and firstSentence', () => {
  const value = (metric: string, where: string | null, text: string) => ({
    metric,
    where,
    text,
    changeText: null,
    value: null,
    change: null,
  });

  it('shows the tile of a metric shown twice, else the first value read, else none', () => {
    const values = [value('reach', 'table', '1'), value('reach', 'tile', '2'), value('clicks', null, '3')];
    expect(headlineValue(values, 'reach')?.text).toBe('2');
    expect(headlineValue(values, 'clicks')?.text).toBe('3');
    expect(headlineValue(values, 'ctr')).toBeNull();
  });

  it('keeps the first sentence of a definition', () => {
    expect(firstSentence('People who saw it. Counted once each.')).toBe('People who saw it.');
    expect(firstSentence('Only one sentence')).toBe('Only one sentence');
    expect(firstSentence('Rp 1.250.000 spent. More.')).toBe('Rp 1.250.000 spent.');
  });
});

describe('the caution on an open card', () => {
  const general = { en: 'Estimates.', id: 'Perkiraan.' };
  const instagram = { en: 'Two like totals.', id: 'Dua total suka.', platforms: ['instagram', 'meta-business-suite'] };
  const linkedin = { en: 'One total for every reaction.', id: 'Satu total.', platforms: ['linkedin'] };

  it('is the first pitfall that holds on this platform, in the library’s order', () => {
    expect(cautionFor([instagram, general, linkedin], 'instagram')).toBe(instagram);
    expect(cautionFor([instagram, general, linkedin], 'meta-business-suite')).toBe(instagram);
    expect(cautionFor([general, linkedin], 'linkedin')).toBe(general);
  });

  it('is never about another platform', () => {
    expect(cautionFor([instagram, general], 'linkedin')).toBe(general);
    expect(cautionFor([instagram, linkedin], 'linkedin')).toBe(linkedin);
    expect(cautionFor([instagram, linkedin], 'youtube')).toBeNull();
    expect(cautionFor([instagram, general], null)).toBe(general);
  });
});
