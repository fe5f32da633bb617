// Checks the team-care content: wellbeing prompts, checklists, goals map and learning.
import { describe, expect, it } from 'vitest';
import { promptsForReminder } from '../lib/reminder-words';
import { z } from '../lib/zod';
import { checklists } from './checklists/index';
import { goals } from './goals';
import { learning } from './learning';
import {
  checklistItemSchema,
  checklistPhaseSchema,
  goalIdSchema,
  goalSchema,
  learningSchema,
  wellbeingPromptSchema,
  wellbeingSituationSchema,
} from './schema';
import { wellbeing } from './wellbeing';

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/** Every `{ en, id }` text anywhere in a value. */
function allTexts(value: unknown): { en: string; id: string }[] {
  if (Array.isArray(value)) return value.flatMap(allTexts);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string' && typeof record.id === 'string') return [{ en: record.en, id: record.id }];
    return Object.values(record).flatMap(allTexts);
  }
  return [];
}

/** Every string anywhere in a value. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

const parsedWellbeing = z.array(wellbeingPromptSchema).parse(wellbeing);
const parsedChecklists = z.array(checklistItemSchema).parse(checklists);
const parsedGoals = z.array(goalSchema).parse(goals);
const parsedLearning = learningSchema.parse(learning);
const everything = { wellbeing, checklists, goals, learning };

describe('wellbeing prompts', () => {
  it('has at least 44 prompts with unique ids', () => {
    expect(parsedWellbeing.length).toBeGreaterThanOrEqual(44);
    expect(duplicates(parsedWellbeing.map((prompt) => prompt.id))).toEqual([]);
  });

  it('has at least 5 prompts for every situation', () => {
    for (const situation of wellbeingSituationSchema.options) {
      const count = parsedWellbeing.filter((prompt) => prompt.situations.includes(situation)).length;
      expect(count, situation).toBeGreaterThanOrEqual(5);
    }
  });

  // A routine check-in's prompt is shown for one person, in their reminder and their 1:1 agenda.
  it('speaks of one person in a routine check-in, never of the team or someone else', () => {
    const routine = promptsForReminder('weekly-check-in', parsedWellbeing);
    expect(routine.length).toBeGreaterThanOrEqual(5);
    for (const prompt of routine) {
      const words = `${prompt.prompt.en} ${prompt.action.en}`;
      expect(words, prompt.id).not.toMatch(/\beach person\b|\beveryone\b|\bthe person (?:on shift|you have)/i);
      const kata = `${prompt.prompt.id} ${prompt.action.id}`;
      expect(kata, prompt.id).not.toMatch(/setiap orang|semua orang|yang sedang berjaga|paling jarang Anda/i);
    }
  });

  it('never lists a situation twice on one prompt', () => {
    for (const prompt of parsedWellbeing) expect(duplicates(prompt.situations), prompt.id).toEqual([]);
  });
});

describe('checklists', () => {
  it('has at least 34 items with unique ids', () => {
    expect(parsedChecklists.length).toBeGreaterThanOrEqual(34);
    expect(duplicates(parsedChecklists.map((item) => item.id))).toEqual([]);
  });

  it('keeps the first-week ids that shipped', () => {
    const ids = parsedChecklists.map((item) => item.id);
    for (const id of [
      'meet-each-person',
      'ask-about-audience',
      'list-platforms',
      'collect-metric-definitions',
      'open-analytics-with-coach',
      'invite-speaking-up',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('has at least 7 items per phase, in phase order', () => {
    const phases = checklistPhaseSchema.options;
    for (const phase of phases) {
      expect(parsedChecklists.filter((item) => item.phase === phase).length, phase).toBeGreaterThanOrEqual(7);
    }
    const order = parsedChecklists.map((item) => phases.indexOf(item.phase));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('lets Sidecoach tick at least 10 items itself', () => {
    expect(parsedChecklists.filter((item) => item.autoTick).length).toBeGreaterThanOrEqual(10);
  });
});

describe('goals', () => {
  it('has exactly the seven goal ids', () => {
    expect(parsedGoals.map((goal) => goal.id).sort()).toEqual([...goalIdSchema.options].sort());
  });

  // That every metric and question they name exists is checked over the whole library in index.test.ts.
  it('names at least 3 metrics and a question per goal, each once', () => {
    for (const goal of parsedGoals) {
      expect(goal.metrics.length, goal.id).toBeGreaterThanOrEqual(3);
      expect(duplicates(goal.metrics), goal.id).toEqual([]);
      expect(goal.questions.length, goal.id).toBeGreaterThan(0);
    }
  });
});

describe('learning', () => {
  it('has a retro with at least 4 sections of at least 2 prompts, with unique ids', () => {
    const sections = parsedLearning.retro.sections;
    expect(sections.length).toBeGreaterThanOrEqual(4);
    expect(duplicates(sections.map((section) => section.id))).toEqual([]);
    for (const section of sections) expect(section.prompts.length, section.id).toBeGreaterThanOrEqual(2);
  });

  it('has at least 6 kinds of sources with unique ids', () => {
    expect(parsedLearning.sourceKinds.length).toBeGreaterThanOrEqual(6);
    expect(duplicates(parsedLearning.sourceKinds.map((kind) => kind.id))).toEqual([]);
  });
});

describe('all care texts', () => {
  it('writes the Indonesian itself, never a copy of the English', () => {
    const texts = allTexts(everything);
    expect(texts.length).toBeGreaterThan(200);
    for (const text of texts) expect(text.id, text.en).not.toBe(text.en);
  });

  it('has no placeholders, exclamation marks, percentages or @handles', () => {
    for (const text of allStrings(everything)) {
      expect(text, text).not.toMatch(/\b(TODO|TBD|FIXME|lorem|ipsum|xxx)\b/i);
      expect(text, text).not.toMatch(/[!%@]/);
    }
  });
});
