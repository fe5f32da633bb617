// Deleting everything: every stored value goes, a save already under way finishes first instead of
// coming back after the deletion, and a refusal is reported with the browser's reason.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteEverything } from './delete-everything';
import { withKeyLock } from './lock';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('deleteEverything', () => {
  it('removes every stored value, those set aside as unreadable too', async () => {
    await fakeBrowser.storage.local.set({
      'note:a': { v: 1, id: 'a' },
      'member:dewi': { v: 1, id: 'dewi' },
      settings: { language: 'id' },
      'kept:settings:1700000000000': { key: 'settings', value: { broken: true } },
    });
    expect(await deleteEverything()).toEqual({ ok: true });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('waits for a save under way, so that the save does not outlive the deletion', async () => {
    let written = () => {};
    const saving = withKeyLock('note:late', async () => {
      await new Promise<void>((resolve) => (written = resolve));
      await fakeBrowser.storage.local.set({ 'note:late': { v: 1, id: 'late' } });
    });
    const deleting = deleteEverything();
    await new Promise((resolve) => setTimeout(resolve, 10));
    written();
    await Promise.all([saving, deleting]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('says why when the browser refuses, and that trying again or removing Sidecoach both work', async () => {
    await fakeBrowser.storage.local.set({ 'note:a': { v: 1, id: 'a' } });
    vi.spyOn(fakeBrowser.storage.local, 'clear').mockRejectedValueOnce(new Error('IO error: disk'));
    expect(await deleteEverything()).toEqual({
      ok: false,
      message: { key: 'deleteFailed', params: { detail: 'IO error: disk' } },
    });
  });
});
