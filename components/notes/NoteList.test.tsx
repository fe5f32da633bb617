// @vitest-environment happy-dom
// A note being edited in one window and deleted in another: the draft stays, with a way to keep
// it as a new note or let it go.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNote } from '@/lib/model/note';
import { notes } from '@/state/notes';
import { useNotesStore } from '@/state/stores';
import { NoteList } from './NoteList';

function Notes() {
  const items = useNotesStore((state) => state.items);
  return <NoteList notes={items} empty="No notes yet." />;
}

let stop: () => void;

beforeEach(async () => {
  fakeBrowser.reset();
  const note = createNote({ text: 'Reach doubled after the launch' }, 1000);
  await fakeBrowser.storage.local.set({ [notes.key(note.id)]: note });
  stop = useNotesStore.start();
  await waitFor(() => expect(useNotesStore.getState().loaded).toBe(true));
});

afterEach(() => {
  stop();
  useNotesStore.setState({ byId: new Map(), items: [], problems: [], loaded: false, preview: null, loadError: null });
});

/** Deletes the note as another window would: straight in storage. */
async function deleteElsewhere() {
  const [note] = useNotesStore.getState().items;
  await act(async () => {
    await notes.remove(note!, 5000);
  });
}

/** Opens the note's editor and replaces its text with `draft`, unsaved. */
async function editTo(draft: string) {
  const user = userEvent.setup();
  render(<Notes />);
  await user.click(screen.getByRole('button', { name: 'Edit' }));
  const text = screen.getByTestId('note-text');
  await user.clear(text);
  await user.type(text, draft);
  return user;
}

