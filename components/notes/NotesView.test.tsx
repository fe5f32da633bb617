// @vitest-environment happy-dom
// Searching notes as a leader does: by the metric a note is about in either language though the
// note never names it, by a tag, with a typo, and each result saying what matched, in English
// and in Indonesian.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { translate } from '@/lib/i18n';
import { createNote, type Note } from '@/lib/model/note';
import { notes } from '@/state/notes';
import { updateSettings } from '@/state/settings';
import { useNotesStore } from '@/state/stores';
import { NotesView } from './NotesView';

const onReach = createNote(
  { text: 'Numbers fell after the long weekend.', about: { platform: 'meta-business-suite', metric: 'reach' } },
  1000,
);
const onImpressions = createNote(
  { text: 'Turun setelah libur panjang.', tags: ['q3'], about: { platform: 'linkedin', metric: 'impressions' } },
  2000,
);
const onCarousel = createNote({ text: 'The carousel doubled engagement.' }, 3000);

let stop: () => void;

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(
    Object.fromEntries([onReach, onImpressions, onCarousel].map((note: Note) => [notes.key(note.id), note])),
  );
  stop = useNotesStore.start();
  await waitFor(() => expect(useNotesStore.getState().loaded).toBe(true));
});

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
  stop();
  useNotesStore.setState({ byId: new Map(), items: [], problems: [], loaded: false, preview: null, loadError: null });
});

async function renderNotes(language: 'en' | 'id') {
  await updateSettings({ language });
  render(<NotesView about={{}} />);
  await waitFor(() => expect(document.documentElement.lang).toBe(language));
  // The search's engine, which the view loads as it opens (use-notes.test.tsx: typed before it).
  await act(() => vi.dynamicImportSettled());
  return screen.getByTestId('notes-search');
}

/** Types a search as the leader does, and waits for the list to show its results (a frame later). */
async function searchFor(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.type(field, text);
  await waitFor(() => expect(document.querySelector('.notes')?.getAttribute('data-query')).toBe(text));
}

/** The notes listed, by their text, each with what it matched. */
function listed(): [string, string | undefined][] {
  const list = screen.queryByTestId('note-list');
  if (!list) return [];
  return within(list)
    .getAllByRole('listitem')
    .filter((item) => item.classList.contains('note'))
    .map((item) => [
      item.querySelector('.note-text')?.textContent ?? '',
      item.querySelector('[data-testid="match-why"]')?.textContent ?? undefined,
    ]);
}

