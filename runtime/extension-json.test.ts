import { afterEach, describe, expect, it, vi } from 'vitest';
import { readExtensionJson, startEarlyReads } from './extension-json';

const strings = { viewCoach: 'Coach' };

afterEach(() => {
  vi.unstubAllGlobals();
  delete (globalThis as Record<string, unknown>).__sidecoachEarlyReads;
});

describe('reading the extension’s own files', () => {
  it('takes over a read the page started before its modules loaded, and reads afresh after that', async () => {
    const fetch = vi.fn(async (_url: string) => Response.json(strings));
    vi.stubGlobal('fetch', fetch);
    startEarlyReads(['/locales/en.json']);
    expect(fetch).toHaveBeenCalledTimes(1);

    await expect(readExtensionJson('/locales/en.json')).resolves.toEqual(strings);
    expect(fetch).toHaveBeenCalledTimes(1);
    // Taken once: a later read (another language switch back, a retry) reads the file again.
    await readExtensionJson('/locales/en.json');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('reads a file no early read started', async () => {
    const fetch = vi.fn(async (_url: string) => Response.json(strings));
    vi.stubGlobal('fetch', fetch);
    startEarlyReads(['/locales/en.json']);
    await readExtensionJson('/locales/id.json');
    expect(fetch.mock.calls.map(([url]) => url.replace(/^.*\/\/[^/]*/, ''))).toEqual([
      '/locales/en.json',
      '/locales/id.json',
    ]);
  });

  it('tries once more when the early read failed, and names the file when that fails too', async () => {
    const fetch = vi
      .fn(async (_url: string) => new Response('missing', { status: 404 }))
      .mockRejectedValueOnce(new TypeError('Failed to fetch'));
    vi.stubGlobal('fetch', fetch);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    startEarlyReads(['/library/en.json']);
    await new Promise((done) => setTimeout(done));
    // A failure nobody has asked for yet is not an error of its own.
    expect(unhandled).not.toHaveBeenCalled();
    process.off('unhandledRejection', unhandled);

    await expect(readExtensionJson('/library/en.json')).rejects.toThrow('library/en.json: 404');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
