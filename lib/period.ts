// Turns the date range a dashboard shows ("Last 28 days", "28 hari terakhir", "Oct 28 – Nov 26",
// "28 Okt – 26 Nov 2026", "1/7/2024 - 30/9/2024") into calendar dates, so Sidecoach can tell
// whether a definition changed inside it and what it is compared with. The text is what
// `findDateRange` in `date-range.ts` extracts; `now` is injected so every answer can be tested.
//
// Days are calendar days in `timeZone` (an IANA name), UTC when none is given. Dashboards count
// "last 28 days" in the account's reporting time zone, which for a leader's own accounts is in
// practice the leader's, so callers pass the browser's zone; UTC as the default keeps results the
// same on every machine, tests included.
import { zonedDateFormat } from './date-format';
import { DAY_MS } from './model/record';

/** A period of whole days, both ends included, as `YYYY-MM-DD`. */
export interface Period {
  start: string;
  end: string;
}

export interface PeriodOptions {
  now: Date | number;
  /** The page's language (BCP 47): decides "1/7/2024" where the numbers allow either order. */
  locale: string;
  /** The IANA time zone whose calendar day is "today"; UTC when not given. */
  timeZone?: string;
}

/** Days since 1970-01-01 of a calendar date, or null if the date does not exist (31/02). */
function dayNumber(year: number, month: number, day: number): number | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? date.getTime() / DAY_MS : null;
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day number of a `YYYY-MM-DD` date, or null if it is not one. */
export function parseDay(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? dayNumber(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** Today's day number in `timeZone`, or in UTC. An unknown zone counts as UTC rather than failing. */
export function dayIn(now: Date | number, timeZone?: string): number {
  const instant = typeof now === 'number' ? now : now.getTime();
  if (timeZone) {
    const parts = zonedDateFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(instant)
      .reduce<Record<string, number>>((all, part) => ({ ...all, [part.type]: Number(part.value) }), {});
    const day = dayNumber(parts.year, parts.month, parts.day);
    if (day !== null) return day;
  }
  return Math.floor(instant / DAY_MS);
}

/** The same day `months` months later (earlier if negative), on the month's last day if it is shorter. */
function addMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const target = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const [year, month] = [Math.floor(target / 12), (target % 12) + 1];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Date.UTC(year, month - 1, Math.min(date.getUTCDate(), lastDay)) / DAY_MS;
}

const period = (start: number, end: number): Period => ({ start: formatDay(start), end: formatDay(end) });

/**
 * "Last 28 days", "Past 12 months", "28 hari terakhir", "7 hari sebelumnya": the N whole days,
 * weeks, months or years that end yesterday, since dashboards leave out the day still running.
 */
function relative(text: string, now: number): Period | null {
  const match =
    /^(?:last|past|previous) (\d{1,3}) (day|week|month|year)s?$/.exec(text) ??
    /^(\d{1,3}) (hari|minggu|bulan|tahun) (?:terakhir|sebelumnya)$/.exec(text);
  if (match) {
    const count = Number(match[1]);
    if (count === 0) return null;
    const end = now - 1;
    const unit = match[2];
    if (unit === 'day' || unit === 'hari') return period(end - count + 1, end);
    if (unit === 'week' || unit === 'minggu') return period(end - count * 7 + 1, end);
    const months = unit === 'month' || unit === 'bulan' ? count : count * 12;
    return period(addMonths(end + 1, -months), end);
  }
  if (text === 'today' || text === 'hari ini') return period(now, now);
  if (text === 'yesterday' || text === 'kemarin') return period(now - 1, now - 1);
  const firstOfMonth = now - new Date(now * DAY_MS).getUTCDate() + 1;
  if (text === 'this month' || text === 'bulan ini') return period(firstOfMonth, now);
  if (text === 'last month' || text === 'bulan lalu') return period(addMonths(firstOfMonth, -1), firstOfMonth - 1);
  return null;
}

/** Month names in English and Indonesian; any abbreviation of three letters or more reads. */
const monthNames = [
  'january januari',
  'february februari pebruari',
  'march maret',
  'april',
  'may mei',
  'june juni',
  'july juli',
  'august agustus agt',
  'september sept',
  'october oktober',
  'november nopember',
  'december desember',
].map((names) => names.split(' '));

function monthOf(word: string): number | null {
  const bare = word.replace(/\.$/, '');
  if (bare.length < 3) return null;
  const index = monthNames.findIndex((names) => names.some((name) => name.startsWith(bare)));
  return index < 0 ? null : index + 1;
}

/** One end of a range as written: any of day, month and year may be missing. */
type Side = { day?: number; month?: number; year?: number };

function side(text: string): Side | null {
  const result: Side = {};
  for (const word of text.split(/[\s,]+/)) {
    if (!word) continue;
    const key: keyof Side = /^\d{4}$/.test(word) ? 'year' : /^\d{1,2}(?:st|nd|rd|th)?$/.test(word) ? 'day' : 'month';
    const value = key === 'month' ? monthOf(word) : parseInt(word, 10);
    if (value === null || result[key] !== undefined) return null;
    result[key] = value;
  }
  return result.day === undefined ? null : result;
}

/** Whether "1/7/2024" puts the month first in this language: US English only. */
function monthFirstByLocale(locale: string): boolean {
  const [language, region = 'us'] = locale.toLowerCase().split(/[-_]/);
  return language === 'en' && (region === 'us' || region === 'ph');
}

/** "1/7/2024 - 30/9/2024": one order for both dates, from a number above 12 or else the locale. */
function numeric(start: string, end: string, locale: string): Period | null {
  const dates = [start, end].map((text) => /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text));
  if (!dates[0] || !dates[1]) return null;
  const [first, second] = [dates[0], dates[1]];
  const dayFirst = [first[1], second[1]].some((part) => Number(part) > 12);
  const monthFirst = [first[2], second[2]].some((part) => Number(part) > 12);
  if (dayFirst && monthFirst) return null;
  const byMonthFirst = monthFirst || (!dayFirst && monthFirstByLocale(locale));
  const days = [first, second].map(([, a, b, year]) =>
    byMonthFirst ? dayNumber(Number(year), Number(a), Number(b)) : dayNumber(Number(year), Number(b), Number(a)),
  );
  return days[0] !== null && days[1] !== null && days[0] <= days[1] ? period(days[0], days[1]) : null;
}

