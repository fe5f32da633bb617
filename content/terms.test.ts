// Holds every Indonesian text of the library and its readings to one vocabulary: the forms
// TERMS.md lists as avoided may not appear, as whole words, outside quoted interface names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { library } from './index';
import { readingRules } from './readings';

/** The forms under "## Avoided forms" in TERMS.md, one per line starting with a form in backticks. */
function avoidedForms(): string[] {
  const terms = readFileSync(new URL('./TERMS.md', import.meta.url), 'utf8');
  const section = terms.split(/^## Avoided forms$/m)[1] ?? '';
  return [...section.matchAll(/^- `([^`]+)`/gm)].map((match) => match[1]);
}

interface IndonesianText {
  where: string;
  text: string;
}

/**
 * The Indonesian side of every `{ en, id }` text in a value, with where it sits. A metric
 * variant's `name` is the platform's own interface name, which may stay in English, so it is
 * left out.
 */
function indonesianTexts(value: unknown, where: string, out: IndonesianText[] = []): IndonesianText[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => indonesianTexts(item, `${where}[${index}]`, out));
    return out;
  }
  if (!value || typeof value !== 'object' || value instanceof RegExp) return out;
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string' && typeof record.id === 'string' && Object.keys(record).length === 2) {
    out.push({ where, text: record.id });
    return out;
  }
  const isVariant = typeof record.platform === 'string' && 'definition' in record;
  for (const [key, child] of Object.entries(record)) {
    if (isVariant && key === 'name') continue;
    indonesianTexts(child, `${where}.${key}`, out);
  }
  return out;
}

/** Quoted interface names ("engaged views", “Net New Followers”) are exact names, not our words. */
function withoutQuotes(text: string): string {
  return text.replace(/"[^"]*"|“[^”]*”/g, ' ');
}

function wholeWord(form: string): RegExp {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}

describe('the Indonesian vocabulary (TERMS.md)', () => {
  const forms = avoidedForms();
  const texts = [...indonesianTexts(library, 'library'), ...indonesianTexts(readingRules, 'readings')];

  it('lists the avoided forms the audit named', () => {
    for (const form of ['impressions', 'views', 'link', 'trafik', 'follower', 'sesi engagement', 'pengelola iklan'])
      expect(forms).toContain(form);
  });

  it('reads every Indonesian text of the library and of every reading', () => {
    expect(texts.length).toBeGreaterThan(1400);
    const readings = new Set(
      texts.filter(({ where }) => where.startsWith('readings[')).map(({ where }) => where.split('.')[0]),
    );
    expect(readings.size).toBe(readingRules.length);
  });

  it('never uses an avoided form outside a quoted interface name', () => {
    const found = texts.flatMap(({ where, text }) =>
      forms.filter((form) => wholeWord(form).test(withoutQuotes(text))).map((form) => `${form} in ${where}: ${text}`),
    );
    expect(found).toEqual([]);
  });

  it('matches whole words in any case, and leaves quoted names alone', () => {
    expect(wholeWord('views').test('Views Shorts naik')).toBe(true);
    expect(wholeWord('link').test('Halaman LinkedIn')).toBe(false);
    expect(wholeWord('sesi engagement').test('sesi  engagement')).toBe(true);
    expect(wholeWord('views').test(withoutQuotes('hitungan "engaged views" YouTube'))).toBe(false);
  });
});
