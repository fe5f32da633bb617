// @vitest-environment happy-dom
// The notes about the page on screen, in the Coach: the panel loads the notes after its first
// view, so until they are read the section says so rather than "no notes" and a count of 0.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNote } from '@/lib/model/note';
import { sampleContext } from '@/lib/sample';
import { notes } from '@/state/notes';
import { freshStorageEachTest, startStores } from '@/components/team/stores.test-helper';
import { PageNotes } from './PageNotes';

const context = sampleContext('chrome-extension://sidecoach/sample.html', Date.UTC(2026, 11, 1, 9));

describe('notes on this page', () => {
  freshStorageEachTest();

  it('says it is reading the notes until they are read, then counts and lists them', async () => {
    const note = createNote({ text: 'Ask why reach fell', about: { platform: 'linkedin', metric: 'reach' } });
    await fakeBrowser.storage.local.set({ [notes.key(note.id)]: note });
    render(<PageNotes context={context} />);
    expect(screen.getByRole('heading').textContent).toBe('Your notes on this page');
    expect(screen.getByRole('status').textContent).toBe('Reading your notes…');
    expect(screen.queryByText('No notes on this page or its metrics yet.')).toBeNull();

    await startStores();
    expect((await screen.findByRole('heading', { name: 'Your notes on this page (1)' })).textContent).toBeTruthy();
    expect(screen.getByText('Ask why reach fell')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
