// Calendar dates in the leader's time zone, as a date input reads and writes them (YYYY-MM-DD):
// today's date there, a date some days on, and the moment a chosen day ends. Crisis mode "until
// 14 March" lasts to the end of 14 March where the leader is, across daylight-saving changes.
import { zonedParts, zonedToUtc } from './schedule';

const pad = (value: number) => String(value).padStart(2, '0');

/** The calendar date of a moment in the zone, as a date input writes it: YYYY-MM-DD. */
export function dateInZone(ms: number, timeZone: string): string {
  const parts = zonedParts(ms, timeZone);
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** The date `days` calendar days after the moment's date in the zone (before it, for a negative count). */
export function datePlusDays(now: number, days: number, timeZone: string): string {
  const today = zonedParts(now, timeZone);
  return new Date(Date.UTC(today.year, today.month - 1, today.day + days)).toISOString().slice(0, 10);
}

/**
 * The moment a calendar date ends in the zone: the next midnight there. Null when `date` is not a
 * real YYYY-MM-DD date.
 */
export function endOfDate(date: string, timeZone: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = new Date(Date.UTC(year, month - 1, day));
  // 2026-02-30 would roll over into March: it is not a date.
  if (start.getUTCFullYear() !== year || start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) return null;
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return zonedToUtc(
    { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0 },
    timeZone,
  );
}
