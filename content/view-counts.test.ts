// Checks the Glossary's reference tables: every "what counts as a view" row names a known
// platform, cites official pages read on a real date, and reads in both languages; every term
// note points at metrics that exist.
import { describe, expect, it } from 'vitest';
import { library } from './index';
import { isOfficialSource } from './official-sources';
import { viewThresholdKindSchema } from './schema';

const platformIds = new Set(library.platforms.map((platform) => platform.id));
const metricIds = new Set(library.metrics.map((metric) => metric.id));
const today = new Date().toISOString().slice(0, 10);

describe('what counts as a view', () => {
  it('has one row per platform and surface, with unique ids', () => {
    const ids = library.viewCounts.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    const surfaces = library.viewCounts.map((row) => `${row.platform}: ${row.surface.en}`);
    expect(new Set(surfaces).size).toBe(surfaces.length);
  });

  it('covers the platforms whose view rules the leader meets', () => {
    const covered = new Set(library.viewCounts.map((row) => row.platform));
    for (const platform of [
      'youtube',
      'facebook',
      'instagram',
      'meta-ads-manager',
      'x',
      'linkedin',
      'pinterest',
      'tiktok',
    ])
      expect(covered, platform).toContain(platform);
  });

  it('names only known platforms, and uses every kind of rule it defines', () => {
    for (const row of library.viewCounts) expect(platformIds, row.id).toContain(row.platform);
    const kinds = new Set(library.viewCounts.map((row) => row.kind));
    expect([...viewThresholdKindSchema.options].filter((kind) => !kinds.has(kind))).toEqual([]);
  });

  it('cites official https pages read on a real date no later than today', () => {
    for (const row of library.viewCounts) {
      expect(row.sources.length, row.id).toBeGreaterThan(0);
      for (const source of row.sources) {
        expect(isOfficialSource(source.url), `${row.id}: ${source.url}`).toBe(true);
        expect(source.checked <= today && source.checked >= '2026-01-01', `${row.id}: ${source.checked}`).toBe(true);
      }
    }
  });

  it('writes the rule in both languages, never the English copied into the Indonesian', () => {
    for (const row of library.viewCounts) {
      expect(row.threshold.id, row.id).not.toBe(row.threshold.en);
      if (row.note) expect(row.note.id, row.id).not.toBe(row.note.en);
    }
  });
});

describe('term notes', () => {
  it('point at metrics that exist, and say the Tayangan difference in both languages', () => {
    for (const note of library.termNotes) {
      for (const metric of note.metrics) expect(metricIds, note.id).toContain(metric);
    }
    const tayangan = library.termNotes.find((note) => note.id === 'tayangan');
    expect(tayangan?.metrics).toEqual(expect.arrayContaining(['views', 'impressions']));
    expect(tayangan?.note.en).toMatch(/YouTube/);
    expect(tayangan?.note.id).toMatch(/Penayangan/);
  });
});
