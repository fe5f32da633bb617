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
