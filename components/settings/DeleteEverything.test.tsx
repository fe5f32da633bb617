// @vitest-environment happy-dom
// Deleting all data as a leader does it, with the keyboard: the question comes back in place with
// the keyboard on "Keep everything", keeping changes nothing, "Yes" deletes every stored value and
// says so, and a refusal says why.
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DeleteEverything } from './DeleteEverything';

const stored = { 'note:a': { v: 1, id: 'a' }, 'member:dewi': { v: 1, id: 'dewi' }, settings: { language: 'en' } };

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(stored);
});

/** Renders the card and answers "Yes" to its question, with the mouse. */
async function deleteWithYes() {
  const user = userEvent.setup();
  render(<DeleteEverything />);
  await user.click(screen.getByRole('button', { name: 'Delete all data…' }));
  await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
}

describe('Delete all data', () => {
  it('asks first, with the keyboard on the answer that keeps everything', async () => {
    const user = userEvent.setup();
    render(<DeleteEverything />);
    const ask = screen.getByRole('button', { name: 'Delete all data…' });
    ask.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('group').textContent).toContain(
      'Delete everything Sidecoach keeps in this browser? This cannot be undone.',
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep everything' }));
    // A second Enter, as from a double press, keeps everything.
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete all data…' }));
    expect(await fakeBrowser.storage.local.get(null)).toEqual(stored);
  });

  it('deletes every stored value on "Yes", says so, and gives the keyboard back', async () => {
    await deleteWithYes();
    expect((await screen.findByTestId('delete-done')).textContent).toBe(
      'Everything Sidecoach kept in this browser is deleted, and its settings are back to how they started.',
    );
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete all data…' })));
  });

  it('says why when the browser refuses', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'clear').mockRejectedValueOnce(new Error('IO error: disk'));
    await deleteWithYes();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Deleting did not finish (IO error: disk). Try again; removing Sidecoach from the browser also deletes everything it keeps.',
    );
    expect(await fakeBrowser.storage.local.get(null)).toEqual(stored);
  });
});