describe('a note deleted in another window while it is being edited', () => {
  it('keeps the draft and says what happened', async () => {
    await editTo('My unsaved thoughts on reach');
    await deleteElsewhere();

    expect(await screen.findByTestId('note-deleted-elsewhere')).toBeTruthy();
    expect((screen.getByTestId('note-text') as HTMLTextAreaElement).value).toBe('My unsaved thoughts on reach');
    expect(screen.getByRole('button', { name: 'Save as a new note' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('saves the draft as a new note', async () => {
    const user = userEvent.setup();
    render(<Notes />);
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    await user.type(screen.getByTestId('note-text'), ', and why');
    await deleteElsewhere();

    await user.click(await screen.findByRole('button', { name: 'Save as a new note' }));

    await waitFor(() =>
      expect(useNotesStore.getState().items.map((note) => note.text)).toEqual([
        'Reach doubled after the launch, and why',
      ]),
    );
    expect(screen.queryByTestId('note-text')).toBeNull();
  });

  it('discards the draft when asked', async () => {
    const user = userEvent.setup();
    render(<Notes />);
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    await deleteElsewhere();
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    expect(screen.queryByTestId('note-text')).toBeNull();
    expect(screen.getByText('No notes yet.')).toBeTruthy();
  });
});

describe('a note saved in another window while it is being edited', () => {
  /** Opens the editor, writes a draft, then another window saves the note first. */
  async function editAfterAnotherSave() {
    const user = await editTo('My reading of reach');
    const [note] = useNotesStore.getState().items;
    await act(async () => {
      await notes.save({ ...note!, text: 'Their reading of reach' }, { expectedUpdatedAt: note!.updatedAt, now: 5000 });
    });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The other window saved: “Their reading of reach”')).toBeTruthy();
    return user;
  }

  it('keeps this draft over the other version when asked', async () => {
    const user = await editAfterAnotherSave();
    await user.click(screen.getByRole('button', { name: 'Keep my version' }));
    await waitFor(() => expect(screen.queryByTestId('note-text')).toBeNull());
    expect(useNotesStore.getState().items.map((note) => note.text)).toEqual(['My reading of reach']);
  });

  it('takes the other version when asked, and closes the editor', async () => {
    const user = await editAfterAnotherSave();
    await user.click(screen.getByRole('button', { name: 'Use the other version' }));
    expect(screen.queryByTestId('note-text')).toBeNull();
    expect(screen.getByText('Their reading of reach')).toBeTruthy();
    expect(useNotesStore.getState().items.map((note) => note.text)).toEqual(['Their reading of reach']);
  });
});

describe('the keyboard after editing', () => {
  it('is back on the note’s Edit button once the edit is saved', async () => {
    const user = await editTo('Reach doubled after the launch, twice');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByTestId('note-text')).toBeNull());
    expect(screen.getByText('Reach doubled after the launch, twice')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit' }));
  });

  it('is back on the Edit button when the editor is closed with Escape', async () => {
    const user = await editTo('Not kept');
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('note-text')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit' }));
  });

  it('is not taken again when the note leaves the list and comes back (a search typed meanwhile)', async () => {
    function Searchable() {
      const items = useNotesStore((state) => state.items);
      const [hidden, setHidden] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setHidden(!hidden)}>
            Search
          </button>
          <NoteList notes={hidden ? [] : items} empty="No match." />
        </>
      );
    }
    const user = userEvent.setup();
    render(<Searchable />);
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit' }));
    const search = screen.getByRole('button', { name: 'Search' });
    await user.click(search);
    expect(screen.getByText('No match.')).toBeTruthy();
    await user.click(search);
    expect(screen.getByRole('button', { name: 'Edit' })).toBeTruthy();
    expect(document.activeElement).toBe(search);
  });
});

describe('deleting a note by keyboard', () => {
  const rowOf = (element: Element | null) => element?.closest('[data-note]')?.getAttribute('data-note');
  const shownIds = () => [...document.querySelectorAll('[data-note]')].map((row) => row.getAttribute('data-note'));
  const deleteButton = (id: string) =>
    document.querySelector<HTMLElement>(`[data-note="${id}"]`)!.querySelector<HTMLElement>('button:last-of-type')!;

  it('keeps the focus in the list: on the note that took its place, then on Undo, and back on the note', async () => {
    for (const [text, at] of [
      ['Carousels doubled the interactions', 2000],
      ['Ask Dewi about the posting schedule', 3000],
    ] as const) {
      const note = createNote({ text }, at);
      await act(async () => {
        await fakeBrowser.storage.local.set({ [notes.key(note.id)]: note });
      });
    }
    const user = userEvent.setup();
    render(<Notes />);
    await waitFor(() => expect(shownIds()).toHaveLength(3));
    const [first, second, third] = shownIds() as [string, string, string];
    expect(deleteButton(first).textContent).toBe('Delete');

    // The first of three: the focus goes to the note after it.
    deleteButton(first).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(shownIds()).toEqual([second, third]));
    expect(rowOf(document.activeElement)).toBe(second);
    expect(document.activeElement!.textContent).toBe('Edit');

    // The last one: to the note before it.
    deleteButton(third).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(shownIds()).toEqual([second]));
    expect(rowOf(document.activeElement)).toBe(second);

    // The only one left: to Undo, which brings it back with the focus on it.
    deleteButton(second).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Undo'));
    expect(screen.getByText('No notes yet.')).toBeTruthy();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(rowOf(document.activeElement)).toBe(second));
  });
});

describe('more notes', () => {
  it('takes the keyboard on to the first note it shows', async () => {
    const many = Array.from({ length: 55 }, (_, index) => createNote({ text: `Note ${index + 1}` }, 1000 + index));
    const user = userEvent.setup();
    render(<NoteList notes={many} empty="No notes" />);
    const rowOf = (element: Element | null) => element?.closest('[data-note]')?.getAttribute('data-note');
    expect(document.querySelectorAll('[data-note]')).toHaveLength(50);
    screen.getByRole('button', { name: 'Show 5 more (5 not shown)' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(rowOf(document.activeElement)).toBe(many[50]!.id));
    expect(document.activeElement!.textContent).toBe('Edit');
    expect(document.querySelectorAll('[data-note]')).toHaveLength(55);
    expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull();
  });
});
