// @vitest-environment happy-dom
// The Team view as a leader uses it: add a person with just a name and a platform, never lose a
// filled form to Escape, remove someone and bring them back, and keep track of what is saved for
// 1:1s, even before anyone is on the team. Focus always lands where the leader was.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AgendaItem } from '@/lib/model/agenda-item';
import { DEFAULT_CHECK_IN_EVERY_DAYS, type Member } from '@/lib/model/member';
import { seedItem, seedPerson, startStores, storedRecords, freshStorageEachTest } from './stores.test-helper';
import { TeamView } from './TeamView';

const seedMetric = (fields: Partial<AgendaItem> = {}) => seedItem({ kind: 'metric', ref: 'reach', ...fields });
const stored = storedRecords;

freshStorageEachTest();

describe('adding a person', () => {
  it('takes just a name and a platform; the rest is folded away and empty', async () => {
    await startStores();
    const user = userEvent.setup();
    render(<TeamView />);
    await user.click(screen.getByRole('button', { name: 'Add your first person' }));

    const form = screen.getByRole('form', { name: 'Add a person to your team' });
    expect(document.activeElement).toBe(within(form).getByLabelText('Name'));
    const more = form.querySelector('details')!;
    expect(more.open).toBe(false);
    for (const hours of form.querySelectorAll<HTMLInputElement>('input[data-hat]')) {
      expect([hours.value, hours.placeholder]).toEqual(['', '']);
    }
    expect(within(form).getByTestId('member-cadence')).toHaveProperty('value', '');

    await user.type(within(form).getByLabelText('Name'), 'Dewi');
    await user.click(within(form).getByRole('checkbox', { name: 'Instagram' }));
    await user.click(within(form).getByRole('button', { name: 'Add to team' }));

    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    const [dewi] = await stored<Member>('member:');
    expect(dewi).toMatchObject({
      name: 'Dewi',
      role: '',
      platforms: ['instagram'],
      hats: [],
      checkInEveryDays: DEFAULT_CHECK_IN_EVERY_DAYS,
    });
    expect(within(screen.getByTestId('roster')).getByTestId('member').textContent).toContain('Instagram');
    expect(screen.getByTestId('team-status').textContent).toBe('Dewi was added to the team.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a person' })));
  });

  it('asks before Escape throws away a changed form, and keeps the words when told to', async () => {
    await startStores();
    const user = userEvent.setup();
    render(<TeamView />);
    await user.click(screen.getByRole('button', { name: 'Add your first person' }));
    const name = screen.getByLabelText('Name');
    await user.type(name, 'Rizky');

    await user.keyboard('{Escape}');
    const ask = screen.getByRole('alertdialog', { name: 'Discard your changes to this form?' });
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Keep editing' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(name);
    expect(name).toHaveProperty('value', 'Rizky');

    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(await stored('member:')).toEqual([]);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add your first person' })),
    );
  });

  it('closes an unchanged form on Escape without asking', async () => {
    await startStores();
    const user = userEvent.setup();
    render(<TeamView />);
    await user.click(screen.getByRole('button', { name: 'Add your first person' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('says when a form opened from another view closes, saved or not, so the address can follow', async () => {
    await startStores();
    const user = userEvent.setup();
    const closed = vi.fn();
    render(<TeamView startAdding onFormClosed={closed} />);
    expect(screen.getByRole('form')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(closed).toHaveBeenCalledTimes(1);
  });
});

describe('the roster', () => {
  it('names the person on every button, removes with undo, and keeps focus where the leader is', async () => {
    await seedPerson('Dewi', { platforms: ['instagram'] });
    await seedPerson('Budi', { platforms: ['instagram'] });
    await startStores();
    const user = userEvent.setup();
    render(<TeamView />);

    await user.click(screen.getByRole('button', { name: 'Edit Dewi' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Dewi' })));

    await user.click(screen.getByRole('button', { name: 'Remove Dewi from the team' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Edit Dewi' })).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'People (1)' }));
    expect(screen.getByTestId('team-status').textContent).toContain('Dewi was removed from the team.');

    await user.click(screen.getByRole('button', { name: 'Undo removing Dewi' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Dewi' })));
    expect(screen.getByTestId('team-status').textContent).toBe('Dewi is back on the team.');
  });
});

describe('Saved for 1:1s', () => {
  it('shows what is saved even with nobody on the team, with a way to add the first person', async () => {
    await seedMetric();
    await startStores();
    const user = userEvent.setup();
    render(<TeamView />);
    const tray = await screen.findByTestId('saved-tray');
    expect(within(tray).getByRole('heading', { name: 'Saved for 1:1s (1)' })).toBeDefined();
    const group = within(tray).getByRole('region', { name: 'Whoever fits' });
    expect(group.textContent).toContain('reach');

    await user.click(within(tray).getByRole('button', { name: 'Add your first person' }));
    expect(screen.getByRole('form', { name: 'Add a person to your team' })).toBeDefined();
  });

  it('unsaves with undo, and moves an item to a person', async () => {
    const item = await seedMetric();
    await seedPerson('Dewi', { platforms: ['instagram'] });
    await startStores();
    const user = userEvent.setup();
    render(<TeamView />);
    const tray = await screen.findByTestId('saved-tray');
    const unsave = within(tray).getByRole('button', { name: /^Unsave: / });

    await user.click(unsave);
    await waitFor(() => expect(within(tray).queryByRole('button', { name: /^Unsave: / })).toBeNull());
    expect(document.activeElement).toBe(within(tray).getByRole('heading', { name: 'Saved for 1:1s (0)' }));
    await user.click(within(tray).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(document.activeElement).toBe(within(tray).getByRole('button', { name: /^Unsave: / })));

    await user.selectOptions(within(tray).getByRole('combobox', { name: /^Who to ask: / }), 'Dewi');
    await waitFor(async () => expect((await stored<AgendaItem>('agenda:'))[0]?.memberId).not.toBeNull());
    const [moved] = await stored<AgendaItem>('agenda:');
    expect(moved).toMatchObject({ id: item.id, memberId: expect.any(String), status: 'open' });
    expect(within(tray).getByRole('region', { name: 'Dewi' }).textContent).toContain('reach');
    expect(within(tray).queryByRole('region', { name: 'Whoever fits' })).toBeNull();
  });
});
