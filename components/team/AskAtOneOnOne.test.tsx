// @vitest-environment happy-dom
// "Ask at a 1:1" as the leader uses it: pick who a question is for, with the mouse or the keyboard,
// for one person, several, or whoever fits; with nobody on the team yet, whoever fits and a way to
// add the first person.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AgendaItem } from '@/lib/model/agenda-item';
import type { Member } from '@/lib/model/member';
import { AskAtOneOnOne } from './AskAtOneOnOne';
import { seedPerson, startStores, storedRecords, freshStorageEachTest } from './stores.test-helper';

const source = { platform: 'linkedin', url: 'https://www.linkedin.com/company/1/admin/analytics/updates/' };

async function addPeople(...names: string[]) {
  for (const name of names) await seedPerson(name);
}

const storedItems = () => storedRecords<AgendaItem>('agenda:');
const memberIdOf = async (name: string) =>
  (await storedRecords<Member>('member:')).find((member) => member.name === name)!;

function renderPicker(onAddPerson?: () => void) {
  render(<AskAtOneOnOne kind="metric" refId="reach" subject="Reach" source={source} onAddPerson={onAddPerson} />);
}

freshStorageEachTest();

describe('AskAtOneOnOne', () => {
  it('names what it saves, and saves it for the person picked with the mouse', async () => {
    await addPeople('Dewi', 'Budi');
    await startStores();
    const user = userEvent.setup();
    renderPicker();

    const button = screen.getByRole('button', { name: 'Ask at a 1:1 about Reach' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    const list = screen.getByRole('listbox', { name: 'Save for a 1:1 with' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Budi', 'Dewi', 'Whoever fitson every agenda until one 1:1 discusses it']);
    await user.click(within(list).getByRole('option', { name: /Dewi/ }));

    await waitFor(async () =>
      expect((await storedItems()).map((item) => item.memberId)).toEqual([(await memberIdOf('Dewi')).id]),
    );
    const [item] = await storedItems();
    expect(item).toMatchObject({ kind: 'metric', ref: 'reach', status: 'open', source });
    expect(within(list).getByRole('option', { name: /Dewi/ }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Saved for Dewi.');
    expect(button.textContent).toBe('Saved for Dewi ✓');
    expect(button.getAttribute('aria-label')).toBe('Saved for Dewi: ask at a 1:1 about Reach');
  });

  it('works with the keyboard: arrows, Enter for several people, Escape back to the button', async () => {
    await addPeople('Dewi', 'Budi');
    await startStores();
    const user = userEvent.setup();
    renderPicker();

    await user.tab();
    await user.keyboard('{Enter}');
    const list = screen.getByRole('listbox');
    expect(document.activeElement).toBe(list);
    await user.keyboard('{Enter}'); // Budi, the first row
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}'); // whoever fits
    await waitFor(async () => expect(await storedItems()).toHaveLength(2));
    const who = (await storedItems()).map((item) => item.memberId).sort();
    expect(who).toEqual([(await memberIdOf('Budi')).id, null].sort());
    expect(list.getAttribute('aria-activedescendant')).toBe(within(list).getAllByRole('option')[2].id);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    const button = screen.getByRole('button', { name: /^Saved for .*: ask at a 1:1 about Reach$/ });
    expect(document.activeElement).toBe(button);
    expect(button.textContent).toBe('Saved for Budi and whoever fits ✓');
  });

  it('unsaves for a person chosen again', async () => {
    await addPeople('Dewi');
    await startStores();
    const user = userEvent.setup();
    renderPicker();
    await user.click(screen.getByRole('button', { name: 'Ask at a 1:1 about Reach' }));
    const dewi = screen.getByRole('option', { name: /Dewi/ });
    await user.click(dewi);
    await waitFor(async () => expect(await storedItems()).toHaveLength(1));
    await user.click(dewi);
    await waitFor(async () => expect(await storedItems()).toHaveLength(0));
    expect(dewi.getAttribute('aria-selected')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe('No longer saved for Dewi.');
  });

  it('with nobody on the team offers whoever fits, and a way to add the first person', async () => {
    await startStores();
    const onAddPerson = vi.fn();
    const user = userEvent.setup();
    renderPicker(onAddPerson);
    await user.click(screen.getByRole('button', { name: 'Ask at a 1:1 about Reach' }));
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Whoever fitson every agenda until one 1:1 discusses it',
    ]);
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await storedItems()).map((item) => item.memberId)).toEqual([null]));

    await user.tab();
    expect(screen.getByRole('listbox')).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(document.activeElement?.textContent).toBe('Add your first person');
    expect(onAddPerson).toHaveBeenCalledTimes(1);
  });
});
