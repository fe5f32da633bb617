// Stored values several tests seed, written once: as Sidecoach stores them today. Unit tests and
// the real-browser tests use the same ones, so a change of shape is made in one place.
import type { ReminderSettings } from '../lib/model/reminder-settings';

/** Reminders in Jakarta: quiet 19:00–08:00 on weekdays, a retro on Fridays at 15:00, no crisis. */
export const jakartaReminders: ReminderSettings = {
  timeZone: 'Asia/Jakarta',
  quietStart: '19:00',
  quietEnd: '08:00',
  workDays: [1, 2, 3, 4, 5],
  retro: { day: 5, time: '15:00' },
  crisis: null,
};

/** Reminders in Jakarta as a backup holds them: quiet 20:00–07:00, no retro. */
export const storedReminderSettings: ReminderSettings = {
  ...jakartaReminders,
  quietStart: '20:00',
  quietEnd: '07:00',
  retro: null,
};

/** The onboarding activity after one visit to LinkedIn page analytics at `at`, and one of each saved thing. */
export const storedActivity = (at: number) => ({
  visits: [{ platform: 'linkedin', surface: 'page-analytics', kind: 'analytics', at }],
  savedQuestions: 1,
  metricNotes: 1,
  teamMembers: 1,
});
