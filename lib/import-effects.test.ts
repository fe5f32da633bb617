// package.json says that no module but a stylesheet does anything when imported
// (`"sideEffects": ["*.css"]`): the bundler then leaves out of a page every module whose exports
// the page does not use, which took the side panel from 189.8 to 179.5 KB. A module that did
// something at its top level (registered a listener, wrote storage) and was imported only for
// that would silently stop doing it, so this scan fails on a top-level statement that calls
// something, outside the entrypoints (which run as pages and scripts, never as imports).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const folders = ['components', 'content', 'lib', 'locales', 'runtime', 'state'];

/** Top-level calls that are safe, with the reason. */
const allowed: Readonly<Record<string, string>> = {
  // Configures the zod every importer uses through this module's exports.
  'lib/zod.ts': 'z.config',
  // A compile-time check of two functions' types; running it or not changes nothing.
  'lib/model/reading.ts': 'void [valuesAgree, changesAgree]',
};

function sources(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !/\.test(-helper)?\.tsx?$/.test(name) && !name.includes('fixtures'))
    .map((name) => join(root, folder, name));
}

/** A statement at the top level that calls something: `name(`, `a.b(`, `void …`, `await …`. */
const topLevelCall = /^(?:void |await |[A-Za-z_$][\w$.]*\s*\()/m;

describe('modules', () => {
  it('do nothing when imported, outside the entrypoints', () => {
    const offenders = folders
      .flatMap(sources)
      .map((path) => relative(root, path))
      .filter((path) => topLevelCall.test(readFileSync(join(root, path), 'utf8')))
      .filter((path) => !(path in allowed));
    expect(offenders).toEqual([]);
  });

  it('catches a top-level call, and not a declaration or an indented call', () => {
    expect(topLevelCall.test('browser.storage.onChanged.addListener(update);\n')).toBe(true);
    expect(topLevelCall.test('void start();\n')).toBe(true);
    expect(topLevelCall.test('export const item = defineItem({ key: "a" });\n')).toBe(false);
    expect(topLevelCall.test('function a() {\n  start();\n}\n')).toBe(false);
  });
});
