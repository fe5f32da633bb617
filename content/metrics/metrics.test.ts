// Checks every metric explainer and its labels: the groups hold exactly their metrics, every
// source is an official page read on a real date, changes are dated, and the labels detection
// relied on before the library existed are still there. Cross-references are in index.test.ts.
import { describe, expect, it } from 'vitest';
import { cautionFor } from '../../lib/coach';
import { platformHosts } from '../hosts';
import { isOfficialSource } from '../official-sources';
import { audienceAndCareLabels } from '../labels/audience-and-care';
import { engagementLabels } from '../labels/engagement';
import { reachAndVideoLabels } from '../labels/reach-and-video';
import { webAndAdsLabels } from '../labels/web-and-ads';
import type { Metric, MetricLabels } from '../schema';
import { audienceAndCareMetrics } from './audience-and-care';
import { engagementMetrics } from './engagement';
import { reachAndVideoMetrics } from './reach-and-video';
import { webAndAdsMetrics } from './web-and-ads';

const groups: { name: string; metrics: Metric[]; labels: MetricLabels[]; ids: string[] }[] = [
  {
    name: 'reach and video',
    metrics: reachAndVideoMetrics,
    labels: reachAndVideoLabels,
    ids: ['reach', 'impressions', 'views', 'viewers', 'unique-viewers', 'video-views', 'watch-time', 'average-view-duration', 'audience-retention', 'impressions-ctr', 'completion-rate', 'returning-viewers', 'traffic-sources'],
  },
  {
    name: 'engagement',
    metrics: engagementMetrics,
    labels: engagementLabels,
    ids: ['engagements', 'engagement-rate', 'engagement-rate-by-reach', 'engagement-rate-by-impressions', 'engagement-rate-by-followers', 'reactions', 'likes', 'comments', 'shares', 'reposts', 'saves', 'clicks', 'ctr', 'link-clicks', 'outbound-clicks', 'pin-clicks', 'accounts-engaged', 'profile-visits'],
  },
  {
    name: 'audience and care',
    metrics: audienceAndCareMetrics,
    labels: audienceAndCareLabels,
    ids: ['followers', 'follower-growth-rate', 'net-follows', 'unfollows', 'unique-visitors', 'page-views', 'audience-demographics', 'subscribers', 'mentions', 'share-of-voice', 'sentiment', 'response-rate', 'response-time', 'inbox-volume'],
  },
  {
    name: 'web and ads',
    metrics: webAndAdsMetrics,
    labels: webAndAdsLabels,
    ids: ['sessions', 'engaged-sessions', 'ga4-engagement-rate', 'bounce-rate', 'active-users', 'new-users', 'average-engagement-time', 'key-events', 'amount-spent', 'results', 'cpm', 'cpc', 'cpa', 'roas', 'social-roi', 'frequency', 'landing-page-views'],
  },
]; // prettier-ignore

const metrics = groups.flatMap((group) => group.metrics);
const labels = groups.flatMap((group) => group.labels);
const platformIds = Object.keys(platformHosts);

/** A calendar date that exists: 2025-02-30 does not. */
function isRealDate(value: string): boolean {
  const [year, month, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

describe('metric groups', () => {
  it.each(groups)('$name holds exactly its metrics, with one labels entry each, in order', (group) => {
    expect(group.metrics.map((metric) => metric.id)).toEqual(group.ids);
    expect(group.labels.map((entry) => entry.id)).toEqual(group.ids);
  });
});

describe('metric explainers', () => {
  it('cite official https pages, read on a real date no later than today', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const metric of metrics) {
      for (const source of metric.sources) {
        expect(isOfficialSource(source.url), `${metric.id}: ${source.url}`).toBe(true);
        expect(isRealDate(source.checked) && source.checked <= today, `${metric.id}: ${source.checked}`).toBe(true);
      }
    }
  });

  it('date every change with a real month or day, and tell apart two variants on one platform by name', () => {
    for (const metric of metrics) {
      for (const change of metric.changes) expect(isRealDate(change.when), `${metric.id}: ${change.when}`).toBe(true);
      const variants = metric.variants.map((variant) => `${variant.platform}: ${variant.name?.en ?? ''}`);
      expect(new Set(variants).size, metric.id).toBe(variants.length);
    }
  });

  it('warn of at least two pitfalls, and explain in more than a sentence', () => {
    for (const metric of metrics) {
      expect(metric.pitfalls.length, metric.id).toBeGreaterThanOrEqual(2);
      expect(metric.explanation.en.split(/(?<=[.?])\s+/).length, metric.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('give every platform that shows a metric a caution that holds there, and tag cautions only with real platforms', () => {
    for (const metric of metrics) {
      for (const pitfall of metric.pitfalls) {
        for (const platform of pitfall.platforms ?? []) expect(platformIds, metric.id).toContain(platform);
      }
      const entry = labels.find((candidate) => candidate.id === metric.id)!;
      const shownOn = new Set([...metric.variants.map((variant) => variant.platform), ...Object.keys(entry.labels)]);
      for (const platform of shownOn)
        expect(cautionFor(metric.pitfalls, platform), `${metric.id} on ${platform}`).not.toBeNull();
    }
  });

  it('write plainly: no exclamation marks', () => {
    for (const metric of metrics) {
      for (const text of [metric.short, metric.explanation, metric.question, ...metric.pitfalls]) {
        expect(`${text.en} ${text.id}`, metric.id).not.toMatch(/!/);
      }
    }
  });
});

describe('metric labels', () => {
  it('are keyed by platform ids', () => {
    for (const entry of labels) {
      for (const platform of Object.keys(entry.labels)) expect(platformIds, entry.id).toContain(platform);
    }
  });

  it('keep the labels detection relied on before the library existed', () => {
    const labelsOf = (id: string, platform: string) => labels.find((entry) => entry.id === id)?.labels[platform];
    const shipped: [string, string, string][] = [
      ['impressions', 'linkedin', 'Impressions'],
      ['reactions', 'linkedin', 'Reactions'],
      ['comments', 'linkedin', 'Comments'],
      ['reposts', 'linkedin', 'Reposts'],
      ['clicks', 'linkedin', 'Clicks'],
      ['engagement-rate', 'linkedin', 'Engagement rate'],
      ['followers', 'linkedin', 'Total followers'],
      ['reach', 'linkedin', 'Members reached'],
      ['impressions', 'youtube', 'Impressions'],
      ['views', 'youtube', 'Views'],
      ['watch-time', 'youtube', 'Watch time (hours)'],
      ['subscribers', 'youtube', 'Subscribers'],
      ['impressions-ctr', 'youtube', 'Impressions click-through rate'],
      ['average-view-duration', 'youtube', 'Average view duration'],
    ];
    for (const [id, platform, label] of shipped)
      expect(labelsOf(id, platform), `${id} on ${platform}`).toContain(label);
  });
});
