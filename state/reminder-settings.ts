// The leader's reminder settings in storage, read field by field (one bad field costs only
// itself), and whether crisis mode is on. Apart from state/reminders.ts, which feeds the scheduler
// and records answers, so that the side panel's Coach can follow crisis mode without loading them.
import { browserTimeZone } from '../lib/date-format';
import { reminderSettingsSchema, type ReminderSettings } from '../lib/model/reminder-settings';
import { z } from '../lib/zod';
import { defineItem } from './item';

export const REMINDER_SETTINGS_KEY = 'reminderSettings';

/** Quiet from 19:00 to 08:00, Monday to Friday, the retro on Friday at 15:00, no crisis. */
export function defaultReminderSettings(): ReminderSettings {
  return {
    timeZone: browserTimeZone(),
    quietStart: '19:00',
    quietEnd: '08:00',
    workDays: [1, 2, 3, 4, 5],
    retro: { day: 5, time: '15:00' },
    crisis: null,
  };
}

/** One value per work day, in week order. */
export function normalizeWorkDays(days: readonly number[]): number[] {
  return [...new Set(days)].sort((a, b) => a - b);
}

/** Reads any stored value as reminder settings, field by field: one bad field costs only itself. Never throws. */
export function parseReminderSettings(value: unknown): { value: ReminderSettings; complete: boolean } {
  const defaults = defaultReminderSettings();
  const strict = reminderSettingsSchema.safeParse(value);
  if (strict.success)
    return { value: { ...strict.data, workDays: normalizeWorkDays(strict.data.workDays) }, complete: true };
  const shape = reminderSettingsSchema.shape;
  const lenient = z
    .object({
      timeZone: z.catch(shape.timeZone, defaults.timeZone),
      quietStart: z.catch(shape.quietStart, defaults.quietStart),
      quietEnd: z.catch(shape.quietEnd, defaults.quietEnd),
      workDays: z.catch(shape.workDays, defaults.workDays),
      retro: z.catch(shape.retro, defaults.retro),
      crisis: z.catch(shape.crisis, defaults.crisis),
    })
    .safeParse(value);
  const settings = lenient.success ? lenient.data : defaults;
  return { value: { ...settings, workDays: normalizeWorkDays(settings.workDays) }, complete: false };
}

export const reminderSettingsItem = defineItem<ReminderSettings>({
  area: 'local',
  key: REMINDER_SETTINGS_KEY,
  fallback: defaultReminderSettings,
  parse: parseReminderSettings,
});

/** Whether crisis mode is on at `now`. */
export function crisisActive(settings: ReminderSettings, now = Date.now()): boolean {
  return settings.crisis !== null && now < settings.crisis.until;
}
