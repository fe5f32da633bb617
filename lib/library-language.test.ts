import { describe, expect, it } from 'vitest';
import { library } from '../content';
import {
  addLanguage,
  DEFERRED_SECTIONS,
  EXPLAINER_FIELDS,
  GOAL_DETAIL_FIELDS,
  libraryInLanguage,
  QUESTION_DETAIL_FIELDS,
  splitExplainers,
} from './library-language';

const sample = {
  metrics: [
    {
      id: 'reach',
      name: { en: 'Reach', id: 'Jangkauan' },
      short: { en: 'People who saw it', id: 'Orang yang melihatnya' },
      pitfalls: [
        { en: 'Estimated', id: 'Perkiraan' },
        { en: 'Two totals', id: 'Dua total', platforms: ['instagram'] },
      ],
      labels: { en: ['Reach'], id: ['Jangkauan'] },
      checked: '2026-11-01',
      weight: 2,
      formula: null,
    },
  ],
  questions: [{ id: 'q1', text: { en: 'Why?', id: 'Mengapa?' }, why: { en: 'Because', id: 'Karena' } }],
  readings: [{ id: 'r1', title: { en: 'Up', id: 'Naik' }, text: { en: 'Often', id: 'Sering' } }],
};

/** The whole library as the files hold it in both languages: all of it but the surfaces' rules and examples. */
function shipped() {
  const whole = JSON.parse(JSON.stringify(library)) as { platforms: { surfaces: Record<string, unknown>[] }[] };
  for (const surface of whole.platforms.flatMap((platform) => platform.surfaces)) {
    delete surface.rules;
    delete surface.examples;
  }
  return whole;
}

describe('the library one language at a time', () => {
  it('keeps texts in one language, names in both, and what a text carries beside them', () => {
    expect(libraryInLanguage(sample, 'id')).toEqual({
      metrics: [
        {
          id: 'reach',
          name: { en: 'Reach', id: 'Jangkauan' },
          short: { id: 'Orang yang melihatnya' },
          pitfalls: [{ id: 'Perkiraan' }, { id: 'Dua total', platforms: ['instagram'] }],
          labels: { en: ['Reach'], id: ['Jangkauan'] },
          checked: '2026-11-01',
          weight: 2,
          formula: null,
        },
      ],
      questions: [{ id: 'q1', text: { id: 'Mengapa?' }, why: { id: 'Karena' } }],
      readings: [{ id: 'r1', title: { id: 'Naik' }, text: { id: 'Sering' } }],
    });
  });

  it('adds the other language into the objects a page holds, and gets the whole library back', () => {
    const held = libraryInLanguage(library, 'en');
    const someMetric = (held as { metrics: object[] }).metrics[0];
    addLanguage(held, libraryInLanguage(library, 'id'));
    expect(held).toEqual(shipped());
    // The same objects, now in both languages: indexes built on them stay valid.
    expect((held as { metrics: object[] }).metrics[0]).toBe(someMetric);
  });

  it('makes each language file under 70% of the whole library', () => {
    const whole = JSON.stringify(library).length;
    for (const language of ['en', 'id'] as const) {
      expect(JSON.stringify(libraryInLanguage(library, language)).length / whole).toBeLessThan(0.7);
    }
  });

  it('leaves out what no page reads, and refuses a pattern anywhere else', () => {
    const file = libraryInLanguage(library, 'en') as { platforms: { surfaces: object[] }[] };
    for (const surface of file.platforms.flatMap((platform) => platform.surfaces)) {
      expect(surface).not.toHaveProperty('rules');
      expect(surface).not.toHaveProperty('examples');
      expect(surface).toHaveProperty('name.en');
    }
    expect(() => libraryInLanguage({ metrics: [{ id: 'reach', match: /reach/ }] }, 'en')).toThrow(
      'a pattern JSON cannot keep at "match"',
    );
  });

  it('never replaces a value the page already holds', () => {
    const held = { a: { en: 'A' }, b: 1 };
    addLanguage(held, { a: { en: 'changed', id: 'A-id' }, b: 2, c: 3 });
    expect(held).toEqual({ a: { en: 'A', id: 'A-id' }, b: 1, c: 3 });
  });

  it('splits the explainers off, and puts them back in place in either order of languages', () => {
    const held = { current: undefined as unknown };
    const parts = (language: 'en' | 'id') => splitExplainers(libraryInLanguage(library, language));
    // The panel: its language's core, then that language's explainers after the first view, then
    // on a switch the other language's core and explainers.
    held.current = parts('en').core;
    const core = held.current as Record<'metrics' | 'questions' | 'goals' | 'checklists', Record<string, unknown>[]>;
    const [metric, question, goal, step] = [core.metrics[0]!, core.questions[0]!, core.goals[0]!, core.checklists[0]!];
    for (const field of EXPLAINER_FIELDS) expect(metric).not.toHaveProperty(field);
    for (const field of QUESTION_DETAIL_FIELDS) expect(question).not.toHaveProperty(field);
    for (const field of GOAL_DETAIL_FIELDS) expect(goal).not.toHaveProperty(field);
    for (const section of DEFERRED_SECTIONS) expect(core).not.toHaveProperty(section);
    expect(goal).not.toHaveProperty('trap');
    // A checklist step keeps what its progress needs (id, phase, auto-tick), not its text.
    expect(step).not.toHaveProperty('text');
    expect(step).toHaveProperty('phase');
    expect(core).not.toHaveProperty('viewCounts');
    // The retro stays for the weekly reminder; the sources worth following wait.
    expect(core).toHaveProperty('learning.retro.name.en');
    expect(core).not.toHaveProperty('learning.sourceKinds');
    // What the first view shows and what finds things stay: question texts, names in both languages.
    expect(question).toHaveProperty('text.en');
    expect(question).not.toHaveProperty('text.id');
    expect(goal).toHaveProperty('name.en');
    addLanguage(held.current, parts('en').explainers);
    expect(metric).toHaveProperty('explanation.en');
    expect(question).toHaveProperty('goodAnswer.en');
    expect(question).not.toHaveProperty('goodAnswer.id');
    expect(goal).toHaveProperty('trap.en');
    expect(step).toHaveProperty('text.en');
    expect(core).toHaveProperty('viewCounts.0.threshold.en');
    expect(core).toHaveProperty('learning.sourceKinds.0.name.en');
    addLanguage(held.current, parts('id').core);
    addLanguage(held.current, parts('id').explainers);
    expect(held.current).toEqual(shipped());
  });

  it('leaves the first view under half of a language file', () => {
    for (const language of ['en', 'id'] as const) {
      const file = libraryInLanguage(library, language);
      expect(JSON.stringify(splitExplainers(file).core).length / JSON.stringify(file).length).toBeLessThan(0.5);
    }
  });
});
