// Finds the dated changes a platform made to a metric's definition that fall inside what the
// leader is comparing: the range on screen, the range it is compared with, or the leader's own
// earlier readings. The two sides of such a date are not comparable, so the card says so first.
//
// A change dated D counts the new way from D on. A span crosses it when it holds days on both
// sides: its first day is before D and its last day is D or later. A change dated only to the
// month ("2024-07") may have taken effect on any day of that month, so it warns whenever some
// day of the month would split the span: better a warning too many than a comparison that is not one.
import type { LocalizedText } from '../content/schema';
import { DAY_MS } from './model/record';
import { comparisonPeriod, formatDay, parseDay, type Period } from './period';

/** A change as the library dates it: `when` is `YYYY-MM` or `YYYY-MM-DD`. */
export interface DefinitionChange {
  platform: string;
  when: string;
  what: LocalizedText;
}

/** What a change splits: the range on screen, that range and its comparison, or the leader's readings. */
export type WarningSpan = 'period' | 'comparison' | 'history';

export interface DefinitionWarning {
  change: DefinitionChange;
  /** The narrowest span it splits: the range itself first, then the comparison, then the history. */
  span: WarningSpan;
  /** The first and last day it may have taken effect: one day, or the whole month. */
  on: Period;
}

export interface WarningContext {
  platform: string;
  /** The range on screen, parsed; null when it could not be read. */
  period: Period | null;
  /** The range the page compares with; the equal-length one just before when not given. */
  comparison?: Period | null;
  /** The days (`YYYY-MM-DD`) of the leader's earlier readings of this metric. */
  history?: readonly string[];
}

/** The days a change may have taken effect, or null for a date that does not exist. */
function effectDays(when: string): [number, number] | null {
  if (when.length === 10) {
    const day = parseDay(when);
    return day === null ? null : [day, day];
  }
  const first = parseDay(`${when}-01`);
  if (first === null) return null;
  const next = new Date(first * DAY_MS);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return [first, next.getTime() / DAY_MS - 1];
}

/** Whether some effect day D in [first, last] has the span's start before it and its end on or after it. */
function splits([first, last]: [number, number], [start, end]: [number, number]): boolean {
  return Math.max(start + 1, first) <= Math.min(end, last);
}

function days(range: Period): [number, number] | null {
  const [start, end] = [parseDay(range.start), parseDay(range.end)];
  return start !== null && end !== null && start <= end ? [start, end] : null;
}

/**
 * The changes on this platform that split a span the leader is looking at, most recent first.
 * `changes` are a metric's `changes` entries from the library.
 */
export function definitionWarnings(changes: readonly DefinitionChange[], context: WarningContext): DefinitionWarning[] {
  // Most metrics have no dated change: then a year of readings need not be read at all.
  if (!changes.some((change) => change.platform === context.platform)) return [];
  const spans: [WarningSpan, [number, number]][] = [];
  const period = context.period && days(context.period);
  if (context.period && period) {
    spans.push(['period', period]);
    const comparison = days(context.comparison ?? comparisonPeriod(context.period));
    // The change on screen sets the two ranges side by side: everything from the first to the last day.
    if (comparison)
      spans.push(['comparison', [Math.min(comparison[0], period[0]), Math.max(comparison[1], period[1])]]);
  }
  const readings = (context.history ?? []).map(parseDay).filter((day): day is number => day !== null);
  if (readings.length > 0) {
    const ends = period ? [...readings, period[1]] : readings;
    spans.push(['history', [Math.min(...readings), Math.max(...ends)]]);
  }
  const warnings: (DefinitionWarning & { last: number })[] = [];
  for (const change of changes) {
    if (change.platform !== context.platform) continue;
    const effect = effectDays(change.when);
    const crossed = effect && spans.find(([, span]) => splits(effect, span));
    if (effect && crossed) {
      warnings.push({
        change,
        span: crossed[0],
        on: { start: formatDay(effect[0]), end: formatDay(effect[1]) },
        last: effect[1],
      });
    }
  }
  return warnings.sort((a, b) => b.last - a.last).map(({ last: _last, ...warning }) => warning);
}
