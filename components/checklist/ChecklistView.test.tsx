// @vitest-environment happy-dom
// The checklist with damaged progress in storage: every readable tick still shows, the view says
// part could not be read, and the next tick keeps the rest (the damaged value is set aside).
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ChecklistItem } from '@/content';
import { ChecklistView } from './ChecklistView';

const items: ChecklistItem[] = [
  { id: 'meet-each-person', phase: 'first-week', text: { en: 'Meet each person', id: 'Temui setiap orang' } },
  { id: 'list-platforms', phase: 'first-week', text: { en: 'List the platforms', id: 'Daftar platform' } },
  { id: 'ask-definitions', phase: 'first-week', text: { en: 'Ask for definitions', id: 'Tanyakan definisi' } },
];

beforeEach(() => {
  fakeBrowser.reset();
});

describe('ChecklistView', () => {
  it('shows every readable tick, says part could not be read, and keeps the ticks on the next one', async () => {
    await fakeBrowser.storage.local.set({
      'checklist-ticks': {
        'meet-each-person': { done: true, at: 5 },
        'list-platforms': { done: 'maybe', at: 6 },
      },
    });
    const user = userEvent.setup();
    render(<ChecklistView items={items} platforms={[]} />);

    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: 'Meet each person' })).toHaveProperty('checked', true),
    );
    expect(screen.getByTestId('checklist-unreadable').textContent).toMatch(/could not be read/);

    await user.click(screen.getByRole('checkbox', { name: 'Ask for definitions' }));

    await waitFor(async () => {
      const stored = await fakeBrowser.storage.local.get(null);
      expect(stored['checklist-ticks']).toMatchObject({
        'meet-each-person': { done: true },
        'ask-definitions': { done: true },
      });
      expect(Object.keys(stored).some((key) => key.startsWith('kept:checklist-ticks:'))).toBe(true);
    });
    expect(screen.getByRole('checkbox', { name: 'Meet each person' })).toHaveProperty('checked', true);
  });
});
