import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import savedV1 from './fixtures/settings-v1.json';
import { defaultSettings, readSettings, saveSettings } from './settings';

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('are the defaults on a fresh install', async () => {
    expect(await readSettings()).toEqual({ settings: defaultSettings, problem: null });
  });

  it('read a saved version-1 storage snapshot as it was', async () => {
    await fakeBrowser.storage.local.set(savedV1);
    expect(await readSettings()).toEqual({ settings: { ...defaultSettings, language: 'id' }, problem: null });
  });

  it('save and read back', async () => {
    const settings = { ...defaultSettings, language: 'en' as const, pausedPlatforms: ['x'] };
    await saveSettings(settings);
    expect((await readSettings()).settings).toEqual(settings);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings });
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', ['en']],
    ['an empty object', {}],
    ['a wrong field', { language: 'klingon' }],
  ])('fall back to defaults, with a problem, when storage holds %s', async (_label, corrupt) => {
    await fakeBrowser.storage.local.set({ settings: corrupt, notes: { keep: 'me' } });
    const read = await readSettings();
    expect(read.settings).toEqual(defaultSettings);
    expect(read.problem).toEqual(expect.any(String));
    // Reading never rewrites storage: the corrupt value and every other key are left alone.
    expect(await fakeBrowser.storage.local.get(['settings', 'notes'])).toEqual({
      settings: corrupt,
      notes: { keep: 'me' },
    });
  });

  it('keep the good fields of a half-corrupt value', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'id', hints: 'yes', unknownFutureField: 1 } });
    const read = await readSettings();
    expect(read.settings).toEqual({ ...defaultSettings, language: 'id' });
    expect(read.problem).toMatch(/hints/);
  });

  it('refuse to save invalid settings and keep the previous ones', async () => {
    await saveSettings({ ...defaultSettings, language: 'id' });
    await expect(saveSettings({ ...defaultSettings, language: 'xx' as 'en' })).rejects.toThrow();
    expect((await readSettings()).settings).toEqual({ ...defaultSettings, language: 'id' });
  });
});
