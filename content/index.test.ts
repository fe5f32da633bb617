import { describe, expect, it, vi } from 'vitest';
import { glossaryEntries, searchGlossary } from '../lib/glossary';
import { detection } from './detection';
import { contentScriptMatches, platformHosts } from './hosts';
import { library } from './index';
import { popupLibrary } from './popup-library';
import { readingRules } from './readings';

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/** Every string anywhere in a value, for checks over all texts of the library. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object' && !(value instanceof RegExp)) return Object.values(value).flatMap(allStrings);
  return [];
}

/** Every `{ en, id }` pair anywhere in a value. */
function allTexts(value: unknown): { en: string; id: string }[] {
  if (Array.isArray(value)) return value.flatMap(allTexts);
  if (!value || typeof value !== 'object' || value instanceof RegExp) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string' && typeof record.id === 'string' && Object.keys(record).length === 2) {
    return [record as { en: string; id: string }];
  }
  return Object.values(record).flatMap(allTexts);
}

const platformIds = new Set(library.platforms.map((platform) => platform.id));
const metricIds = new Set(library.metrics.map((metric) => metric.id));
const questionIds = new Set(library.questions.map((question) => question.id));

describe('the coaching library', () => {
  it('is as big as the leader needs', () => {
    expect(library.platforms).toHaveLength(13);
    expect(library.metrics.length).toBeGreaterThanOrEqual(60);
    expect(library.questions.length).toBeGreaterThanOrEqual(80);
    expect(library.wellbeing.length).toBeGreaterThanOrEqual(40);
    expect(library.checklists.length).toBeGreaterThanOrEqual(30);
    expect(library.goals.map((goal) => goal.id).sort()).toEqual(
      [
        'audience-growth',
        'awareness',
        'community',
        'customer-care',
        'engagement',
        'leads-and-sales',
        'reputation',
      ].sort(),
    );
  });

  it('covers every metric a new leader meets on these platforms', () => {
    const required = [
      'reach', 'impressions', 'views', 'viewers', 'engagements', 'engagement-rate', 'engagement-rate-by-reach',
      'engagement-rate-by-impressions', 'engagement-rate-by-followers', 'clicks', 'ctr', 'link-clicks', 'video-views',
      'watch-time', 'average-view-duration', 'audience-retention', 'followers', 'follower-growth-rate', 'net-follows',
      'profile-visits', 'saves', 'shares', 'comments', 'reactions', 'mentions', 'share-of-voice', 'sentiment',
      'response-rate', 'response-time', 'inbox-volume', 'key-events', 'sessions', 'engaged-sessions',
      'ga4-engagement-rate', 'bounce-rate', 'cpm', 'cpc', 'cpa', 'roas', 'social-roi', 'frequency',
      'audience-demographics', 'unique-viewers', 'subscribers', 'impressions-ctr', 'outbound-clicks',
    ]; // prettier-ignore
    for (const id of required) expect(metricIds, id).toContain(id);
  });

  it('gives every collection unique ids', () => {
    expect(duplicates(library.platforms.map((platform) => platform.id))).toEqual([]);
    expect(duplicates(library.metrics.map((metric) => metric.id))).toEqual([]);
    expect(duplicates([...questionIds])).toEqual([]);
    expect(duplicates(library.questions.map((question) => question.id))).toEqual([]);
    expect(duplicates(library.wellbeing.map((prompt) => prompt.id))).toEqual([]);
    expect(duplicates(library.checklists.map((item) => item.id))).toEqual([]);
    for (const platform of library.platforms) {
      expect(duplicates(platform.surfaces.map((surface) => surface.id)), platform.id).toEqual([]);
    }
  });

  it('has one platform file per platform with hosts, each host given to one platform', () => {
    expect([...platformIds].sort()).toEqual(Object.keys(platformHosts).sort());
    const hosts = library.platforms.flatMap((platform) => platform.hosts);
    expect(duplicates(hosts)).toEqual([]);
    expect([...contentScriptMatches].sort()).toEqual(hosts.map((host) => `https://${host}/*`).sort());
    for (const pattern of contentScriptMatches) expect(pattern).toMatch(/^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
  });

  it('gives detection the same platforms and metric labels as the library, in the same order', () => {
    expect(detection.platforms).toEqual(library.platforms);
    expect(detection.metricLabels).toEqual(library.labels);
    expect(library.labels.map((entry) => entry.id)).toEqual(library.metrics.map((metric) => metric.id));
  });

  // These ship as code and are not parsed where they run: what they hold must be exactly what
  // the schemas accept, with no default or clean-up of the parse left out.
  it('ships unparsed only what parsing would leave as it is', () => {
    expect(popupLibrary.checklists).toEqual(library.checklists);
  });

  it('stops at load when a reading rule is wrong', async () => {
    const wrong = { ...readingRules[0]!, question: { en: 'Only English' } };
    vi.resetModules();
    vi.doMock('./readings', () => ({ readingRules: [wrong] }));
    await expect(import('./index')).rejects.toThrow();
    vi.doUnmock('./readings');
    vi.resetModules();
  });

  it('labels metrics only for platforms it knows, and never one label for two metrics on a platform', () => {
    const owners = new Map<string, string>();
    for (const entry of library.labels) {
      for (const [platform, labels] of Object.entries(entry.labels)) {
        expect(platformIds, `${entry.id} labels ${platform}`).toContain(platform);
        for (const label of labels) {
          const key = `${platform}: ${label.toLowerCase()}`;
          expect(owners.get(key) ?? entry.id, `${key} is claimed twice`).toBe(entry.id);
          owners.set(key, entry.id);
        }
      }
    }
  });

  it('resolves every reference between entries', () => {
    for (const metric of library.metrics) {
      for (const variant of metric.variants) expect(platformIds, `${metric.id} variant`).toContain(variant.platform);
      for (const change of metric.changes) expect(platformIds, `${metric.id} change`).toContain(change.platform);
    }
    for (const question of library.questions) {
      for (const metric of question.metrics) expect(metricIds, question.id).toContain(metric);
      for (const platform of question.platforms) expect(platformIds, question.id).toContain(platform);
    }
    for (const item of library.checklists) {
      if (item.question) expect(questionIds, item.id).toContain(item.question);
      if (item.surface?.platform) expect(platformIds, item.id).toContain(item.surface.platform);
      if (item.autoTick?.kind === 'visited' && item.autoTick.platform) {
        expect(platformIds, item.id).toContain(item.autoTick.platform);
      }
    }
    for (const goal of library.goals) {
      for (const metric of goal.metrics) expect(metricIds, goal.id).toContain(metric);
      for (const question of goal.questions) expect(questionIds, goal.id).toContain(question);
    }
  });

  it('never asks the same question twice, in either language, once case and spaces are folded', () => {
    const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
    const asked = [
      ...library.questions.map((question) => ({ where: question.id, text: question.text })),
      ...library.metrics.map((metric) => ({ where: `metric ${metric.id}`, text: metric.question })),
      ...readingRules.map((rule) => ({ where: `reading ${rule.id}`, text: rule.question })),
    ];
    for (const language of ['en', 'id'] as const) {
      const seen = new Map<string, string>();
      for (const { where, text } of asked) {
        const key = fold(text[language]);
        expect(seen.get(key), `${where} repeats ${seen.get(key)}: ${text[language]}`).toBeUndefined();
        seen.set(key, where);
      }
    }
  });

  it('asks the team as kamu in every metric question, never as Anda', () => {
    for (const metric of library.metrics) expect(metric.question.id, metric.id).not.toMatch(/\bAnda\b/i);
  });

  it('has a question for the team on every metric', () => {
    const asked = new Set(library.questions.flatMap((question) => question.metrics));
    for (const metric of library.metrics) expect(asked, metric.id).toContain(metric.id);
  });

  it('dates and sources every metric, with a short definition of two sentences at most', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const metric of library.metrics) {
      expect(metric.sources.length, metric.id).toBeGreaterThan(0);
      for (const source of metric.sources) {
        expect(source.checked <= today, `${metric.id} checked ${source.checked}`).toBe(true);
        expect(source.checked >= '2026-01-01', `${metric.id} checked ${source.checked}`).toBe(true);
      }
      for (const text of [metric.short.en, metric.short.id]) {
        const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
        expect(sentences.length, `${metric.id}: ${text}`).toBeLessThanOrEqual(2);
      }
    }
  });

  it('has no placeholder or unfinished text in either language', () => {
    const texts = allStrings(library);
    expect(texts.length).toBeGreaterThan(1000);
    for (const text of texts) {
      expect(text, text).not.toMatch(/\b(TODO|TBD|FIXME|lorem|ipsum|xxx)\b/i);
      expect(text.trim(), 'empty text').not.toBe('');
    }
  });

  it('writes the Indonesian of each sentence itself, never a copy of the English', () => {
    // A variant's name is the platform's own interface name, which may stay in English.
    const withoutInterfaceNames = {
      ...library,
      metrics: library.metrics.map((metric) => ({
        ...metric,
        variants: metric.variants.map((variant) => variant.definition),
      })),
    };
    // Names ("ROAS (return on ad spend)") may be the same in both; sentences may not.
    const sentences = allTexts(withoutInterfaceNames).filter(
      (text) => text.en.split(' ').length >= 4 && /[.?]$/.test(text.en),
    );
    expect(sentences.length).toBeGreaterThan(500);
    for (const text of sentences) expect(text.id, text.en).not.toBe(text.en);
  });

  it('finds metrics in the Glossary by their Indonesian names', () => {
    const labels = new Map(library.labels.map((entry) => [entry.id, Object.values(entry.labels).flat()]));
    const entries = glossaryEntries(library.metrics, labels);
    expect(searchGlossary(entries, 'jangkauan')[0]?.metric.id).toBe('reach');
    expect(searchGlossary(entries, 'Tayangan').map((result) => result.metric.id)).toContain('views');
    expect(searchGlossary(entries, 'pengikut')[0]?.metric.id).toBe('followers');
  });
});
