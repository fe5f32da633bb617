// The reminder alarm in the background: a reminder is never lost to a worker stopped at the
// wrong moment, and one that fell due while the worker was stopped is shown when it starts. The
// reminder on screen is kept, worded, for the popup, which answers it through the background.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMember } from '@/lib/model/member';
import { DAY_MS } from '@/lib/model/record';
import { shownNudgeItem } from '@/state/shown-nudge';
import { team } from '@/state/team';
import { answerNudge, NUDGE_NOTIFICATION, planReminders, REMINDER_ALARM, startReminders, wake } from './reminders';

// A Wednesday, 10:00 in Jakarta: inside work hours.
const now = Date.UTC(2025, 2, 5, 3, 0);

async function someoneDue() {
  const dewi = {
    ...createMember({ name: 'Dewi', checkInEveryDays: 7 }, now - 30 * DAY_MS),
    lastCheckInAt: now - 10 * DAY_MS,
  };
  await fakeBrowser.storage.local.set({
    [team.key(dewi.id)]: dewi,
    reminderSettings: {
      timeZone: 'Asia/Jakarta',
      quietStart: '19:00',
      quietEnd: '08:00',
      workDays: [1, 2, 3, 4, 5],
      retro: null,
      crisis: null,
    },
  });
  return dewi;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now, toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the reminder alarm', () => {
  it('is set again before the work, so a worker stopped while showing a reminder comes back to it', async () => {
    await someoneDue();
    // The alarm fired (the browser drops a one-off alarm when it fires), then the worker stops
    // while putting the notification on screen.
    await fakeBrowser.alarms.clear(REMINDER_ALARM);
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValueOnce(new Error('worker stopped'));

    await expect(wake(now)).rejects.toThrow('worker stopped');

    const alarm = await fakeBrowser.alarms.get(REMINDER_ALARM);
    expect(alarm?.scheduledTime).toBe(now + 60_000);
    // When it comes back, the reminder is shown.
    await wake(now + 60_000);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([NUDGE_NOTIFICATION]);
  });

  it('shows, when the worker starts, a reminder that fell due while it was stopped', async () => {
    const dewi = await someoneDue();
    startReminders();
    await vi.waitFor(async () => {
      const shown = await fakeBrowser.notifications.getAll();
      expect(Object.keys(shown)).toEqual([NUDGE_NOTIFICATION]);
      expect((shown as Record<string, { title: string }>)[NUDGE_NOTIFICATION]!.title).toContain(dewi.name);
    });
  });
});

describe('the reminder in the popup', () => {
  it('is kept as its notification words it while it waits, and forgotten once answered there', async () => {
    const dewi = await someoneDue();
    await wake(now);
    const { value: shown } = await shownNudgeItem.read();
    expect(shown).toMatchObject({ id: `check-in:${dewi.id}`, language: 'en', title: 'Time to check in with Dewi' });
    expect(shown!.lines.length + shown!.steps.length).toBeGreaterThan(0);

    expect(await answerNudge(shown!.id, 'done', now + 1000)).toEqual({ ok: true });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    await planReminders(now + 2000);
    expect((await shownNudgeItem.read()).value).toBeNull();
    // Done on a check-in records the check-in.
    const stored = (await fakeBrowser.storage.local.get(team.key(dewi.id)))[team.key(dewi.id)] as {
      lastCheckInAt: number;
    };
    expect(stored.lastCheckInAt).toBe(now + 1000);
  });

  it('is there again after a restart, in quiet hours too, though no notification comes back then', async () => {
    const dewi = await someoneDue();
    await wake(now);
    // The browser restarts: session storage and notifications are gone. It is 22:00 in Jakarta.
    await fakeBrowser.storage.session.clear();
    await fakeBrowser.notifications.clear(NUDGE_NOTIFICATION);
    const evening = now + 12 * 60 * 60 * 1000;
    await wake(evening);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect((await shownNudgeItem.read()).value).toMatchObject({ id: `check-in:${dewi.id}` });
  });

  it('is not answered when it was answered elsewhere first, and says so', async () => {
    const dewi = await someoneDue();
    await wake(now);
    expect(await answerNudge(`check-in:${dewi.id}`, 'dismiss', now + 1000)).toEqual({ ok: true });
    expect(await answerNudge(`check-in:${dewi.id}`, 'done', now + 2000)).toEqual({ ok: false, reason: 'gone' });
    expect(await answerNudge('retro', 'done', now + 2000)).toEqual({ ok: false, reason: 'gone' });
  });
});
