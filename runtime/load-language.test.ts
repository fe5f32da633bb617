import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '@/locales/en';

// Each test starts from a fresh i18n layer with no strings loaded.
async function freshModules() {
  vi.resetModules();
  const i18n = await import('@/lib/i18n');
  const { loadLanguage } = await import('./load-language');
  return { i18n, loadLanguage };
}

const indonesian = { ...en, viewCoach: 'Pelatih', localeTag: 'id-ID' };

describe('loadLanguage', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('reads the language file from the extension once, however many pages ask at the same time', async () => {
    const fetch = vi.fn(async (_url: string) => Response.json(indonesian));
    vi.stubGlobal('fetch', fetch);
    const { i18n, loadLanguage } = await freshModules();
    expect(i18n.hasCatalog('id')).toBe(false);

    await Promise.all([loadLanguage('id'), loadLanguage('id')]);
    await loadLanguage('id');

    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toMatch(/\/locales\/id\.json$/);
    expect(i18n.translate('id', 'viewCoach')).toBe('Pelatih');
  });

  it('tells whoever waits only once the strings and the library texts are both in place', async () => {
    const library = { metrics: [{ id: 'reach', short: { id: 'Orang yang melihatnya' } }] };
    const fetch = vi.fn(async (url: string) => Response.json(url.includes('/library/') ? library : indonesian));
    vi.stubGlobal('fetch', fetch);
    const { i18n } = await freshModules();
    const loader = await import('./load-language');
    const held = await import('./library');
    loader.alsoLoadLibrary();
    const heard = vi.fn(() => [i18n.hasCatalog('id'), held.hasLibrary('id')]);
    loader.onLanguageReady(heard);
    expect(loader.isLanguageReady('id')).toBe(false);

    await loader.loadLanguage('id');

    expect(heard).toHaveBeenCalledTimes(1);
    expect(heard.mock.results[0]?.value).toEqual([true, true]);
    expect(loader.isLanguageReady('id')).toBe(true);
    expect(fetch.mock.calls.map(([url]) => url.replace(/^.*?\/\/[^/]+/, '')).sort()).toEqual([
      '/library/id.json',
      '/locales/id.json',
    ]);
  });

  it('fails when the file cannot be read, and tries again at the next call', async () => {
    const fetch = vi
      .fn<(url: string) => Promise<Response>>()
      .mockResolvedValueOnce(new Response('missing', { status: 404 }))
      .mockResolvedValueOnce(Response.json(indonesian));
    vi.stubGlobal('fetch', fetch);
    const { i18n, loadLanguage } = await freshModules();

    await expect(loadLanguage('id')).rejects.toThrow('locales/id.json: 404');
    expect(i18n.hasCatalog('id')).toBe(false);
    await loadLanguage('id');
    expect(i18n.hasCatalog('id')).toBe(true);
  });

  it('shows the strings already loaded while another language loads, never the keys', async () => {
    const { i18n } = await freshModules();
    expect(() => i18n.translate('en', 'viewCoach')).toThrow('no interface strings loaded');
    i18n.addCatalog('id', indonesian);
    expect(i18n.translate('en', 'viewCoach')).toBe('Pelatih');
  });
});
