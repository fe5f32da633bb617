import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { jakartaReminders as jakarta } from '../tests/examples';
import { say } from '../lib/i18n';
import { createMember, type Member } from '../lib/model/member';
import { CRISIS_DEBRIEF_ID, dueReminders, nextNudge, showingNudge } from '../lib/schedule';
import {
  NUDGE_HISTORY_KEY,
  SNOOZE_MS,
  answerShowingNudge,
  buildScheduleState,
  dismissReminder,
  endCrisis,
  loadReminderData,
  markReminderDone,
  parseNudgeHistory,
  nudgeHistoryItem,
  recordShown,
  snoozeReminder,
  startCrisis,
  startRetroIfNew,
  updateReminderSettings,
  watchReminderInputs,
} from './reminders';
import {
  crisisActive,
  defaultReminderSettings,
  parseReminderSettings,
  REMINDER_SETTINGS_KEY,
  reminderSettingsItem,
} from './reminder-settings';
import { team } from './team';

async function readReminderSettings() {
  const { value, problem } = await reminderSettingsItem.read();
  return { settings: value, problem };
}

async function readNudgeHistory() {
  return (await nudgeHistoryItem.read()).value;
}

// A Wednesday, 10:00 in Jakarta (UTC+7).
const t0 = Date.UTC(2025, 2, 5, 3, 0);
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

function member(name: string, overrides: Partial<Member> = {}): Member {
  return { ...createMember({ name, checkInEveryDays: 7 }, t0 - 30 * DAY), ...overrides };
}

async function storeMembers(...members: Member[]) {
  await fakeBrowser.storage.local.set(Object.fromEntries(members.map((m) => [team.key(m.id), m])));
}

async function storedHistory(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(NUDGE_HISTORY_KEY))[NUDGE_HISTORY_KEY];
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('reminder settings', () => {
  it('default to the browser time zone, quiet 19:00–08:00, Monday to Friday, the retro on Friday 15:00, no crisis', async () => {
    const { settings, problem } = await readReminderSettings();
    expect(problem).toBeNull();
    expect(settings).toEqual({
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      quietStart: '19:00',
      quietEnd: '08:00',
      workDays: [1, 2, 3, 4, 5],
      retro: { day: 5, time: '15:00' },
      crisis: null,
    });
    expect(defaultReminderSettings()).toEqual(settings);
  });

  it('read what was saved', async () => {
    expect(await updateReminderSettings(jakarta, t0)).toMatchObject({ ok: true });
    expect((await readReminderSettings()).settings).toEqual(jakarta);
  });

  it('fall back field by field on a bad value, without throwing or rewriting it', async () => {
    const corrupt = { ...jakarta, quietStart: '7pm', workDays: 'weekdays', crisis: { until: -1 } };
    await fakeBrowser.storage.local.set({ [REMINDER_SETTINGS_KEY]: corrupt });
    const { settings, problem } = await readReminderSettings();
    expect(problem).not.toBeNull();
    expect(settings).toEqual({ ...jakarta, quietStart: '19:00', workDays: [1, 2, 3, 4, 5], crisis: null });
    expect((await fakeBrowser.storage.local.get(REMINDER_SETTINGS_KEY))[REMINDER_SETTINGS_KEY]).toEqual(corrupt);

    for (const value of ['garbage', 42, [], null]) {
      expect(parseReminderSettings(value).value).toEqual(defaultReminderSettings());
    }
  });

  it('read as defaults when storage fails', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('disk gone'));
    const { settings, problem } = await readReminderSettings();
    expect(settings).toEqual(defaultReminderSettings());
    expect(problem).toBe('storage');
  });

  it('keep work days once each, in week order', async () => {
    await updateReminderSettings({ ...jakarta, workDays: [5, 1, 1, 3] }, t0);
    expect((await readReminderSettings()).settings.workDays).toEqual([1, 3, 5]);
  });

  it('refuse an invalid change, say why in both languages, and keep what was stored', async () => {
    await updateReminderSettings(jakarta, t0);
    const result = await updateReminderSettings({ quietStart: '25:00' }, t0);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!result.ok && say('en', result.message)).toMatch(/quiet hours/);
    expect(!result.ok && say('id', result.message)).toMatch(/jam tenang/);
    expect((await readReminderSettings()).settings).toEqual(jakarta);
  });

  it('report a failed write as a result, never a throw', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(updateReminderSettings(jakarta, t0)).resolves.toMatchObject({ ok: false, reason: 'quota' });
  });

  it('keep crisis mode when the form saves its own fields', async () => {
    await updateReminderSettings(jakarta, t0);
    await startCrisis(t0 + 7 * DAY, t0);
    await updateReminderSettings({ quietStart: '18:00' }, t0 + 1);
    expect((await readReminderSettings()).settings).toMatchObject({
      quietStart: '18:00',
      crisis: { until: t0 + 7 * DAY },
    });
  });

  it('start the retro afresh when it is turned on or moved, so it is not due at once', async () => {
    await updateReminderSettings({ ...jakarta, retro: null }, t0);
    await updateReminderSettings({ retro: { day: 1, time: '09:00' } }, t0);
    expect(await storedHistory()).toEqual({ retro: { lastDoneAt: t0 } });
    const { state } = await loadReminderData();
    expect(dueReminders(state, t0)).toEqual([]);
  });

  it('follow changes to settings, history and the team, and nothing else', async () => {
    const callback = vi.fn();
    const stop = watchReminderInputs(callback);
    await updateReminderSettings(jakarta, t0);
    await dismissReminder('retro', t0);
    await storeMembers(member('Dewi'));
    expect(callback).toHaveBeenCalledTimes(3);
    await fakeBrowser.storage.local.set({ 'note:x': { text: 'x' } });
    expect(callback).toHaveBeenCalledTimes(3);
    stop();
    await dismissReminder('retro', t0 + 1);
    expect(callback).toHaveBeenCalledTimes(3);
  });
});

