// Finds the date range a dashboard shows ("Last 28 days", "28 hari terakhir",
// "Sep 1 – Sep 28, 2026", "1 Sep 2026 – 28 Sep 2026") in a short piece of visible text, so a
// note or a card can say which period the numbers on screen cover. No imports: the content
// script uses it.

const month = String.raw`(?:jan|feb|mar|apr|may|mei|jun|jul|aug|agu|agt|sep|oct|okt|nov|dec|des)[a-z]*\.?`;
const dash = String.raw`\s*[-–—]\s*|\s+(?:to|sampai|hingga|s\/d)\s+`;
const day = String.raw`\d{1,2}`;
const year = String.raw`\d{4}`;

const patterns = [
  // "Last 28 days", "Past 12 months", "last 7 days"
  String.raw`(?:last|past)\s+\d{1,3}\s+(?:days?|weeks?|months?|years?)`,
  // "28 hari terakhir", "12 bulan terakhir", "7 hari sebelumnya"
  String.raw`\d{1,3}\s+(?:hari|minggu|bulan|tahun)\s+(?:terakhir|sebelumnya)`,
  // "Sep 1 – Sep 28, 2026", "Sep 1, 2026 - Oct 1, 2026", "Sep 1 – 28, 2026"
  String.raw`${month}\s+${day}(?:,?\s+${year})?(?:${dash})(?:${month}\s+)?${day},?\s+${year}`,
  // "1 Sep 2026 – 28 Sep 2026", "1 – 28 Sep 2026", "1 Sep – 28 Sep 2026"
  String.raw`${day}(?:\s+${month})?(?:\s+${year})?(?:${dash})${day}\s+${month}\s+${year}`,
  // "2026-09-01 – 2026-09-28"
  String.raw`${year}-\d{2}-\d{2}(?:${dash})${year}-\d{2}-\d{2}`,
  // "01/09/2026 - 28/09/2026"
  String.raw`\d{1,2}\/\d{1,2}\/${year}(?:${dash})\d{1,2}\/\d{1,2}\/${year}`,
];

const dateRangePattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** The longest text a date range label can be; longer texts are prose, not a picker. */
export const maxDateRangeText = 80;

/** The date range in a short text, as the page wrote it, or null. */
export function findDateRange(text: string): string | null {
  if (text.length > maxDateRangeText * 2 || !/\d/.test(text)) return null;
  const match = dateRangePattern.exec(text);
  return match ? match[0].replace(/\s+/g, ' ').trim().slice(0, maxDateRangeText) : null;
}
