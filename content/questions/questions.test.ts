import { describe, expect, it } from 'vitest';
import { z } from '../../lib/zod';
import { questionSchema, questionThemeSchema, type LocalizedText } from '../schema';
import { questions } from './index';

/** Ids other parts of the library may refer to, with the theme each belongs to. */
const guaranteedIds: Record<string, string> = {
  'audience-who': 'audience',
  'platforms-why-each': 'platforms',
  'platforms-stop': 'platforms',
  'voice-guide': 'brand-voice',
  'voice-share-of-voice': 'brand-voice',
  'data-where-reports': 'data-and-reporting',
  'data-single-source': 'data-and-reporting',
  'definitions-engagement': 'metric-definitions',
  'definitions-video-view': 'metric-definitions',
  'goals-business-link': 'goals-and-roi',
  'goals-roi': 'goals-and-roi',
  'workload-normal-week': 'workload',
  'workload-hats': 'workload',
  'tools-stack': 'tools-and-budget',
  'crisis-escalation': 'crisis',
  'crisis-playbook': 'crisis',
  'wellbeing-hard-comments': 'wellbeing',
  'wellbeing-after-hours': 'wellbeing',
  'learning-retro': 'learning',
  'learning-sources': 'learning',
};

/** The id prefix each theme uses, as in the guaranteed ids. */
const themePrefix: Record<string, string> = {
  audience: 'audience-',
  platforms: 'platforms-',
  'brand-voice': 'voice-',
  'data-and-reporting': 'data-',
  'metric-definitions': 'definitions-',
  'goals-and-roi': 'goals-',
  workload: 'workload-',
  'tools-and-budget': 'tools-',
  crisis: 'crisis-',
  wellbeing: 'wellbeing-',
  learning: 'learning-',
};

function texts(question: (typeof questions)[number]): LocalizedText[] {
  return [question.text, question.why, question.goodAnswer];
}

describe('the question bank', () => {
  it('parses with the schema', () => {
    expect(() => z.array(questionSchema).parse(questions)).not.toThrow();
  });

  it('has unique ids and at least 85 questions', () => {
    const ids = questions.map((question) => question.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(questions.length).toBeGreaterThanOrEqual(85);
  });

  it('has at least 6 questions in every theme, each with its theme prefix, in theme order', () => {
    const themes = questionThemeSchema.options;
    for (const theme of themes) {
      expect(questions.filter((question) => question.theme === theme).length, theme).toBeGreaterThanOrEqual(6);
    }
    for (const question of questions) {
      expect(question.id.startsWith(themePrefix[question.theme]), question.id).toBe(true);
    }
    const order = questions.map((question) => themes.indexOf(question.theme));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('contains every guaranteed id, in its theme', () => {
    for (const [id, theme] of Object.entries(guaranteedIds)) {
      expect(questions.find((question) => question.id === id)?.theme, id).toBe(theme);
    }
  });

  // That every metric is asked about, and every reference resolves, is checked over the whole
  // library in content/index.test.ts.
  it('has no duplicates in any list', () => {
    for (const question of questions) {
      for (const list of [question.platforms, question.metrics, question.surfaces, question.phases]) {
        expect(new Set<string>(list).size, question.id).toBe(list.length);
      }
    }
  });

  it('has an Indonesian text that differs from the English one, everywhere', () => {
    for (const question of questions) {
      for (const text of texts(question)) {
        expect(text.id, question.id).not.toBe(text.en);
      }
    }
  });

  it('has no placeholders, exclamation marks, percentages or figures', () => {
    for (const question of questions) {
      for (const text of texts(question)) {
        for (const value of [text.en, text.id]) {
          // GA4 is a product's name, not a figure.
          expect(value.replaceAll('GA4', 'GA'), question.id).not.toMatch(/\b(TODO|TBD|lorem|xxx)\b|!|%|\d/i);
        }
      }
    }
  });

  it('addresses the leader as Anda and a team member as kamu, never mixing in other forms', () => {
    for (const question of questions) {
      for (const text of texts(question)) {
        expect(text.id, question.id).not.toMatch(/\b(anda|kalian|engkau|kau)\b/);
      }
      expect(question.text.id, question.id).not.toMatch(/\bAnda\b/);
      expect(`${question.why.id} ${question.goodAnswer.id}`, question.id).not.toMatch(/\bkamu\b/i);
    }
  });
});
