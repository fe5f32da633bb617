// @vitest-environment happy-dom
// The checklist in the side panel: every stage reachable with its full label and progress, the
// next step marked in the list and never repeated above it, ticks saved at once; and with damaged
// progress in storage every readable tick still shows and the next tick keeps the rest (the
// damaged value is set aside).
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ChecklistItem } from '@/content';
import { ChecklistView } from './ChecklistView';

const items: ChecklistItem[] = [
  { id: 'meet-each-person', phase: 'first-week', text: { en: 'Meet each person', id: 'Temui setiap orang' } },
  { id: 'list-platforms', phase: 'first-week', text: { en: 'List the platforms', id: 'Daftar platform' } },
  { id: 'ask-definitions', phase: 'first-week', text: { en: 'Ask for definitions', id: 'Tanyakan definisi' } },
  { id: 'set-goals', phase: 'first-60-days', text: { en: 'Set goals together', id: 'Tetapkan tujuan bersama' } },
  { id: 'retro-rhythm', phase: 'first-90-days', text: { en: 'Hold a regular retro', id: 'Adakan retro rutin' } },
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

  it('shows every stage with its whole label and progress, as tabs that wrap rather than scroll', async () => {
    const user = userEvent.setup();
    render(<ChecklistView items={items} platforms={[]} />);
    await waitFor(() => expect(screen.getByRole('tab', { name: 'First week · 0/3' })).toBeDefined());
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'First week · 0/3',
      'First 30 days · 0/0',
      'First 60 days · 0/1',
      'First 90 days · 0/1',
    ]);
    // Wrapped onto rows by checklist.css, never a scrolling strip that hides the last stage.
    expect(screen.getByRole('tablist').closest('.stage-tabs')).not.toBeNull();
    await user.click(screen.getByRole('tab', { name: 'First 90 days · 0/1' }));
    const panel = screen.getByRole('tabpanel');
    expect(
      within(panel)
        .getAllByRole('checkbox')
        .map((box) => box.closest('li')!.dataset.item),
    ).toEqual(['retro-rhythm']);
    // Every item is in a list, inside the tab panel: no list item outside a list.
    expect(within(panel).getByRole('list')).toBeDefined();
  });

  it('marks the next step in the list instead of repeating it above, and moves the mark on a tick', async () => {
    const user = userEvent.setup();
    render(<ChecklistView items={items} platforms={[]} />);
    const first = await screen.findByRole('checkbox', { name: 'Meet each person' });
    expect(screen.queryByTestId('nudge')).toBeNull();
    expect(screen.getAllByText('Meet each person')).toHaveLength(1);
    const current = () => document.querySelector('[aria-current="step"]')?.getAttribute('data-item');
    expect(current()).toBe('meet-each-person');

    await user.click(first);
    await waitFor(() => expect(current()).toBe('list-platforms'));
    expect(first).toHaveProperty('checked', true);
    expect(within(first.closest('li')!).getByText(/^You ticked this on /)).toBeDefined();
  });
});
