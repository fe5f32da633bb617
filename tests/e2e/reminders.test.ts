// Reminders as the leader meets them: a check-in falls due, the background's alarm shows one
// notification, the options page shows the same reminder and dismissing it there takes the
// notification away; crisis mode turns on with an end date and off again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowser, type Harness } from './harness';

const ALARM = 'sidecoach-reminder';
const NOTIFICATION = 'sidecoach-nudge';
const DAY = 24 * 60 * 60 * 1000;

let browser: Harness;

beforeAll(async () => {
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const notificationIds = () => browser.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));

const history = () =>
  browser.worker.evaluate(
    async () => ((await chrome.storage.local.get('nudgeHistory')).nudgeHistory ?? {}) as Record<string, object>,
  );

describe('reminders', () => {
  it('show one notification for a check-in that is due, and the same reminder on the options page', async () => {
    const now = Date.now();
    await browser.worker.evaluate(async (at) => {
      await chrome.storage.local.set({
        // Always a work day, never quiet: the reminder may come now, whenever the test runs.
        reminderSettings: {
          timeZone: 'UTC',
          quietStart: '00:00',
          quietEnd: '00:00',
          workDays: [0, 1, 2, 3, 4, 5, 6],
          retro: null,
          crisis: null,
        },
        'member:dewi': {
          v: 1,
          id: 'dewi',
          name: 'Dewi',
          role: 'Community manager',
          platforms: [],
          hats: [],
          checkInEveryDays: 7,
          lastCheckInAt: null,
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
        },
      });
    }, now);

    // The background plans its alarm from the change; then the test makes it ring at once.
    // (Before the change it may already wait for something far off, such as the default retro.)
    await expect
      .poll(async () => {
        const alarm = await browser.worker.evaluate((name) => chrome.alarms.get(name), ALARM);
        return alarm !== undefined && alarm.scheduledTime < now + 5 * 60_000;
      })
      .toBe(true);
    expect(await notificationIds()).not.toContain(NOTIFICATION);
    await browser.worker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 100 }), ALARM);

    await expect.poll(notificationIds, { timeout: 10_000 }).toEqual([NOTIFICATION]);
    await expect.poll(history).toMatchObject({ 'check-in:dewi': { lastShownAt: expect.any(Number) } });
    // Waiting for an answer: no alarm, so no second reminder.
    await expect.poll(() => browser.worker.evaluate((name) => chrome.alarms.get(name), ALARM)).toBeFalsy();

    const options = await browser.extensionPage('options.html');
    const waiting = options.getByTestId('waiting-reminder');
    await expect.poll(() => waiting.locator('strong').textContent()).toBe('Time to check in with Dewi');

    await waiting.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(history).toMatchObject({ 'check-in:dewi': { lastDismissedAt: expect.any(Number) } });
    await expect.poll(notificationIds).toEqual([]);
    await options.getByTestId('waiting-reminder-none').waitFor();
    await options.close();
  });

  it('save when reminders may come', async () => {
    const options = await browser.extensionPage('options.html');
    const form = options.getByTestId('reminders-form');
    await form.getByTestId('quiet-start').fill('18:30');
    await form.getByRole('checkbox', { name: 'Sunday' }).uncheck();
    await form.getByRole('button', { name: 'Save reminder settings' }).click();
    await expect.poll(() => form.getByTestId('reminders-status').textContent()).toBe('Reminder settings saved.');
    const stored = await browser.worker.evaluate(
      async () => (await chrome.storage.local.get('reminderSettings')).reminderSettings,
    );
    expect(stored).toMatchObject({ quietStart: '18:30', workDays: [1, 2, 3, 4, 5, 6], timeZone: 'UTC' });
    await options.close();
  });

  it('turn crisis mode on until its end date, and off again', async () => {
    const options = await browser.extensionPage('options.html');
    const crisis = options.getByTestId('crisis-mode');
    const status = crisis.getByTestId('crisis-status');
    const until = crisis.getByTestId('crisis-until');
    const inAWeek = new Date(Date.now() + 7 * DAY).toISOString().slice(0, 10);
    await expect.poll(() => until.inputValue()).toBe(inAWeek);
    expect(await status.textContent()).toBe('Crisis mode is off.');

    const toggle = crisis.getByRole('switch', { name: 'Crisis mode' });
    await toggle.click();
    const endDate = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${inAWeek}T12:00:00Z`),
    );
    await expect
      .poll(() => status.textContent())
      .toBe(
        `Crisis mode is on until the end of ${endDate}. Check-in reminders come twice as often (but never more often than every 2 days), and the Coach adds crisis prompts on inbox pages.`,
      );
    const stored = await browser.worker.evaluate(
      async () => (await chrome.storage.local.get('reminderSettings')).reminderSettings as { crisis: unknown },
    );
    expect(stored.crisis).toEqual({ until: Date.parse(`${inAWeek}T00:00:00Z`) + DAY });

    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.click();
    await expect.poll(() => status.textContent()).toMatch(/^Crisis mode ended on /);
    expect(await toggle.isChecked()).toBe(false);
    await options.close();
  });
});
