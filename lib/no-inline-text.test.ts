// Interface text lives in locales/ only: lib/ and state/ return message keys and values, and the
// interface words them. This scan fails when a module there writes a sentence as an inline
// `{ en: '…', id: '…' }` text again.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** Modules allowed an inline text, with the reason. None today. */
const allowed: Readonly<Record<string, string>> = {};

function sources(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.includes('fixtures'))
    .map((name) => join(root, folder, name));
}

/** The code without its comments, so a comment may still quote an example. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/**
 * `en:` followed by a string literal: how an inline text starts (every one has its English). `id:`
 * alone says nothing: it is also every record's identifier.
 */
const inlineText = /\ben\s*:\s*['"`]/;

describe('interface text', () => {
  it('is never written inline in lib/ or state/', () => {
    const offenders = [...sources('lib'), ...sources('state')]
      .map((path) => relative(root, path))
      .filter((path) => !(path in allowed))
      .filter((path) => inlineText.test(code(readFileSync(join(root, path), 'utf8'))));
    expect(offenders).toEqual([]);
  });

  it('catches an inline text, and not a text passed on', () => {
    expect(inlineText.test(code("const words = { en: 'Notes', id: 'Catatan' };"))).toBe(true);
    expect(inlineText.test(code('return { en: `${n} hours`, id: `${n} jam` };'))).toBe(true);
    expect(
      inlineText.test(code("// { en: 'an example in a comment' }\nconst text = { en: name.en, id: name.id };")),
    ).toBe(false);
  });
});
