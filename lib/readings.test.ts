import { describe, expect, it } from 'vitest';
import { readingRules } from '../content/readings';
import type { ReadingRule, ReadingTest } from '../content/schema';
import { conditionMetrics, evaluateReadings, type ObservedMetric } from './readings';
import { parseChange, parseMetricValue, type ParsedChange } from './values';

const rule = (id: string): ReadingRule => {
  const found = readingRules.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no reading ${id}`);
  return found;
};
const ids = (observed: ObservedMetric[], platform: string) =>
  evaluateReadings(readingRules, observed, platform).map((match) => match.rule.id);

/** What a page shows, read the way the content script will: through the parsers, in the page's language. */
const shown = (metric: string, locale: string, value: string | null, change: string | null): ObservedMetric => ({
  metric,
  value: value === null ? null : parseMetricValue(value, locale),
  change: change === null ? null : parseChange(change, locale),
});

/** The tests a condition is made of, flattened. */
function testsOf(candidate: ReadingRule): ReadingTest[] {
  const { condition } = candidate;
  if ('all' in condition) return condition.all.flatMap((part) => ('any' in part ? part.any : [part]));
  return 'any' in condition ? condition.any : [condition];
}

/** An entry that passes a test, and one that narrowly fails it. */
function passing(test: ReadingTest): ObservedMetric {
  if ('change' in test) {
    const change: ParsedChange = { direction: test.change, value: test.change === 'flat' ? 0 : 5, kind: 'percent' };
    return { metric: test.metric, value: { value: 1000, kind: 'count' }, change };
  }
  const threshold = 'above' in test ? test.above : test.below;
  return { metric: test.metric, value: { ...threshold, value: threshold.value + ('above' in test ? 1 : -1) } };
}
function failing(test: ReadingTest): ObservedMetric {
  if ('change' in test) {
    const change: ParsedChange = { direction: test.change === 'up' ? 'down' : 'up', value: 5, kind: 'percent' };
    return { metric: test.metric, value: { value: 1000, kind: 'count' }, change };
  }
  // Exactly at the threshold: "above" and "below" are strict.
  return { metric: test.metric, value: { ...('above' in test ? test.above : test.below) } };
}

describe('every reading rule', () => {
  describe.each(readingRules.map((candidate) => [candidate.id, candidate] as const))('%s', (_id, candidate) => {
    const tests = testsOf(candidate);
    const all = tests.map(passing);

    it('holds on each of its platforms when every part of its condition holds', () => {
      for (const platform of candidate.platforms) {
        const matches = evaluateReadings([candidate], all, platform);
        expect(matches.map((match) => match.rule.id)).toEqual([candidate.id]);
        expect(matches[0].metrics.map((entry) => entry.metric)).toEqual(conditionMetrics(candidate.condition));
      }
    });

    it('stays quiet on a platform it is not for', () => {
      expect(evaluateReadings([candidate], all, 'not-a-platform')).toEqual([]);
    });

    it.each(tests.map((test, index) => [test.metric, index] as const))(
      'stays quiet when %s is missing, shows nothing, or goes the other way',
      (_metric, index) => {
        const platform = candidate.platforms[0];
        const without = all.filter((_, other) => other !== index);
        const blank = all.map((entry, other) =>
          other === index ? { metric: entry.metric, value: null, change: null } : entry,
        );
        const against = all.map((entry, other) => (other === index ? failing(tests[index]) : entry));
        expect(evaluateReadings([candidate], without, platform)).toEqual([]);
        expect(evaluateReadings([candidate], blank, platform)).toEqual([]);
        expect(evaluateReadings([candidate], against, platform)).toEqual([]);
      },
    );
  });
});

describe('evaluateReadings on pages as they are read', () => {
  it('reads an Indonesian Instagram page: reach up, followers about the same', () => {
    const page = [
      shown('reach', 'id', '12,4 rb', 'naik 12,4%'),
      shown('followers', 'id', '1.250', '+0,3%'),
      shown('views', 'id', '48.210', '▲ 8%'),
    ];
    expect(ids(page, 'instagram')).toEqual(['reach-up-followers-flat', 'views-up-followers-flat']);
    // The same page on a platform none of these rules are for.
    expect(ids(page, 'youtube')).toEqual([]);
  });

  it('judges "about the same" from a count change and the value beside it', () => {
    // +3 on 1,250 is 0.24%; +40 on 1,250 is 3.3%.
    expect(
      ids([shown('reach', 'id', '12,4 rb', '▲ 5%'), shown('followers', 'id', '1.250', '+3')], 'instagram'),
    ).toEqual(['reach-up-followers-flat']);
    expect(
      ids([shown('reach', 'id', '12,4 rb', '▲ 5%'), shown('followers', 'id', '1.250', '+40')], 'instagram'),
    ).toEqual([]);
    // A count change with no value to compare it with cannot be judged.
    expect(ids([shown('reach', 'id', '12,4 rb', '▲ 5%'), shown('followers', 'id', null, '+3')], 'instagram')).toEqual(
      [],
    );
    // A change shown as flat is flat whatever its size.
    expect(
      ids([shown('reach', 'en', '12.4K', '▲ 5%'), shown('followers', 'en', '1,250', 'No change')], 'instagram'),
    ).toEqual(['reach-up-followers-flat']);
  });

  it('reads impressions and engagement rate on an English LinkedIn page and a flat change as no change', () => {
    const rising = shown('impressions', 'en', '48,210', 'Up 12.4% from previous period');
    expect(ids([rising, shown('engagement-rate', 'en', '4.79%', '-0.8%')], 'linkedin')).toEqual([
      'impressions-up-engagement-rate-down',
    ]);
    expect(ids([rising, shown('engagement-rate', 'en', '4.79%', '0%')], 'linkedin')).toEqual([]);
    expect(
      ids([shown('impressions', 'en', '48,210', '0%'), shown('engagement-rate', 'en', '4.79%', '-0.8%')], 'linkedin'),
    ).toEqual([]);
    // The change is not shown at all.
    expect(
      ids([shown('impressions', 'en', '48,210', null), shown('engagement-rate', 'en', '4.79%', '-0.8%')], 'linkedin'),
    ).toEqual([]);
  });

  it('holds a response time against the "very responsive" badge, in either language', () => {
    const time = (text: string, locale: string) =>
      ids([shown('response-time', locale, text, null)], 'meta-business-suite');
    expect(time('1 jam 5 mnt', 'id')).toEqual(['response-time-above-very-responsive']);
    expect(time('16 mnt', 'id')).toEqual(['response-time-above-very-responsive']);
    expect(time('15:01', 'en')).toEqual(['response-time-above-very-responsive']);
    expect(time('15 min', 'en')).toEqual([]);
    expect(time('14:59', 'en')).toEqual([]);
    // A bare number is not a duration: no reading rather than a guess.
    expect(time('20', 'en')).toEqual([]);
    const rate = (text: string) => ids([shown('response-rate', 'id', text, null)], 'meta-business-suite');
    expect(rate('89,5%')).toEqual(['response-rate-below-very-responsive']);
    expect(rate('90%')).toEqual([]);
    expect(rate('—')).toEqual([]);
  });

  it('reads a label shown twice only when both places agree', () => {
    const spend = shown('amount-spent', 'id', 'Rp 1.250.000', 'naik 20%');
    const tile = { ...shown('results', 'id', '1.204', 'turun 5%'), where: 'tile' };
    const table = { ...shown('results', 'id', '1.204', 'turun 5%'), where: 'table' };
    const disagreeing = { ...shown('results', 'id', '1.204', 'naik 2%'), where: 'table' };
    const matches = evaluateReadings(readingRules, [spend, tile, table], 'meta-ads-manager');
    expect(matches.map((match) => match.rule.id)).toEqual(['amount-spent-up-results-down']);
    expect(matches[0].metrics).toEqual([spend, tile, table]);
    expect(ids([spend, tile, disagreeing], 'meta-ads-manager')).toEqual([]);
    // A place without a change does not block the one that shows it.
    expect(
      ids([spend, tile, { ...shown('results', 'id', '1.204', null), where: 'table' }], 'meta-ads-manager'),
    ).toEqual(['amount-spent-up-results-down']);
  });

  it('evaluates a choice inside a condition', () => {
    const choice: ReadingRule = {
      ...rule('cpm-up-ctr-down'),
      id: 'test-choice',
      condition: {
        all: [
          { metric: 'cpm', change: 'up' },
          {
            any: [
              { metric: 'ctr', change: 'down' },
              { metric: 'frequency', above: { value: 3, kind: 'count' } },
            ],
          },
        ],
      },
    };
    const cpm = shown('cpm', 'en', '$12.40', '▲ 9%');
    expect(evaluateReadings([choice], [cpm, shown('frequency', 'en', '3.4', null)], 'linkedin')[0].metrics).toEqual([
      cpm,
      shown('frequency', 'en', '3.4', null),
    ]);
    expect(evaluateReadings([choice], [cpm, shown('frequency', 'en', '2.1', null)], 'linkedin')).toEqual([]);
    expect(conditionMetrics(choice.condition)).toEqual(['cpm', 'ctr', 'frequency']);
  });

  it('returns nothing for a page with no metrics', () => {
    expect(evaluateReadings(readingRules, [], 'instagram')).toEqual([]);
  });
});
