// Dates and times in the leader's chosen time zone, for the reminders settings: the zones to
// choose from, weekday names, and a formatter that falls back to UTC for a zone the engine does
// not know rather than throwing.
import { dateFormat, zonedDateFormat } from '@/lib/date-format';
import type { Language } from '@/lib/i18n';

/** Monday first, as most work weeks are written; 0 is Sunday. */
export const weekOrder = [1, 2, 3, 4, 5, 6, 0];

/** Every zone the engine knows, with the current one always among them. */
export function timeZones(current: string): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    // An older engine: the current zone alone, still choosable.
  }
  return zones.includes(current) ? zones : [current, ...zones];
}

/** A weekday's name in the language on screen; 0 is Sunday. */
export function weekdayName(day: number, language: Language): string {
  // 7 January 2024 was a Sunday.
  return dateFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + day));
}

/** A date formatter in the zone, or in UTC when the zone is unknown here. */
export function formatter(language: Language, timeZone: string, options: Intl.DateTimeFormatOptions) {
  return zonedDateFormat(language, { ...options, timeZone });
}

/**
 * A time of day ("19:00") as the language writes it ("7:00 PM", "19.00"), or null when it is not
 * one. The browser's time field shows the browser's own format whatever the language on screen,
 * so the settings say the chosen times again in the leader's.
 */
export function clockText(time: string, language: Language): string | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) return null;
  return dateFormat(language, { timeStyle: 'short', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, 1, Number(match[1]), Number(match[2])),
  );
}
