// Finds the date range a dashboard shows ("Last 28 days", "28 hari terakhir",
// "Sep 1 – Sep 28, 2026", "1 Sep 2026 – 28 Sep 2026") in a short piece of visible text, so a
// note or a card can say which period the numbers on screen cover. No imports: the content
// script uses it on every short text with a digit and a letter, so each shape is its own small
// pattern behind a cheap test of the text: one pattern with every shape in it took 7–12 ms to
// compile on first use, in the middle of the content script's first pass (bench/run.mjs).

const month = String.raw`(?:jan|feb|mar|apr|may|mei|jun|jul|aug|agu|agt|sep|oct|okt|nov|dec|des)[a-z]*\.?`;
const dash = String.raw`\s*[-–—]\s*|\s+(?:to|sampai|hingga|s\/d)\s+`;
const day = String.raw`\d{1,2}`;
const year = String.raw`\d{4}`;
/** Searched from any place in the text (`lastIndex`), see `firstAlone`. */
const searchable = (source: string) => new RegExp(source, 'g');
/** A letter or digit of any script: a range is never part of a longer word or number. */
const wordCharacter = /[\p{L}\p{N}]/u;

const monthName = /jan|feb|mar|apr|may|mei|jun|jul|aug|agu|agt|sep|oct|okt|nov|dec|des/;

/** Each shape, with the test that lets it run. Texts are lower-cased first. */
const shapes: { may: (text: string) => boolean; pattern: RegExp }[] = [
  // "Last 28 days", "Past 12 months", "last 7 days"
  {
    may: (text) => text.includes('last') || text.includes('past'),
    pattern: searchable(String.raw`(?:last|past)\s+\d{1,3}\s+(?:days?|weeks?|months?|years?)`),
  },
  // "28 hari terakhir", "12 bulan terakhir", "7 hari sebelumnya"
  {
    may: (text) => text.includes('terakhir') || text.includes('sebelumnya'),
    pattern: searchable(String.raw`\d{1,3}\s+(?:hari|minggu|bulan|tahun)\s+(?:terakhir|sebelumnya)`),
  },
  // "Sep 1 – Sep 28, 2026", "Sep 1, 2026 - Oct 1, 2026", "Sep 1 – 28, 2026"
  {
    may: (text) => monthName.test(text),
    pattern: searchable(String.raw`${month}\s+${day}(?:,?\s+${year})?(?:${dash})(?:${month}\s+)?${day},?\s+${year}`),
  },
  // "1 Sep 2026 – 28 Sep 2026", "1 – 28 Sep 2026", "1 Sep – 28 Sep 2026"
  {
    may: (text) => monthName.test(text),
    pattern: searchable(String.raw`${day}(?:\s+${month})?(?:\s+${year})?(?:${dash})${day}\s+${month}\s+${year}`),
  },
  // "2026-09-01 – 2026-09-28"
  {
    may: (text) => text.includes('-'),
    pattern: searchable(String.raw`${year}-\d{2}-\d{2}(?:${dash})${year}-\d{2}-\d{2}`),
  },
  // "01/09/2026 - 28/09/2026"
  {
    may: (text) => text.includes('/'),
    pattern: searchable(String.raw`\d{1,2}\/\d{1,2}\/${year}(?:${dash})\d{1,2}\/\d{1,2}\/${year}`),
  },
];

/**
 * The leftmost match of a shape that is not part of a longer word or number. The check is made
 * here rather than in each pattern: Unicode classes inside the patterns made each cost
 * milliseconds to compile.
 */
function firstAlone(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    if (!wordCharacter.test(text.charAt(match.index - 1)) && !wordCharacter.test(text.charAt(end))) return match;
    pattern.lastIndex = match.index + 1;
  }
  return null;
}

/** The longest text a date range label can be; longer texts are prose, not a picker. */
export const maxDateRangeText = 80;

/** The date range in a short text, as the page wrote it, or null. The leftmost shape wins. */
export function findDateRange(text: string): string | null {
  if (text.length > maxDateRangeText * 2 || !/\d/.test(text)) return null;
  // Lower case of the same length, so a match's place is its place in the text as written.
  const lower = text.toLowerCase();
  const search = lower.length === text.length ? lower : text;
  let found: RegExpExecArray | null = null;
  for (const { may, pattern } of shapes) {
    if (!may(lower)) continue;
    const match = firstAlone(pattern, search);
    if (match && (!found || match.index < found.index)) found = match;
  }
  return found
    ? text
        .slice(found.index, found.index + found[0].length)
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, maxDateRangeText)
    : null;
}
