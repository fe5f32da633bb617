// One Intl.DateTimeFormat per language and set of options, kept for the page's life: making one
// takes about as long as drawing a whole card (1–2 ms in the panel), and a list of notes or a
// table of readings formats a date per row on every render.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The browser's own time zone, or UTC when it cannot say: the leader's calendar day (history,
 * reminders) is counted in it.
 */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The formatter for these options; throws as `Intl.DateTimeFormat` does (an unknown time zone). */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\n${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The UTC formatter that stands in for each set of options whose time zone is unknown here. */
const inUtc = new Map<string, Intl.DateTimeFormat>();

/**
 * The formatter for these options, in UTC when their time zone is one this engine does not know:
 * a typo in the settings must never stop a reminder or a date from showing. Asked again, the
 * unknown zone costs a lookup, not another failed attempt.
 */
export function zonedDateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\n${JSON.stringify(options)}`;
  const fallback = inUtc.get(key);
  if (fallback) return fallback;
  try {
    return dateFormat(locale, options);
  } catch {
    const utc = dateFormat(locale, { ...options, timeZone: 'UTC' });
    inUtc.set(key, utc);
    return utc;
  }
}

/**
 * A calendar date as a date field holds it ("2026-12-09"), written as the language writes dates
 * ("Wednesday, December 9, 2026"; "Rabu, 09 Desember 2026" in full), or null when it is not a
 * date. A date field shows the browser's own format whatever the language on screen:
 * "12/09/2026" in an Indonesian interface, which reads as the twelfth of September there.
 */
export function dayText(date: string, locale: string, dateStyle: 'full' | 'medium' = 'full'): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, keeps the years 0–99 as written; both carry over ("2026-02-30"
  // is 2 March), so only a date that comes back as written is one.
  const back = new Date(0);
  back.setUTCFullYear(year, month - 1, day);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return dateFormat(locale, { dateStyle, timeZone: 'UTC' }).format(back);
}

/**
 * The date of a change in the library, written as the language writes dates: a month alone
 * ("2024-08") as "August 2024" ("Agustus 2024"), a day in the medium style ("Apr 21, 2025";
 * "21 Apr 2025"); anything else as it is.
 */
export function changeDateText(when: string, locale: string): string {
  if (/^\d{4}-(?:0[1-9]|1[0-2])$/.test(when))
    return dateFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      new Date(`${when}-01T00:00Z`),
    );
  return dayText(when, locale, 'medium') ?? when;
}