/** Two ends with names of months: fills what one end leaves out from the other, or from `now`. */
function named(startSide: Side, endSide: Side, now: number): Period | null {
  const startMonth = startSide.month ?? endSide.month;
  const endMonth = endSide.month ?? startSide.month;
  if (!startMonth || !endMonth) return null;
  const startDay = startSide.day!;
  const endDay = endSide.day!;
  // A start later in the year than the end means the range crosses new year.
  const crosses = startMonth * 100 + startDay > endMonth * 100 + endDay;
  const build = (startYear: number, endYear: number) => {
    const start = dayNumber(startYear, startMonth, startDay);
    const end = dayNumber(endYear, endMonth, endDay);
    return start !== null && end !== null && start <= end ? period(start, end) : null;
  };
  if (endSide.year) return build(startSide.year ?? endSide.year - (crosses ? 1 : 0), endSide.year);
  if (startSide.year) return build(startSide.year, startSide.year + (crosses ? 1 : 0));
  // No year at all: the latest such range that does not end after today (a leap day may look back years).
  const year = new Date(now * DAY_MS).getUTCFullYear();
  for (let endYear = year; endYear > year - 9; endYear -= 1) {
    const found = build(endYear - (crosses ? 1 : 0), endYear);
    if (found && parseDay(found.end)! <= now) return found;
  }
  return null;
}

/** The longest range text read; longer text is prose. */
const maxLength = 80;

/**
 * The dates of a range as a dashboard shows it, in English or Indonesian, or null when the text
 * is not one range or names a day that does not exist. Relative ranges end yesterday.
 */
export function parsePeriod(text: string, options: PeriodOptions): Period | null {
  if (text.length > maxLength) return null;
  const plain = text
    .toLowerCase()
    .replace(/[\s\u00a0\u2009\u202f]+/g, ' ')
    .trim();
  const now = dayIn(options.now, options.timeZone);
  const found = relative(plain, now);
  if (found) return found;
  const iso = /^(\d{4}-\d{2}-\d{2}) ?(?:[-–—]|to|sampai|hingga|s\/d) ?(\d{4}-\d{2}-\d{2})$/.exec(plain);
  if (iso) {
    const [start, end] = [parseDay(iso[1]), parseDay(iso[2])];
    return start !== null && end !== null && start <= end ? period(start, end) : null;
  }
  const ends = plain.split(/ ?[-–—] ?| (?:to|sampai|hingga|s\/d|s\.d\.?) /);
  if (ends.length !== 2) return null;
  if (ends[0].includes('/')) return numeric(ends[0].trim(), ends[1].trim(), options.locale);
  const [startSide, endSide] = [side(ends[0]), side(ends[1])];
  return startSide && endSide ? named(startSide, endSide, now) : null;
}

/** How many days a period covers, both ends included. */
export function periodLength(range: Period): number {
  return parseDay(range.end)! - parseDay(range.start)! + 1;
}

/** The period of the same length just before: what "vs previous period" compares with. */
export function comparisonPeriod(range: Period): Period {
  const start = parseDay(range.start)!;
  const length = periodLength(range);
  return period(start - length, start - 1);
}
