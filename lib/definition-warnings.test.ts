import { describe, expect, it } from 'vitest';
import { library } from '../content';
import { definitionWarnings, type DefinitionChange } from './definition-warnings';
import { parsePeriod, type Period } from './period';

const what = (en: string) => ({ en, id: `(id) ${en}` });
const range = (start: string, end: string): Period => ({ start, end });
const changesOf = (metric: string) => library.metrics.find((entry) => entry.id === metric)!.changes;
const when = (warnings: ReturnType<typeof definitionWarnings>) =>
  warnings.map((warning) => [warning.change.when, warning.span]);

/** Explicit fixtures, so the tests hold whatever dates the library adds. */
const instagramViews: DefinitionChange[] = [
  { platform: 'instagram', when: '2024-08', what: what('Views became the main metric in Insights.') },
  { platform: 'instagram', when: '2025-04-21', what: what('Impressions were retired from the API.') },
  { platform: 'facebook', when: '2024-07-15', what: what('A Facebook change, not Instagram.') },
  { platform: 'instagram', when: '2023-02-30', what: what('A date that does not exist.') },
];

describe('definitionWarnings', () => {
  it('warns on an Instagram range that spans mid-2024, with the whole month counted', () => {
    const period = parsePeriod('Jun 15, 2024 – Sep 12, 2024', { now: new Date('2026-12-01'), locale: 'en' });
    const warnings = definitionWarnings(instagramViews, { platform: 'instagram', period });
    expect(warnings).toEqual([{ change: instagramViews[0], span: 'period', on: range('2024-08-01', '2024-08-31') }]);
  });

  it('counts a change on the first day of the range as after it, and on the last day as inside it', () => {
    const change = [instagramViews[1]];
    const inside = (period: Period) =>
      when(definitionWarnings(change, { platform: 'instagram', period, comparison: period }));
    expect(inside(range('2025-04-21', '2025-05-18'))).toEqual([]);
    expect(inside(range('2025-03-25', '2025-04-21'))).toEqual([['2025-04-21', 'period']]);
    expect(inside(range('2025-03-25', '2025-04-20'))).toEqual([]);
  });

  it('warns when the change falls between the range and the one it is compared with', () => {
    // 28 days from the change's own day: the range is all new, the 28 days before all old.
    const period = range('2025-04-21', '2025-05-18');
    expect(when(definitionWarnings(instagramViews, { platform: 'instagram', period }))).toEqual([
      ['2025-04-21', 'comparison'],
    ]);
    // A comparison a year earlier spans everything in between.
    const yearBefore = range('2024-04-21', '2024-05-18');
    expect(when(definitionWarnings(instagramViews, { platform: 'instagram', period, comparison: yearBefore }))).toEqual(
      [
        ['2025-04-21', 'comparison'],
        ['2024-08', 'comparison'],
      ],
    );
  });

  it("warns when the leader's own earlier readings sit on the other side", () => {
    const period = range('2025-06-01', '2025-06-28');
    const history = ['2024-11-02', '2025-03-30', 'not a day'];
    expect(when(definitionWarnings(instagramViews, { platform: 'instagram', period, history }))).toEqual([
      ['2025-04-21', 'history'],
    ]);
    // With no range on screen, the readings alone.
    expect(
      when(
        definitionWarnings(instagramViews, {
          platform: 'instagram',
          period: null,
          history: ['2025-03-30', '2025-05-02'],
        }),
      ),
    ).toEqual([['2025-04-21', 'history']]);
    expect(when(definitionWarnings(instagramViews, { platform: 'instagram', period: null, history }))).toEqual([]);
  });

  it('lists the most recent first, says the narrowest span, and keeps to the platform on screen', () => {
    const period = range('2024-07-01', '2025-06-30');
    expect(when(definitionWarnings(instagramViews, { platform: 'instagram', period }))).toEqual([
      ['2025-04-21', 'period'],
      ['2024-08', 'period'],
    ]);
    expect(when(definitionWarnings(instagramViews, { platform: 'facebook', period }))).toEqual([
      ['2024-07-15', 'period'],
    ]);
    expect(definitionWarnings(instagramViews, { platform: 'youtube', period })).toEqual([]);
  });

  it('treats a month-dated change as possibly on any day of that month', () => {
    const change = [instagramViews[0]];
    const on = (period: Period) =>
      when(definitionWarnings(change, { platform: 'instagram', period, comparison: period }));
    expect(on(range('2024-08-30', '2024-09-05'))).toEqual([['2024-08', 'period']]);
    expect(on(range('2024-07-25', '2024-08-01'))).toEqual([['2024-08', 'period']]);
    // A range inside the month may still have been split on one of its days.
    expect(on(range('2024-08-10', '2024-08-12'))).toEqual([['2024-08', 'period']]);
    // From the month's last day on, every day is after the change, whichever day it was.
    expect(on(range('2024-08-31', '2024-09-05'))).toEqual([]);
    expect(on(range('2024-09-01', '2024-09-30'))).toEqual([]);
    expect(on(range('2024-07-01', '2024-07-31'))).toEqual([]);
    // A one-day range cannot be split.
    expect(on(range('2024-08-15', '2024-08-15'))).toEqual([]);
  });

  it("reads the library's own dates: Instagram's views and YouTube's Shorts views", () => {
    const instagram = changesOf('views').filter(
      (change) => change.platform === 'instagram' && change.when === '2025-04-21',
    );
    expect(instagram).toHaveLength(1);
    const period = parsePeriod('Apr 1 – Apr 28, 2025', { now: new Date('2026-12-01'), locale: 'en' });
    const warnings = definitionWarnings(changesOf('views'), { platform: 'instagram', period });
    expect(warnings).toContainEqual({ change: instagram[0], span: 'period', on: range('2025-04-21', '2025-04-21') });
    const shorts = definitionWarnings(changesOf('views'), {
      platform: 'youtube',
      period: parsePeriod('28 Mar – 24 Apr 2025', { now: new Date('2026-12-01'), locale: 'id' }),
    });
    expect(shorts.map((warning) => warning.change.when)).toContain('2025-03-31');
    expect(shorts.every((warning) => warning.change.platform === 'youtube')).toBe(true);
  });

  it('gives nothing without a range or readings, for a range that is not one, or for a date that does not exist', () => {
    expect(
      definitionWarnings(instagramViews, { platform: 'instagram', period: range('2023-01-01', '2023-12-31') }),
    ).toEqual([]);
    expect(definitionWarnings(instagramViews, { platform: 'instagram', period: null })).toEqual([]);
    expect(
      definitionWarnings(instagramViews, { platform: 'instagram', period: range('2025-05-01', '2024-05-01') }),
    ).toEqual([]);
  });
});
