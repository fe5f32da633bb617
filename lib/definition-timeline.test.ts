import { describe, expect, it } from 'vitest';
import { library } from '../content';
import type { Metric } from '../content/schema';
import { definitionTimeline, timelinePlatforms } from './definition-timeline';

type Changes = Pick<Metric, 'id' | 'changes'>;

const text = (en: string) => ({ en, id: `${en} (id)` });
const metrics: Changes[] = [
  {
    id: 'views',
    changes: [
      { platform: 'youtube', when: '2026-08-27', what: text('YouTube counts from the first frame.') },
      { platform: 'instagram', when: '2024-08', what: text('Instagram makes views its main metric.') },
    ],
  },
  { id: 'reach', changes: [] },
  {
    id: 'impressions',
    changes: [
      { platform: 'instagram', when: '2024-08-15', what: text('A day inside that month.') },
      { platform: 'facebook', when: '2025-11-15', what: text('Meta drops impressions.') },
    ],
  },
  { id: 'followers', changes: [{ platform: 'facebook', when: '2025-11-15', what: text('Meta drops Page fans.') }] },
];

describe('definitionTimeline', () => {
  it('lists every change of every metric, oldest first, a bare month before the days of that month', () => {
    expect(definitionTimeline(metrics).map((entry) => `${entry.when} ${entry.metricId}`)).toEqual([
      '2024-08 views',
      '2024-08-15 impressions',
      '2025-11-15 impressions',
      '2025-11-15 followers',
      '2026-08-27 views',
    ]);
  });

  it('keeps each entry whole: metric, platform, date and text in both languages', () => {
    expect(definitionTimeline(metrics)[0]).toEqual({
      metricId: 'views',
      platform: 'instagram',
      when: '2024-08',
      what: { en: 'Instagram makes views its main metric.', id: 'Instagram makes views its main metric. (id)' },
    });
  });

  it('puts the newest first when asked, keeping the library order on the same date', () => {
    expect(
      definitionTimeline(metrics, { newestFirst: true }).map((entry) => `${entry.when} ${entry.metricId}`),
    ).toEqual([
      '2026-08-27 views',
      '2025-11-15 impressions',
      '2025-11-15 followers',
      '2024-08-15 impressions',
      '2024-08 views',
    ]);
  });

  it('filters to one platform, and to nothing for a platform without changes', () => {
    expect(definitionTimeline(metrics, { platform: 'facebook' }).map((entry) => entry.metricId)).toEqual([
      'impressions',
      'followers',
    ]);
    expect(definitionTimeline(metrics, { platform: 'linkedin' })).toEqual([]);
  });

  it('lists the platforms that changed something, in order of their first change', () => {
    expect(timelinePlatforms(metrics)).toEqual(['instagram', 'facebook', 'youtube']);
  });

  it('covers every change in the library, each platform once in the filter', () => {
    const total = library.metrics.reduce((sum, metric) => sum + metric.changes.length, 0);
    expect(definitionTimeline(library.metrics)).toHaveLength(total);
    const platforms = timelinePlatforms(library.metrics);
    expect(new Set(platforms).size).toBe(platforms.length);
    for (const platform of platforms) {
      expect(definitionTimeline(library.metrics, { platform }).every((entry) => entry.platform === platform)).toBe(
        true,
      );
    }
  });
});
