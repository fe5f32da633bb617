// Checks the reading rules as data: enough of them over enough platforms, every metric they name
// exists and is shown on each platform they are for, both languages are written and differ, and
// each text hedges and ends in a question for the team. Their conditions are tested in
// lib/readings.test.ts.
import { describe, expect, it } from 'vitest';
import { conditionMetrics } from '../../lib/readings';
import { library } from '../index';
import type { LocalizedText } from '../schema';
import { readingRules } from './index';

const metricIds = new Set(library.metrics.map((metric) => metric.id));
const platformIds = new Set(library.platforms.map((platform) => platform.id));
/** Per metric, the platforms whose interface shows a label for it. */
const shownOn = new Map(library.labels.map((entry) => [entry.id, new Set(Object.keys(entry.labels))]));

describe('reading rules', () => {
  it('cover 20 combinations over 12 platforms (the issue asks for 15 over 6), with unique ids', () => {
    expect(readingRules.length).toBe(20);
    expect(new Set(readingRules.map((rule) => rule.id)).size).toBe(readingRules.length);
    expect(new Set(readingRules.flatMap((rule) => rule.platforms)).size).toBe(12);
  });

  describe.each(readingRules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    it('lists exactly the metrics its condition tests, each in the library', () => {
      expect(rule.metrics).toEqual(conditionMetrics(rule.condition));
      for (const metric of rule.metrics) expect(metricIds, metric).toContain(metric);
    });

    it('is for platforms that show every one of its metrics', () => {
      for (const platform of rule.platforms) {
        expect(platformIds, platform).toContain(platform);
        for (const metric of rule.metrics) expect(shownOn.get(metric), `${metric} on ${platform}`).toContain(platform);
      }
    });

    const texts: [string, LocalizedText][] = [
      ['title', rule.title],
      ['text', rule.text],
      ['question', rule.question],
      ...(rule.basis ? [['basis', rule.basis] as [string, LocalizedText]] : []),
    ];
    it.each(texts)('has its %s in both languages, written apart', (_field, text) => {
      expect(text.en.trim()).not.toBe('');
      expect(text.id.trim()).not.toBe('');
      expect(text.id).not.toBe(text.en);
      expect(`${text.en} ${text.id}`).not.toMatch(/\b(?:TODO|TBD|lorem)\b/i);
    });

    it('says what the combination often means without claiming a cause, and ends in a question', () => {
      expect(rule.text.en).toMatch(/\b(?:often|can|may|might)\b/);
      expect(rule.text.id).toMatch(/\b(?:sering|bisa|mungkin)\b/);
      expect(rule.text.en).not.toMatch(/\b(?:because|caused by|due to|proves?)\b/i);
      expect(rule.text.id).not.toMatch(/\b(?:disebabkan|penyebabnya|membuktikan)\b/i);
      expect(rule.question.en).toMatch(/\?$/);
      expect(rule.question.id).toMatch(/\?$/);
    });

    it('says where a threshold comes from when its condition has one', () => {
      const hasThreshold = JSON.stringify(rule.condition).match(/"(?:above|below)"/);
      expect(Boolean(rule.basis)).toBe(Boolean(hasThreshold));
    });
  });
});
