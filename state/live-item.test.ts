// A stored value as the views of a page follow it: read early or on first use, shared, never
// replaced by an older answer, a write shown at once and taken back when storage refuses it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineItem } from './item';
import { liveItem, type LiveItemState } from './live-item';

const itemFor = (key: string) =>
  defineItem<number>({
    key,
    area: 'local',
    fallback: () => 0,
    parse: (raw) => ({ value: Number(raw), complete: typeof raw === 'number' && raw >= 0 }),
  });

const settle = () => new Promise((done) => setTimeout(done, 0));

/** Follows `item`, recording every state it shows. */
function follow(item: ReturnType<typeof itemFor>) {
  const live = liveItem(item);
  const states: LiveItemState<number>[] = [live.state()];
  const stop = live.subscribe(() => states.push(live.state()));
  return { live, states, stop };
}

beforeEach(() => fakeBrowser.reset());

describe('liveItem', () => {
  it('is one copy per item on a page', () => {
    const item = itemFor('same');
    expect(liveItem(item)).toBe(liveItem(item));
  });

  it('holds the value read early, before anyone follows it', async () => {
    const item = itemFor('early');
    await fakeBrowser.storage.local.set({ early: 7 });
    liveItem(item).preload();
    await settle();
    expect(liveItem(item).state()).toEqual({ value: 7, problem: null, loaded: true });
  });

  it('says the value is loading until the first read answers', async () => {
    const item = itemFor('late');
    await fakeBrowser.storage.local.set({ late: 7 });
    const { states, stop } = follow(item);
    expect(states[0]).toMatchObject({ value: 0, loaded: false });
    await vi.waitFor(() => expect(states.at(-1)).toMatchObject({ value: 7, loaded: true }));
    stop();
  });

  it('never lets an early read answered late replace a newer value', async () => {
    const item = itemFor('slow');
    await fakeBrowser.storage.local.set({ slow: 2 });
    // The early read is slow and answers with what was stored before: 1.
    let answer: (read: { value: number; problem: null }) => void = () => undefined;
    vi.spyOn(item, 'read').mockImplementationOnce(() => new Promise((done) => (answer = done)));
    liveItem(item).preload();
    const { live, stop } = follow(item);
    await vi.waitFor(() => expect(live.state()).toMatchObject({ value: 2, loaded: true }));
    answer({ value: 1, problem: null });
    await settle();
    expect(live.state().value).toBe(2);
    stop();
  });

  it('shows a write at once, and what storage holds when the write is refused', async () => {
    const item = itemFor('count');
    await fakeBrowser.storage.local.set({ count: 3 });
    const { live, stop } = follow(item);
    await vi.waitFor(() => expect(live.state().loaded).toBe(true));

    const writing = live.write((value) => value + 1);
    expect(live.state().value).toBe(4);
    expect(await writing).toMatchObject({ ok: true, value: 4 });

    // A value the item refuses (negative) is not kept: storage's value shows again.
    const refused = await live.write(() => -1);
    expect(refused).toMatchObject({ ok: false, reason: 'invalid' });
    await vi.waitFor(() => expect(live.state().value).toBe(4));
    stop();
  });

  it('follows changes made elsewhere while followed, and stops when nobody follows', async () => {
    const item = itemFor('shared');
    const first = follow(item);
    const second = follow(item);
    await vi.waitFor(() => expect(first.live.state().loaded).toBe(true));
    await fakeBrowser.storage.local.set({ shared: 9 });
    await vi.waitFor(() => expect(first.states.at(-1)?.value).toBe(9));
    expect(second.states.at(-1)?.value).toBe(9);

    first.stop();
    second.stop();
    const shown = first.states.length;
    await fakeBrowser.storage.local.set({ shared: 10 });
    await settle();
    expect(first.states).toHaveLength(shown);
    expect(liveItem(item).state().value).toBe(9);
  });
});
