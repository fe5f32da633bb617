import { afterEach, describe, expect, it, vi } from 'vitest';

// Each test starts from a page that holds no library yet.
async function freshLibrary() {
  vi.resetModules();
  return import('./library');
}

const core = { metrics: [{ id: 'reach', name: { en: 'Reach', id: 'Jangkauan' }, short: { en: 'People who saw it' } }] };
const explainers = { metrics: [{ explanation: { en: 'Counted once per person.' }, pitfalls: [{ en: 'Estimated' }] }] };

describe('the metric explainers', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('are read after the library, once however many cards ask, and put in place in the metrics the page holds', async () => {
    const fetch = vi.fn(async (url: string) => Response.json(url.includes('.explainers.') ? explainers : core));
    vi.stubGlobal('fetch', fetch);
    const held = await freshLibrary();
    await held.loadLibrary('en');
    const reach = held.library.metrics[0]!;
    expect(held.hasExplainers('en')).toBe(false);
    expect(reach).not.toHaveProperty('explanation');

    await Promise.all([held.loadExplainers('en'), held.loadExplainers('en')]);
    await held.loadExplainers('en');

    expect(held.hasExplainers('en')).toBe(true);
    expect(held.library.metrics[0]).toBe(reach);
    expect(reach).toMatchObject({ explanation: { en: 'Counted once per person.' }, pitfalls: [{ en: 'Estimated' }] });
    expect(fetch.mock.calls.map(([url]) => url.replace(/^.*?\/\/[^/]+/, ''))).toEqual([
      '/library/en.json',
      '/library/en.explainers.json',
    ]);
  });

  it('fail when the file cannot be read, keep the library as it was, and are tried again at the next call', async () => {
    const fetch = vi.fn(async (url: string) =>
      url.includes('.explainers.') &&
      fetch.mock.calls.filter(([called]) => called.includes('.explainers.')).length === 1
        ? new Response('missing', { status: 404 })
        : Response.json(url.includes('.explainers.') ? explainers : core),
    );
    vi.stubGlobal('fetch', fetch);
    const held = await freshLibrary();

    await expect(held.loadExplainers('en')).rejects.toThrow(/explainers\.json: 404/);
    expect(held.hasExplainers('en')).toBe(false);
    expect(held.library.metrics[0]).not.toHaveProperty('explanation');

    await held.loadExplainers('en');
    expect(held.hasExplainers('en')).toBe(true);
  });
});