describe('notes search', () => {
  it('finds a note by its metric’s name in either language, and says so', async () => {
    const user = userEvent.setup();
    const search = await renderNotes('en');
    expect(listed().map(([text]) => text)).toHaveLength(3);
    expect(listed().every(([, why]) => why === undefined)).toBe(true);

    await searchFor(user, search, 'jangkauan');
    expect(listed()).toEqual([
      [onReach.text, translate('en', 'matchedNoteMetricAlso', { name: 'Reach', text: 'Jangkauan' })],
    ]);
    await searchFor(user, search, 'impresi');
    expect(listed()).toEqual([
      [onImpressions.text, translate('en', 'matchedNoteMetricAlso', { name: 'Impressions', text: 'Impresi' })],
    ]);
    await searchFor(user, search, 'impressions');
    expect(listed()[0]).toEqual([onImpressions.text, translate('en', 'matchedNoteMetric', { name: 'Impressions' })]);
  });

  it('answers a search typed before every note is indexed, says so, and answers in full once they are', async () => {
    const idle: IdleRequestCallback[] = [];
    vi.spyOn(globalThis, 'requestIdleCallback').mockImplementation((callback) => idle.push(callback));
    vi.spyOn(globalThis, 'cancelIdleCallback').mockImplementation(() => undefined);
    const many = Array.from({ length: 600 }, (_, index) =>
      createNote({ text: `Carousel idea ${index}` }, 10_000 + index),
    );
    await fakeBrowser.storage.local.set(Object.fromEntries(many.map((note) => [notes.key(note.id), note])));
    await waitFor(() => expect(useNotesStore.getState().items).toHaveLength(603));
    const search = await renderNotes('en');
    const count = () => screen.getByText(/^Showing \d+ of 603/).textContent!;

    // Every look at the clock takes 5 ms: the keystroke's 20 ms budget indexes a hundred notes or so.
    let clock = performance.now();
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5));
    fireEvent.change(search, { target: { value: 'carousel' } });
    await waitFor(() => expect(document.querySelector('.notes')?.getAttribute('data-query')).toBe('carousel'));
    now.mockRestore();
    const shown = Number(/Showing (\d+)/.exec(count())![1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(601);
    expect(screen.getByTestId('notes-search-pending').textContent).toContain(translate('en', 'notesSearchPending'));

    act(() => {
      while (idle.length > 0) idle.shift()!({ didTimeout: false, timeRemaining: () => 0 });
    });
    expect(count()).toMatch(/^Showing 601 of 603/);
    expect(screen.queryByTestId('notes-search-pending')).toBeNull();
  });

  it('finds by a tag, by the text with a typo, and by words from both at once', async () => {
    const user = userEvent.setup();
    const search = await renderNotes('en');
    await searchFor(user, search, 'q3');
    expect(listed()).toEqual([[onImpressions.text, translate('en', 'matchedNoteTag', { text: 'q3' })]]);
    await searchFor(user, search, 'carosel');
    expect(listed()).toEqual([[onCarousel.text, translate('en', 'matchedTypo', { word: 'carousel' })]]);
    await searchFor(user, search, 'linkedin libur');
    expect(listed()).toEqual([
      [
        onImpressions.text,
        [
          translate('en', 'matchedNotePlatform', { name: 'LinkedIn' }),
          translate('en', 'matchedNoteText', { word: 'libur' }),
        ].join(' · '),
      ],
    ]);
    await searchFor(user, search, 'car');
    expect(listed()).toEqual([[onCarousel.text, translate('en', 'matchedNoteText', { word: 'carousel' })]]);
    await searchFor(user, search, 'ctr');
    expect(listed()).toEqual([]);
    expect(screen.getAllByText(translate('en', 'notesNoMatch'))).toHaveLength(1);
  });

  it('says what matched in Indonesian', async () => {
    const user = userEvent.setup();
    const search = await renderNotes('id');
    await searchFor(user, search, 'reach');
    expect(listed()).toEqual([[onReach.text, translate('id', 'matchedNoteMetric', { name: 'Reach (jangkauan)' })]]);
    await searchFor(user, search, 'impressions');
    expect(listed()[0]).toEqual([
      onImpressions.text,
      translate('id', 'matchedNoteMetricAlso', { name: 'Impresi', text: 'Impressions' }),
    ]);
  });

  it('narrows the list with the platform, metric and tag filters, each back to "any"', async () => {
    const user = userEvent.setup();
    await renderNotes('en');
    const shown = () => listed().map(([text]) => text);
    await user.click(screen.getByText('Filters'));
    const platform = screen.getByRole('combobox', { name: 'Platform' });
    await user.selectOptions(platform, 'linkedin');
    expect(shown()).toEqual([onImpressions.text]);
    await user.selectOptions(platform, '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Metric' }), 'reach');
    expect(shown()).toEqual([onReach.text]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Metric' }), '');
    const tag = screen.getByRole('combobox', { name: 'Tag' });
    expect(
      within(tag)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Any', '#q3']);
    await user.selectOptions(tag, 'q3');
    expect(shown()).toEqual([onImpressions.text]);
    await user.selectOptions(tag, '');
    expect(shown()).toHaveLength(3);
  });

  it('says there are no notes once, without counting none of none', async () => {
    await fakeBrowser.storage.local.clear();
    await waitFor(() => expect(useNotesStore.getState().items).toHaveLength(0));
    await renderNotes('en');
    expect(screen.getByText(translate('en', 'notesEmpty'))).toBeTruthy();
    expect(screen.queryByText(/^Showing /)).toBeNull();
  });

  it('writes out the dates of the date filter in the language on screen', async () => {
    const user = userEvent.setup();
    await renderNotes('id');
    await user.click(screen.getByText('Filter'));
    const from = screen.getByLabelText('Ditulis sejak');
    fireEvent.change(from, { target: { value: '1970-01-02' } });
    // The browser's date field would show "01/02/1970" here, the second of January written the American way.
    expect(screen.getByText('2 Jan 1970').id).toBe(from.getAttribute('aria-describedby'));
    expect(listed()).toEqual([]);
    fireEvent.change(from, { target: { value: '' } });
    expect(from.getAttribute('aria-describedby')).toBeNull();
    expect(listed()).toHaveLength(3);
  });
});

describe('notes that cannot be read', () => {
  it('lists each by its key and why, shows the others, and leaves it stored as it was', async () => {
    stop();
    useNotesStore.setState({ byId: new Map(), items: [], problems: [], loaded: false, preview: null, loadError: null });
    const damaged = { text: 'half a note from a damaged disk' };
    await fakeBrowser.storage.local.set({ 'note:damaged': damaged });
    stop = useNotesStore.start();
    await waitFor(() => expect(useNotesStore.getState().loaded).toBe(true));

    await renderNotes('en');

    expect(listed()).toHaveLength(3);
    const problems = screen.getByTestId('note-problems');
    expect(within(problems).getByText(/^Stored notes that could not be read: 1\./)).toBeTruthy();
    expect(within(problems).getByRole('listitem').textContent).toBe(
      'note:damaged: This note cannot be read, so Sidecoach left it as it is.',
    );
    expect((await fakeBrowser.storage.local.get('note:damaged'))['note:damaged']).toEqual(damaged);
  });

  it('says nothing of unreadable notes when there are none', async () => {
    await renderNotes('en');
    expect(screen.queryByTestId('note-problems')).toBeNull();
  });
});

describe('writing a note with the keyboard', () => {
  it('saves it first in the list and puts the focus back on New note, as after Escape', async () => {
    await renderNotes('en');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'New note' }));
    await user.type(screen.getByTestId('note-text'), 'Ask why reach dipped on Monday');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(listed()[0]?.[0]).toBe('Ask why reach dipped on Monday'));
    expect(screen.queryByTestId('note-text')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New note' }));

    await user.click(screen.getByRole('button', { name: 'New note' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('note-text')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New note' }));
  });
});
