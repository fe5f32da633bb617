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
    loader.alsoLoadLibrary({ has: held.hasLibrary, load: held.loadLibrary });
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

  describe("a page's first view", () => {
    const firstView = { viewCoach: 'Pelatih', localeTag: 'id-ID' };
    const paths = (fetch: { mock: { calls: [string][] } }) =>
      fetch.mock.calls.map(([url]) => url.replace(/^.*?\/\/[^/]+/, ''));

    it('loads the strings it can show, then the rest once the page is up', async () => {
      const fetch = vi.fn(async (url: string) =>
        Response.json(url.endsWith('.sidepanel.json') ? firstView : indonesian),
      );
      vi.stubGlobal('fetch', fetch);
      const { i18n } = await freshModules();
      const loader = await import('./load-language');
      loader.loadFirstViewStrings('sidepanel');

      await loader.loadLanguage('id');
      expect(i18n.translate('id', 'viewCoach')).toBe('Pelatih');
      expect(() => i18n.translate('id', 'viewGlossary')).toThrow('"viewGlossary" is not loaded yet');

      const view = await loader.withAllStrings(Promise.resolve('the Glossary'));
      expect(view).toBe('the Glossary');
      expect(i18n.translate('id', 'viewGlossary')).toBe(en.viewGlossary);
      // A language loaded from now on comes whole.
      await loader.loadLanguage('en');
      expect(paths(fetch)).toEqual(['/locales/id.sidepanel.json', '/locales/id.json', '/locales/en.json']);
    });

    it('reads the whole file when the page came up while the first one was read', async () => {
      let answer: (response: Response) => void = () => undefined;
      const fetch = vi.fn(async (url: string) =>
        url.endsWith('.sidepanel.json')
          ? new Promise<Response>((resolve) => (answer = resolve))
          : Response.json(indonesian),
      );
      vi.stubGlobal('fetch', fetch);
      const { i18n } = await freshModules();
      const loader = await import('./load-language');
      loader.loadFirstViewStrings('sidepanel');

      const loading = loader.loadLanguage('id');
      await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
      await loader.loadAllStrings();
      answer(Response.json(firstView));
      await loading;
      // Ready only with every string: a view loaded meanwhile may show any of them.
      expect(i18n.translate('id', 'viewGlossary')).toBe(en.viewGlossary);
      expect(paths(fetch)).toEqual(['/locales/id.sidepanel.json', '/locales/id.json']);
    });

    it('tries the rest again after a failure', async () => {
      const fetch = vi
        .fn<(url: string) => Promise<Response>>()
        .mockResolvedValueOnce(Response.json(firstView))
        .mockResolvedValueOnce(new Response('missing', { status: 404 }))
        .mockResolvedValueOnce(Response.json(indonesian));
      vi.stubGlobal('fetch', fetch);
      const { i18n } = await freshModules();
      const loader = await import('./load-language');
      loader.loadFirstViewStrings('sidepanel');
      await loader.loadLanguage('id');

      await expect(loader.loadAllStrings()).rejects.toThrow('locales/id.json: 404');
      // The first view's strings stay.
      expect(i18n.translate('id', 'viewCoach')).toBe('Pelatih');
      await loader.loadAllStrings();
      expect(i18n.translate('id', 'viewGlossary')).toBe(en.viewGlossary);
    });
  });
});
