// @vitest-environment happy-dom
// The Data section says how many stored values were set aside as unreadable, so the leader knows
// nothing was lost, and follows the count when another window sets one aside.
import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataTools } from './DataTools';

beforeEach(() => {
  fakeBrowser.reset();
});

const kept = (key: string) => ({ key, value: { broken: true }, problem: 'unreadable', keptAt: 1 });

describe('DataTools', () => {
  it('counts the values set aside, and says they travel in backups', async () => {
    await fakeBrowser.storage.local.set({
      'kept:settings:1700000000000': kept('settings'),
      'kept:checklist-ticks:1700000000001': kept('checklist-ticks'),
      settings: { language: 'en' },
    });
    render(<DataTools />);
    const line = await screen.findByTestId('kept-aside');
    expect(line.textContent).toBe(
      'Values set aside because Sidecoach could not read them: 2. Each is kept exactly as it was, under its own key, and travels in your JSON backups, so nothing is lost.',
    );

    await act(async () => {
      await fakeBrowser.storage.local.set({ 'kept:activity:1700000000002': kept('activity') });
    });
    await waitFor(() => expect(screen.getByTestId('kept-aside').textContent).toMatch(/could not read them: 3\./));
  });

  it('says so when nothing had to be set aside', async () => {
    render(<DataTools />);
    expect((await screen.findByTestId('kept-aside')).textContent).toBe(
      'Every value Sidecoach keeps could be read: nothing had to be set aside.',
    );
  });
});
