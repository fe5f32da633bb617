// Settings as stored: versioned from day one, read field by field, and never costing the leader
// their other data when a value is damaged.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../lib/model/settings';
import savedV1 from './fixtures/settings-v1.json';
import { readSettings, settingsItem, updateSettings } from './settings';

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('are the defaults on a fresh install', async () => {
    expect(await readSettings()).toEqual({ value: defaultSettings, problem: null });
  });

  it('read a saved version-1 storage snapshot as it was', async () => {
    await fakeBrowser.storage.local.set(savedV1);
    expect(await readSettings()).toEqual({ value: { ...defaultSettings, language: 'id' }, problem: null });
  });

  it('save a change on top of what is stored, with their version marker, and read back', async () => {
    await updateSettings({ language: 'en' });
    await updateSettings({ pausedPlatforms: ['x'] });
    expect((await readSettings()).value).toEqual({ ...defaultSettings, language: 'en', pausedPlatforms: ['x'] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      settings: { ...defaultSettings, language: 'en', pausedPlatforms: ['x'] },
      settings$: { v: 1 },
    });
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', ['en']],
    ['an empty object', {}],
    ['a wrong field', { language: 'klingon' }],
  ])(
    'fall back to defaults, with a problem, when storage holds %s, and change nothing stored',
    async (_label, corrupt) => {
      await fakeBrowser.storage.local.set({ settings: corrupt, 'note:x': { keep: 'me' } });
      const read = await readSettings();
      expect(read).toEqual({ value: defaultSettings, problem: 'partial' });
      expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: corrupt, 'note:x': { keep: 'me' } });
    },
  );

  it('keep the good fields of a half-damaged value', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'id', hints: 'yes', unknownFutureField: 1 } });
    expect(await readSettings()).toEqual({ value: { ...defaultSettings, language: 'id' }, problem: 'partial' });
  });

  it('keep a damaged value aside at the first save, so nothing is lost', async () => {
    const damaged = { language: 'id', hints: 'yes' };
    await fakeBrowser.storage.local.set({ settings: damaged });
    await settingsItem.write((current) => ({ ...current, hints: true }), 1234);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      settings: { ...defaultSettings, language: 'id', hints: true },
      settings$: { v: 1 },
      'kept:settings:1234': { key: 'settings', value: damaged, problem: 'partial', keptAt: 1234 },
    });
    expect(await readSettings()).toEqual({ value: { ...defaultSettings, language: 'id', hints: true }, problem: null });
  });

  it.each([
    ['a huge negative number', -1e15],
    ['zero', 0],
    ['a fraction', 1.5],
    ['text', '1'],
    ['nothing', null],
  ])(
    'read a version marker that cannot be true (%s) as unreadable, at once, and keep the value aside',
    async (_label, v) => {
      const saved = { ...defaultSettings, language: 'id' };
      await fakeBrowser.storage.local.set({ settings: saved, settings$: { v } });
      expect(await readSettings()).toEqual({ value: defaultSettings, problem: 'unreadable' });
      expect((await updateSettings({ hints: true })).ok).toBe(true);
      const stored = await fakeBrowser.storage.local.get(null);
      expect(stored.settings$).toEqual({ v: 1 });
      expect(Object.values(stored).filter((value) => (value as { key?: string }).key === 'settings')).toEqual([
        expect.objectContaining({ value: saved, meta: { v }, problem: 'unreadable' }),
      ]);
    },
  );

  it('leave settings saved by a newer Sidecoach alone until a change is saved, then keep them aside', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'id', future: true }, settings$: { v: 7 } });
    expect(await readSettings()).toEqual({ value: defaultSettings, problem: 'newer' });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { language: 'id', future: true } });
  });

  it('refuse to save invalid settings and keep the previous ones', async () => {
    await updateSettings({ language: 'id' });
    const result = await updateSettings({ language: 'xx' as 'en' });
    expect(result).toMatchObject({ ok: false, reason: 'invalid', message: { key: 'storageInvalidValue' } });
    expect((await readSettings()).value).toEqual({ ...defaultSettings, language: 'id' });
  });
});
