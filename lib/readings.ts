// Decides which readings apply to the metrics on screen: each rule's condition (data in
// content/readings/) is tested against the values and changes lib/values.ts read. Conservative
// by design: a metric that is missing, shows no change, or shows two figures that disagree (a
// tile and a table) makes its test fail rather than guess.
import type { ReadingCondition, ReadingRule, ReadingTest } from '../content/schema';
import type { ParsedChange, ParsedValue } from './values';

/** One metric on screen, with what was read beside it. A label shown twice gives two entries. */
export interface ObservedMetric {
  metric: string;
  value?: ParsedValue | null;
  change?: ParsedChange | null;
  /** Where on the page it was read ('tile', 'table', 'row'), when a label is shown twice. */
  where?: string | null;
}

/** A rule whose condition holds, with the entries on screen that made it hold. */
export interface ReadingMatch {
  rule: ReadingRule;
  metrics: ObservedMetric[];
}

/** How far a change moved, in percent of the value before it, when the page shows enough to tell. */
function changePercent(entry: ObservedMetric): number | null {
  const { change, value } = entry;
  if (!change) return null;
  if (change.kind === 'percent') return change.value;
  if (!value || value.kind !== change.kind || value.currency !== change.currency) return null;
  const before = change.direction === 'up' ? value.value - change.value : value.value + change.value;
  return before > 0 ? (change.value / before) * 100 : null;
}

/** Whether one entry passes a test: null when the entry lacks what the test needs. */
function passes(test: ReadingTest, entry: ObservedMetric): boolean | null {
  if ('change' in test) {
    if (!entry.change) return null;
    if (entry.change.direction === test.change) return true;
    if (test.change !== 'flat' || !test.within) return false;
    // A small move counts as flat: in percent of the value before, or in the change's own kind.
    if (test.within.kind === 'percent') {
      const size = changePercent(entry);
      return size === null ? null : size <= test.within.value;
    }
    return entry.change.kind === test.within.kind ? entry.change.value <= test.within.value : null;
  }
  const threshold = 'above' in test ? test.above : test.below;
  if (!entry.value || entry.value.kind !== threshold.kind) return null;
  return 'above' in test ? entry.value.value > threshold.value : entry.value.value < threshold.value;
}

/** The entries that make a test hold, or null: every entry that can be judged must pass, and one at least. */
function holds(test: ReadingTest, observed: readonly ObservedMetric[]): ObservedMetric[] | null {
  const judged = observed.filter((entry) => entry.metric === test.metric && passes(test, entry) !== null);
  return judged.length > 0 && judged.every((entry) => passes(test, entry)) ? judged : null;
}

function evaluate(condition: ReadingCondition, observed: readonly ObservedMetric[]): ObservedMetric[] | null {
  if ('all' in condition) {
    const found: ObservedMetric[] = [];
    for (const part of condition.all) {
      const entries = evaluate(part, observed);
      if (!entries) return null;
      found.push(...entries);
    }
    return found;
  }
  if ('any' in condition) {
    const found = condition.any.flatMap((part) => holds(part, observed) ?? []);
    return found.length > 0 ? found : null;
  }
  return holds(condition, observed);
}

/**
 * The readings whose condition holds for the metrics on screen on this platform, in the rules'
 * order, each with the entries involved (once each, in the order the condition names them).
 */
export function evaluateReadings(
  rules: readonly ReadingRule[],
  observed: readonly ObservedMetric[],
  platform: string,
): ReadingMatch[] {
  const matches: ReadingMatch[] = [];
  for (const rule of rules) {
    if (!rule.platforms.includes(platform)) continue;
    const entries = evaluate(rule.condition, observed);
    if (entries) matches.push({ rule, metrics: [...new Set(entries)] });
  }
  return matches;
}

/** Every metric id a condition tests, once each, in order. */
export function conditionMetrics(condition: ReadingCondition): string[] {
  const tests: ReadingTest[] =
    'all' in condition
      ? condition.all.flatMap((part) => ('any' in part ? part.any : [part]))
      : 'any' in condition
        ? condition.any
        : [condition];
  return [...new Set(tests.map((test) => test.metric))];
}