describe('crisis mode', () => {
  it('is on until its end, and ends early as "ended now" so the debrief is offered', async () => {
    await updateReminderSettings(jakarta, t0);
    expect(crisisActive(jakarta, t0)).toBe(false);

    expect(await startCrisis(t0 + 7 * DAY, t0)).toMatchObject({ ok: true });
    const on = (await readReminderSettings()).settings;
    expect(crisisActive(on, t0)).toBe(true);
    expect(crisisActive(on, t0 + 7 * DAY)).toBe(false);

    await endCrisis(t0 + DAY);
    const off = (await readReminderSettings()).settings;
    expect(off.crisis).toEqual({ until: t0 + DAY });
    expect(crisisActive(off, t0 + DAY)).toBe(false);
    const { state } = await loadReminderData();
    expect(dueReminders(state, t0 + DAY).map((nudge) => nudge.id)).toContain(CRISIS_DEBRIEF_ID);
  });

  it('refuses an end in the past, and ending it when it is off changes nothing', async () => {
    await updateReminderSettings(jakarta, t0);
    expect(await startCrisis(t0 - 1, t0)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await endCrisis(t0)).toMatchObject({ ok: true });
    expect((await readReminderSettings()).settings.crisis).toBeNull();
  });
});

describe('nudge history', () => {
  it('records snooze, dismiss, done and shown per reminder, keeping the others', async () => {
    await snoozeReminder('retro', t0 + HOUR);
    await recordShown('check-in:a', t0);
    await dismissReminder('retro', t0 + 2 * HOUR);
    await markReminderDone(CRISIS_DEBRIEF_ID, t0 + 3 * HOUR);
    expect(await readNudgeHistory()).toEqual({
      retro: { lastDismissedAt: t0 + 2 * HOUR },
      'check-in:a': { lastShownAt: t0 },
      [CRISIS_DEBRIEF_ID]: { lastDoneAt: t0 + 3 * HOUR },
    });
  });

  it('skips unreadable entries on read, and keeps the stored value aside at the next write', async () => {
    const damaged = {
      retro: { lastDoneAt: 'yesterday' },
      'not a reminder': {},
      'check-in:a': { lastDoneAt: t0 },
    };
    await fakeBrowser.storage.local.set({ [NUDGE_HISTORY_KEY]: damaged });
    expect(await nudgeHistoryItem.read()).toEqual({ value: { 'check-in:a': { lastDoneAt: t0 } }, problem: 'partial' });
    await dismissReminder('check-in:a', t0 + 1);
    expect(await storedHistory()).toEqual({ 'check-in:a': { lastDoneAt: t0, lastDismissedAt: t0 + 1 } });
    expect(
      (await fakeBrowser.storage.local.get(`kept:${NUDGE_HISTORY_KEY}:${t0 + 1}`))[
        `kept:${NUDGE_HISTORY_KEY}:${t0 + 1}`
      ],
    ).toMatchObject({
      value: damaged,
    });
    expect(parseNudgeHistory('garbage')).toEqual({ value: {}, complete: false });
    expect(parseNudgeHistory(JSON.parse('{"__proto__": {"lastDoneAt": 1}}'))).toEqual({ value: {}, complete: false });
  });

  it('refuses an unknown reminder id and writes nothing', async () => {
    expect(await dismissReminder('<script>', t0)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await storedHistory()).toBeUndefined();
  });

  it('reports a failed write as a result, never a throw', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk gone'));
    await expect(dismissReminder('retro', t0)).resolves.toMatchObject({ ok: false, reason: 'error' });
  });

  it('marks a check-in done on the person too', async () => {
    const dewi = member('Dewi');
    await storeMembers(dewi);
    await markReminderDone(`check-in:${dewi.id}`, t0);
    const stored = (await fakeBrowser.storage.local.get(team.key(dewi.id)))[team.key(dewi.id)] as Member;
    expect(stored.lastCheckInAt).toBe(t0);
  });

  it('starts a new install’s retro from now, once', async () => {
    await updateReminderSettings(jakarta, t0); // unchanged retro: no history written
    expect(await storedHistory()).toBeUndefined();
    await startRetroIfNew(t0);
    await startRetroIfNew(t0 + DAY);
    expect(await readNudgeHistory()).toEqual({ retro: { lastDoneAt: t0 } });
  });
});

