import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keysPerRead, readStored } from './read-stored';

type Listing = { getKeys?: () => Promise<string[]> };
const local = fakeBrowser.storage.local as typeof fakeBrowser.storage.local & Listing;

const stored = Object.fromEntries([
  ...Array.from({ length: 1001 }, (_, index) => [`note:${index}`, { id: String(index), text: `Note ${index}` }]),
  ['settings', { language: 'id' }],
  ['readings:abc', { v: 2 }],
]);

beforeEach(async () => {
  fakeBrowser.reset();
  await local.set(stored);
});

afterEach(() => {
  Reflect.deleteProperty(local, 'getKeys');
  vi.restoreAllMocks();
});

const isNote = (name: string) => name.startsWith('note:');
const notesStored = Object.fromEntries(Object.entries(stored).filter(([name]) => isNote(name)));

describe('reading many stored values', () => {
  it(`asks for at most ${keysPerRead} keys a call, every call at once, and gives back exactly the kept keys`, async () => {
    const names = Object.keys(stored);
    local.getKeys = async () => names;
    const original = local.get.bind(local);
    // Answers wait until every call has been made: the calls must not wait for each other.
    let release!: () => void;
    const allAsked = new Promise<void>((resolve) => (release = resolve));
    const get = vi.spyOn(local, 'get').mockImplementation(async (keys) => {
      if (get.mock.calls.length === Math.ceil(1001 / keysPerRead)) release();
      await allAsked;
      return original(keys as string[]);
    });
    const read = await readStored('local', isNote);
    expect(get.mock.calls.map(([keys]) => (keys as string[]).length)).toEqual([200, 200, 200, 200, 200, 1]);
    expect(read).toEqual(notesStored);
    expect(Object.keys(read)).toHaveLength(1001);
  });

  it('asks nothing more when no key is kept', async () => {
    local.getKeys = async () => ['settings'];
    const get = vi.spyOn(local, 'get');
    expect(await readStored('local', isNote)).toEqual({});
    expect(get).not.toHaveBeenCalled();
  });

  it('reads everything in one call where the browser cannot list keys, and keeps only what is asked for', async () => {
    const get = vi.spyOn(local, 'get');
    expect(await readStored('local', isNote)).toEqual(notesStored);
    expect(get.mock.calls).toEqual([[null]]);
  });

  it('rejects when storage does, so that the caller can say so', async () => {
    local.getKeys = async () => ['note:1', 'note:2'];
    vi.spyOn(local, 'get').mockRejectedValue(new Error('IO error'));
    await expect(readStored('local', isNote)).rejects.toThrow('IO error');
  });
});
