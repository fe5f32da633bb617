// One Intl.DateTimeFormat per language and set of options, kept for the page's life: making one
// takes about as long as drawing a whole card (1–2 ms in the panel), and a list of notes or a
// table of readings formats a date per row on every render.
const formatters = new Map<string, Intl.DateTimeFormat>();

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