describe('buildScheduleState', () => {
  it('has a check-in per person still on the team, by name, and the retro', () => {
    const zoe = member('Zoë', { checkInEveryDays: 14 });
    const ayu = member('Ayu');
    const gone = member('Gone', { deletedAt: t0 });
    const state = buildScheduleState(jakarta, [zoe, gone, ayu], {});
    expect(state.cadences).toEqual([
      { kind: 'check-in', memberId: ayu.id, everyDays: 7 },
      { kind: 'check-in', memberId: zoe.id, everyDays: 14 },
      { kind: 'retro' },
    ]);
  });

  it('counts a check-in recorded on the person as done, whichever is later', () => {
    const ayu = member('Ayu', { lastCheckInAt: t0 - DAY });
    const id = `check-in:${ayu.id}`;
    expect(buildScheduleState(jakarta, [ayu], { [id]: { lastShownAt: t0 - 2 * DAY } }).history[id]).toEqual({
      lastShownAt: t0 - 2 * DAY,
      lastDoneAt: t0 - DAY,
    });
    expect(buildScheduleState(jakarta, [ayu], { [id]: { lastDoneAt: t0 } }).history[id]).toEqual({ lastDoneAt: t0 });
  });
});

describe('answering the reminder on screen', () => {
  async function showFirst() {
    await updateReminderSettings(jakarta, t0 - 10 * DAY);
    await startRetroIfNew(t0);
    const ayu = member('Ayu');
    await storeMembers(ayu);
    const { state } = await loadReminderData();
    const nudge = nextNudge(state, t0);
    expect(nudge).toMatchObject({ id: `check-in:${ayu.id}`, kind: 'check-in' });
    await recordShown(nudge!.id, t0);
    return nudge!;
  }

  it('dismiss takes it off screen and restarts its cadence', async () => {
    const nudge = await showFirst();
    expect(await answerShowingNudge('dismiss', t0 + 1000)).toEqual(nudge);
    const { state } = await loadReminderData();
    expect(showingNudge(state, t0 + 1000)).toBeNull();
    expect(dueReminders(state, t0 + 1000).map((due) => due.id)).not.toContain(nudge.id);
    expect(dueReminders(state, t0 + 8 * DAY).map((due) => due.id)).toContain(nudge.id);
  });

  it('snooze hides it for an hour', async () => {
    const nudge = await showFirst();
    await answerShowingNudge('snooze', t0);
    const { state } = await loadReminderData();
    expect(showingNudge(state, t0)).toBeNull();
    expect(dueReminders(state, t0 + SNOOZE_MS - 1)).toEqual([]);
    expect(dueReminders(state, t0 + SNOOZE_MS).map((due) => due.id)).toEqual([nudge.id]);
  });

  it('answers only the reminder asked for, when one is named', async () => {
    const nudge = await showFirst();
    expect(await answerShowingNudge('done', t0, 'retro')).toBeNull();
    expect(await storedHistory()).not.toHaveProperty([nudge.id, 'lastDoneAt']);
    expect(await answerShowingNudge('done', t0, nudge.id)).toEqual(nudge);
  });

  it('answers nothing when nothing is on screen', async () => {
    expect(await answerShowingNudge('dismiss', t0)).toBeNull();
    expect(await storedHistory()).toBeUndefined();
  });

  it('no second reminder while one waits for an answer', async () => {
    await showFirst();
    await storeMembers(member('Bima'));
    const { state } = await loadReminderData();
    expect(nextNudge(state, t0 + HOUR)).toBeNull();
  });
});
