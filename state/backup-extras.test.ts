import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newAgendaItem } from './agenda';
import { applyExtras, mergeActivity, planExtras, readBackupExtras, readExtras } from './backup-extras';
import { createMember } from './team';

const noActivity = { visits: [], savedQuestions: 0, metricNotes: 0, teamMembers: 0 };

describe('team and checklist in a backup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('refuses a damaged section, so nothing is imported', () => {
    expect(readBackupExtras({ members: [{ name: 42 }], agenda: [] }, undefined).ok).toBe(false);
    expect(readBackupExtras(undefined, { ticks: 'x', activity: noActivity }).ok).toBe(false);
    expect(readBackupExtras(undefined, undefined)).toEqual({ ok: true, team: null, checklist: null });
  });

  it('adds what is new, updates what is newer, and leaves the rest; twice is the same as once', async () => {
    const ana = createMember({ name: 'Ana 🌟', role: 'Community', platforms: [], hats: [] }, 10);
    const item = newAgendaItem({ kind: 'question', ref: 'audience-who' }, 10);
    const newerAna = { ...ana, role: 'Community lead', updatedAt: 20 };
    const backup = readBackupExtras(
      { members: [newerAna], agenda: [item] },
      { ticks: { 'meet-each-person': { done: true, at: 5 } }, activity: { ...noActivity, savedQuestions: 3 } },
    );
    if (!backup.ok) throw new Error('refused');
    await applyExtras(planExtras(await readExtras(), backup), mergeActivity(noActivity, backup.checklist!.activity));
    const after = await readExtras();
    expect(after.team.members.map((member) => member.role)).toEqual(['Community lead']);
    expect(after.team.agenda).toHaveLength(1);
    expect(after.checklist).toMatchObject({
      ticks: { 'meet-each-person': { done: true } },
      activity: { savedQuestions: 3 },
    });

    const again = planExtras(after, backup);
    expect(again.members).toEqual([]);
    expect(again.agenda).toEqual([]);
  });

  it('carries reminder settings, and restores them only with the other settings', async () => {
    const reminders = {
      timeZone: 'Asia/Jakarta',
      quietStart: '20:00',
      quietEnd: '07:00',
      workDays: [1, 2, 3, 4, 5],
      retro: null,
      crisis: null,
    };
    const backup = readBackupExtras({ members: [], agenda: [], reminders }, undefined);
    if (!backup.ok) throw new Error('refused');
    const plan = planExtras(await readExtras(), backup);
    await applyExtras(plan, null);
    expect((await readExtras()).team.reminders).toBeUndefined();
    await applyExtras(plan, null, true);
    expect((await readExtras()).team.reminders).toMatchObject({ timeZone: 'Asia/Jakarta', quietStart: '20:00' });
  });
});
