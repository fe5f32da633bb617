// @vitest-environment happy-dom
// The notes' search loads its engine when the Notes view opens: until it is in, the notes show as
// usual and a typed search says it is still searching, then is answered.
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNote } from '@/lib/model/note';
import { notes } from '@/state/notes';
import { useNotesStore } from '@/state/stores';
import { useNotesSearch } from './use-notes';

const gate = vi.hoisted(() => {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open: () => open() };
});

// The engine's code arrives only when the test says so.
vi.mock('./notes-engine', async (importOriginal) => {
  await gate.opened;
  return importOriginal();
});

const onReach = createNote({ text: 'Numbers fell after the long weekend.', about: { metric: 'reach' } }, 1000);
const other = createNote({ text: 'The carousel doubled engagement.' }, 2000);
let stop: () => void;

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ [notes.key(onReach.id)]: onReach, [notes.key(other.id)]: other });
  stop = useNotesStore.start();
  await waitFor(() => expect(useNotesStore.getState().loaded).toBe(true));
});

afterEach(() => {
  cleanup();
  stop();
  useNotesStore.setState({ byId: new Map(), items: [], problems: [], loaded: false, preview: null, loadError: null });
});

describe('the notes search before its engine is in', () => {
  it('lists the notes, says a typed search is still searching, and answers it once the engine arrives', async () => {
    const { result } = renderHook(() => useNotesSearch());
    const texts = (query: string) => result.current.search(query, {}).matches.map((match) => match.note.text);

    expect(texts('')).toEqual([other.text, onReach.text]);
    expect(result.current.search('', { metric: 'reach' }).pending).toBe(false);
    expect(result.current.search('jangkauan', {})).toEqual({ matches: [], pending: true });
    expect(result.current.explain({ note: onReach })).toEqual([]);

    gate.open();
    // Found by the Indonesian name of the metric it is about, which the note never says.
    await waitFor(() => expect(texts('jangkauan')).toEqual([onReach.text]));
    const [found] = result.current.search('jangkauan', {}).matches;
    expect(result.current.explain(found!)).toEqual([expect.objectContaining({ field: 'metric', ref: 'reach' })]);
  });
});
