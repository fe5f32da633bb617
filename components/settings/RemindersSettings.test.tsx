// @vitest-environment happy-dom
// The reminders settings as the leader uses them: change the quiet hours and save, turn crisis mode
// on until the end of a day in their own time zone, and answer the reminder waiting for them.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { datePlusDays, endOfDate } from '@/lib/calendar-dates';
import { createMember } from '@/lib/model/member';
import type { ReminderSettings } from '@/lib/model/reminder-settings';
import { defaultReminderSettings, REMINDER_SETTINGS_KEY } from '@/state/reminder-settings';
import { updateSettings } from '@/state/settings';
import { team } from '@/state/team';
import { RemindersSettings } from './RemindersSettings';

const settingsIn = async (): Promise<ReminderSettings> =>
  (await fakeBrowser.storage.local.get(REMINDER_SETTINGS_KEY))[REMINDER_SETTINGS_KEY] as ReminderSettings;

async function store(settings: Partial<ReminderSettings>) {
  await fakeBrowser.storage.local.set({ [REMINDER_SETTINGS_KEY]: { ...defaultReminderSettings(), ...settings } });
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('RemindersSettings', () => {
  it('starts at crisis mode when opened there from the Coach, once the sections above are drawn', async () => {
    history.replaceState(null, '', '#crisis');
    try {
      render(<RemindersSettings />);
      await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('crisis-mode')));
      expect(screen.getByTestId('crisis-switch')).toBeTruthy();
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('keeps changed quiet hours as typed until saved, then saves them', async () => {
    const user = userEvent.setup();
    render(<RemindersSettings />);
    const from = await screen.findByTestId('quiet-start');
    fireEvent.change(from, { target: { value: '20:30' } });
    expect(screen.getByTestId('reminders-status').textContent).toBe('You have changes that are not saved yet.');

    await user.click(screen.getByRole('button', { name: 'Save reminder settings' }));
    await waitFor(() => expect(screen.getByTestId('reminders-status').textContent).toBe('Reminder settings saved.'));
    expect((await settingsIn()).quietStart).toBe('20:30');
  });

  // The browser's time and date fields show its own format ("07:00 PM", "12/09/2026") whatever
  // the language on screen; what they hold is said again in the leader's language.
  it('says the chosen times and the end of crisis mode again in English', async () => {
    await store({ quietStart: '19:00', quietEnd: '08:00', retro: { day: 5, time: '15:00' } });
    render(<RemindersSettings />);
    const quiet = await screen.findByTestId('quiet-summary');
    expect(quiet.textContent).toMatch(/^No reminders from 7:00\sPM until 8:00\sAM\. /);
    expect(screen.getByTestId('retro-summary').textContent).toMatch(/^Every Friday at 3:00\sPM\.$/);
    fireEvent.change(screen.getByTestId('crisis-until'), { target: { value: '2026-12-09' } });
    expect(screen.getByTestId('crisis-until-day').textContent).toBe('Wednesday, December 9, 2026');
    expect(screen.getByTestId('crisis-until').getAttribute('aria-describedby')).toBe(
      screen.getByTestId('crisis-until-day').id,
    );

    // The same time twice means no quiet hours, and the line says so as the leader types.
    fireEvent.change(screen.getByTestId('quiet-end'), { target: { value: '19:00' } });
    expect(quiet.textContent).toBe('No quiet hours: reminders may come at any time of a work day.');
    fireEvent.change(screen.getByTestId('quiet-end'), { target: { value: '' } });
    expect(quiet.textContent).toBe('No reminders between these times. Make both the same to have no quiet hours.');
    fireEvent.click(screen.getByTestId('retro-on'));
    expect(screen.queryByTestId('retro-summary')).toBeNull();
  });

  it('says them in Indonesian as Indonesian writes them', async () => {
    await updateSettings({ language: 'id' });
    await store({ quietStart: '19:00', quietEnd: '08:00', retro: { day: 5, time: '15:00' } });
    render(<RemindersSettings />);
    await waitFor(() =>
      expect(screen.getByTestId('quiet-summary').textContent).toMatch(
        /^Tidak ada pengingat dari pukul 19\.00 sampai 08\.00\. /,
      ),
    );
    expect(screen.getByTestId('retro-summary').textContent).toBe('Setiap Jumat pukul 15.00.');
    fireEvent.change(screen.getByTestId('crisis-until'), { target: { value: '2026-12-09' } });
    expect(screen.getByTestId('crisis-until-day').textContent).toBe('Rabu, 09 Desember 2026');
  });

  it("turns crisis mode on until the end of the chosen day in the leader's time zone", async () => {
    await store({ timeZone: 'Asia/Jakarta' });
    const user = userEvent.setup();
    render(<RemindersSettings />);
    const until = datePlusDays(Date.now(), 3, 'Asia/Jakarta');
    fireEvent.change(await screen.findByTestId('crisis-until'), { target: { value: until } });
    await user.click(screen.getByRole('switch', { name: 'Crisis mode' }));

    await waitFor(async () => expect((await settingsIn()).crisis).toEqual({ until: endOfDate(until, 'Asia/Jakarta') }));
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Crisis mode' })).toHaveProperty('checked', true));
    expect(screen.getByTestId('crisis-status').textContent).toMatch(/^Crisis mode is on until the end of /);
  });

  it('answers the reminder waiting for the leader and keeps the focus in its card', async () => {
    // No quiet hours, every day a work day, no retro: a check-in with Dewi is due whatever the time.
    await store({ quietStart: '00:00', quietEnd: '00:00', workDays: [0, 1, 2, 3, 4, 5, 6], retro: null });
    const dewi = createMember({ name: 'Dewi' }, Date.now() - 30 * 86_400_000);
    await fakeBrowser.storage.local.set({ [team.key(dewi.id)]: dewi });
    const user = userEvent.setup();
    render(<RemindersSettings />);

    // The reminder texts load on demand, the first time a reminder shows.
    const waiting = await screen.findByTestId('waiting-reminder', {}, { timeout: 5000 });
    expect(waiting.textContent).toContain('Time to check in with Dewi');
    await user.click(screen.getByRole('button', { name: 'Done: Time to check in with Dewi' }));
    await waitFor(() => expect(screen.queryByTestId('waiting-reminder')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Waiting for you' }));
    expect(screen.getAllByRole('status').some((status) => status.textContent === 'Saved.')).toBe(true);
  });
});
