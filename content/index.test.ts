import { describe, expect, it } from 'vitest';
import { contentScriptMatches, platformHosts } from './hosts';
import { library } from './index';

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

describe('the coaching library', () => {
  it('has one platform file per platform with hosts, and unique ids', () => {
    expect(library.platforms.map((platform) => platform.id).sort()).toEqual(Object.keys(platformHosts).sort());
    expect(duplicates(library.metrics.map((metric) => metric.id))).toEqual([]);
    expect(duplicates(library.checklists.map((item) => item.id))).toEqual([]);
    for (const platform of library.platforms) {
      expect(duplicates(platform.surfaces.map((surface) => surface.id)), platform.id).toEqual([]);
    }
  });

  it('gives each host to exactly one platform, and the content script runs on every one of them', () => {
    const hosts = library.platforms.flatMap((platform) => platform.hosts);
    expect(duplicates(hosts)).toEqual([]);
    expect(contentScriptMatches.sort()).toEqual(hosts.map((host) => `https://${host}/*`).sort());
  });

  it('never asks for every site', () => {
    for (const pattern of contentScriptMatches) {
      expect(pattern).toMatch(/^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
    }
  });

  it('puts every example URL on its own platform', () => {
    for (const platform of library.platforms) {
      for (const surface of platform.surfaces) {
        for (const example of surface.examples) {
          expect(platform.hosts, example).toContain(new URL(example).hostname);
        }
      }
    }
  });

  it('labels metrics only for platforms it knows', () => {
    const platformIds = library.platforms.map((platform) => platform.id);
    for (const metric of library.metrics) {
      for (const platformId of Object.keys(metric.labels)) expect(platformIds, metric.id).toContain(platformId);
    }
  });

  it('has no placeholder or unfinished text in either language', () => {
    const texts = allStrings(library);
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) {
      expect(text, text).not.toMatch(/\b(TODO|TBD|FIXME|lorem|ipsum|xxx)\b/i);
      expect(text.trim(), 'empty text').not.toBe('');
    }
  });

  it('writes the Indonesian of each text itself, never a copy of the English sentence', () => {
    const sentences = [
      ...library.checklists.map((item) => item.text),
      ...library.platforms.flatMap((platform) => platform.surfaces.map((surface) => surface.summary)),
    ];
    for (const text of sentences) expect(text.id, text.en).not.toBe(text.en);
  });
});
