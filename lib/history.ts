// The readings one look at a dashboard adds to the leader's private history: each value on
// screen, with its change, the range as shown and its dates, on the leader's calendar day. Pure:
// the background builds them from the tab's context and stores them.
import { MAX_READING_TEXT, READING_VERSION, type Reading } from './model/reading';
import type { TabContext } from './model/tab-context';
import { dayIn, formatDay, parsePeriod } from './period';

/** The calendar day of a moment in a time zone, `YYYY-MM-DD`; UTC when the zone is unknown. */
export const calendarDay = (at: number, timeZone: string): string => formatDay(dayIn(at, timeZone));

const cut = (text: string) => text.trim().slice(0, MAX_READING_TEXT);

/**
 * The readings a page's context holds now: one per value read, for pages whose platform and
 * surface are known. A value that did not read as a number is kept as text.
 */
export function readingsFromContext(
  context: TabContext,
  { now, timeZone }: { now: number; timeZone: string },
): Reading[] {
  if (!context.platform || !context.surface || context.paused) return [];
  const rangeText = context.dateRange ? cut(context.dateRange) : null;
  const period = rangeText ? parsePeriod(rangeText, { now, locale: context.locale, timeZone }) : null;
  const day = calendarDay(now, timeZone);
  return context.values
    .filter((value) => value.text.trim() !== '')
    .map((value) => ({
      v: READING_VERSION,
      platform: context.platform!,
      account: context.account ? cut(context.account) : null,
      surface: context.surface!,
      metric: value.metric,
      rangeText: rangeText || null,
      period,
      text: cut(value.text),
      value: value.value,
      changeText: value.changeText ? cut(value.changeText) : null,
      change: value.change,
      day,
      at: now,
      where: value.where,
    }));
}
