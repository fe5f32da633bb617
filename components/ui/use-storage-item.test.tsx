// @vitest-environment happy-dom
// The single-value hook: a value read before the first render shows in it, and never replaces a
// newer one.
import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineItem } from '@/state/item';
import { preloadStorageItem, useStorageItem, type StorageItemState } from './use-storage-item';

const itemFor = (key: string) =>
  defineItem<number>({
    key,
    area: 'local',
    fallback: () => 0,
    parse: (raw) => ({ value: Number(raw), complete: typeof raw === 'number' }),
  });

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('preloadStorageItem', () => {
  it('shows the stored value in the first render when it was read before it', async () => {
    const item = itemFor('count-a');
    await fakeBrowser.storage.local.set({ 'count-a': 7 });
    preloadStorageItem(item);
    await new Promise((done) => setTimeout(done, 0));

    const states: StorageItemState<number>[] = [];
    renderHook(() => {
      const state = useStorageItem(item);
      states.push(state);
      return state;
    });
    expect(states[0]).toMatchObject({ value: 7, loaded: true });
  });

  it('without it, the first render says the value is still loading', async () => {
    const item = itemFor('count-b');
    await fakeBrowser.storage.local.set({ 'count-b': 7 });
    const states: StorageItemState<number>[] = [];
    renderHook(() => {
      const state = useStorageItem(item);
      states.push(state);
      return state;
    });
    expect(states[0]).toMatchObject({ loaded: false });
    await waitFor(() => expect(states.at(-1)).toMatchObject({ value: 7, loaded: true }));
  });

  it('never replaces a value the hook has shown since', async () => {
    const item = itemFor('count-c');
    await fakeBrowser.storage.local.set({ 'count-c': 2 });
    // The early read is slow and answers with what was stored before: 1.
    let answer: (read: { value: number; problem: null }) => void = () => undefined;
    vi.spyOn(item, 'read').mockImplementationOnce(() => new Promise((done) => (answer = done)));
    preloadStorageItem(item);

    const { result } = renderHook(() => useStorageItem(item));
    await waitFor(() => expect(result.current).toMatchObject({ value: 2, loaded: true }));
    answer({ value: 1, problem: null });
    await new Promise((done) => setTimeout(done, 0));
    expect(result.current.value).toBe(2);
  });
});
