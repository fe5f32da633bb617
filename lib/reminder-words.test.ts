// What a reminder says: the person, the situation, and a team-care prompt only where it fits.
// Every prompt of the library goes through every kind of reminder: none meant for someone in
// distress ever reaches one, and each prompt used names its situation.
import { describe, expect, it } from 'vitest';
import { learning } from '../content/learning';
import { wellbeing } from '../content/wellbeing';
import { say } from './i18n';
import { jakartaReminders as jakarta } from '../tests/examples';
import { DAY_MS } from './model/record';
import { checkInPrompt, describeNudge, promptsForReminder } from './reminder-words';
import type { ReminderSettings } from './model/reminder-settings';
import { CRISIS_DEBRIEF_ID, type Nudge } from './schedule';

const t0 = Date.UTC(2025, 2, 5, 3, 0);

const inCrisis: ReminderSettings = { ...jakarta, crisis: { until: t0 + 90 * DAY_MS } };
const names = new Map([['a', 'Dewi']]);
const library = { wellbeing, retro: learning.retro };
const checkIn: Nudge = { id: 'check-in:a', kind: 'check-in', memberId: 'a', dueAt: 0 };

describe('describeNudge', () => {
  it('names the person and gives a routine prompt, introduced as routine', () => {
    const words = describeNudge(checkIn, { names, settings: jakarta, now: t0, library });
    expect(say('en', words.title)).toBe('Time to check in with Dewi');
    const prompt = checkInPrompt('a', jakarta, t0, wellbeing)!;
    expect(words.lines.map((line) => say('en', line))).toEqual([
      `Routine check-in. ${prompt.prompt.en} ${prompt.action.en}`,
    ]);
    expect(say('id', words.lines[0]!)).toBe(`Check-in rutin. ${prompt.prompt.id} ${prompt.action.id}`);
  });

  it('gives a crisis prompt during crisis mode, introduced as crisis mode', () => {
    const words = describeNudge(checkIn, { names, settings: inCrisis, now: t0, library });
    const prompt = checkInPrompt('a', inCrisis, t0, wellbeing)!;
    expect(prompt.situations).toContain('crisis');
    expect(say('en', words.lines[0]!)).toBe(`Crisis mode is on. ${prompt.prompt.en} ${prompt.action.en}`);
  });

  it('keeps one prompt through a day', () => {
    expect(checkInPrompt('a', jakarta, t0, wellbeing)).toBe(
      checkInPrompt('a', jakarta, t0 + 60 * 60 * 1000, wellbeing),
    );
  });

  it('says "the team" when the person is unknown', () => {
    const words = describeNudge({ ...checkIn, memberId: 'gone' }, { names, settings: jakarta, now: t0, library });
    expect(say('en', words.title)).toBe('Time to check in with the team');
  });

  it('shows the library retro and a debrief checklist', () => {
    const retro = describeNudge(
      { id: 'retro', kind: 'retro', memberId: null, dueAt: 0 },
      { names, settings: jakarta, now: t0, library },
    );
    expect(say('id', retro.title)).toContain(learning.retro.name.id);
    expect(retro.lines.map((line) => say('id', line))).toEqual([learning.retro.intro.id]);
    const debrief = describeNudge(
      { id: CRISIS_DEBRIEF_ID, kind: 'crisis-debrief', memberId: null, dueAt: 0 },
      { names, settings: jakarta, now: t0, library },
    );
    expect(say('en', debrief.title)).toBe('Crisis mode has ended: time for a debrief');
    expect(debrief.steps.map((step) => say('en', step))).toContain('Who needs rest, and when they will take it');
    expect(debrief.steps).toHaveLength(4);
  });
});

describe('team-care prompts in reminders', () => {
  const kinds: { name: string; settings: ReminderSettings; situation: 'crisis' | 'weekly-check-in' }[] = [
    { name: 'a routine check-in', settings: jakarta, situation: 'weekly-check-in' },
    { name: 'a check-in in crisis mode', settings: inCrisis, situation: 'crisis' },
  ];

  it.each(kinds)(
    'in $name, use only prompts made for that situation, never a distress prompt',
    ({ settings, situation }) => {
      const fitting = promptsForReminder(situation, wellbeing);
      expect(fitting.length).toBeGreaterThan(0);
      for (const prompt of fitting) {
        expect(prompt.situations, prompt.id).toContain(situation);
        expect(prompt.distress, prompt.id).not.toBe(true);
        if (situation === 'weekly-check-in') expect(prompt.situations, prompt.id).not.toContain('crisis');
      }
      // Every person on every day of two months, against every prompt in the library.
      const used = new Set<string>();
      for (let day = 0; day < 60; day++) {
        for (const memberId of ['a', 'b', 'c', 'dewi', 'x1', '7c1e0b52']) {
          const prompt = checkInPrompt(memberId, settings, t0 + day * DAY_MS, wellbeing);
          expect(prompt).not.toBeNull();
          used.add(prompt!.id);
          const words = describeNudge({ ...checkIn, memberId }, { names, settings, now: t0 + day * DAY_MS, library });
          const line = say('en', words.lines[0]!);
          expect(line.startsWith(situation === 'crisis' ? 'Crisis mode is on.' : 'Routine check-in.')).toBe(true);
        }
      }
      for (const prompt of wellbeing) {
        if (used.has(prompt.id)) expect(fitting).toContain(prompt);
      }
    },
  );

  it('never put a distress prompt in any kind of reminder', () => {
    const distress = wellbeing.filter((prompt) => prompt.distress);
    expect(distress.map((prompt) => prompt.id).sort()).toEqual(['check-in-warning-signs', 'crisis-serious-distress']);
    const reminders: Nudge[] = [
      checkIn,
      { id: 'retro', kind: 'retro', memberId: null, dueAt: 0 },
      { id: CRISIS_DEBRIEF_ID, kind: 'crisis-debrief', memberId: null, dueAt: 0 },
    ];
    for (const settings of [jakarta, inCrisis]) {
      for (const nudge of reminders) {
        for (let day = 0; day < 60; day++) {
          const words = describeNudge(nudge, { names, settings, now: t0 + day * DAY_MS, library });
          const text = [words.title, ...words.lines, ...words.steps].map((part) => say('en', part)).join(' ');
          for (const prompt of distress) expect(text).not.toContain(prompt.action.en);
          expect(text).not.toMatch(/employee assistance|HR\b/);
        }
      }
    }
  });
});
