// @vitest-environment happy-dom
// The single-value hook: a value read before the first render shows in it, and a change made
// elsewhere shows in every view that follows the item. (How reads are ordered and shared:
// state/live-item.test.ts.)
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineItem } from '@/state/item';
import { liveItem } from '@/state/live-item';
import { useStorageItem, type StorageItemState } from './use-storage-item';

const itemFor = (key: string) =>
  defineItem<number>({
    key,
    area: 'local',
    fallback: () => 0,
    parse: (raw) => ({ value: Number(raw), complete: typeof raw === 'number' }),
  });

beforeEach(() => fakeBrowser.reset());

describe('useStorageItem', () => {
  it('shows a value read before the first render in that render', async () => {
    const item = itemFor('count-a');
    await fakeBrowser.storage.local.set({ 'count-a': 7 });
    liveItem(item).preload();
    await new Promise((done) => setTimeout(done, 0));

    const states: StorageItemState<number>[] = [];
    renderHook(() => {
      const state = useStorageItem(item);
      states.push(state);
      return state;
    });
    expect(states[0]).toMatchObject({ value: 7, loaded: true });
  });

  it('says the value is still loading until it is read, then follows changes in every view', async () => {
    const item = itemFor('count-b');
    await fakeBrowser.storage.local.set({ 'count-b': 7 });
    const states: StorageItemState<number>[] = [];
    renderHook(() => {
      const state = useStorageItem(item);
      states.push(state);
      return state;
    });
    const other = renderHook(() => useStorageItem(item));
    expect(states[0]).toMatchObject({ loaded: false });
    await waitFor(() => expect(states.at(-1)).toMatchObject({ value: 7, loaded: true }));

    await act(() => other.result.current.write((value) => value + 1));
    expect(states.at(-1)?.value).toBe(8);
    await fakeBrowser.storage.local.set({ 'count-b': 20 });
    await waitFor(() => expect(states.at(-1)?.value).toBe(20));
    expect(other.result.current.value).toBe(20);
  });
});
