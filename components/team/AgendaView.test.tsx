// @vitest-environment happy-dom
// A 1:1 agenda is about one person: what is saved for them shows on their agenda only, an item
// for whoever fits shows on every agenda until one 1:1 discusses it, and the check-in fits them
// (their workload, or the crisis).
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { library } from '@/content';
import { checkInPrompts } from '@/lib/agenda-builder';
import { agenda } from '@/state/agenda';
import { team } from '@/state/team';
import type { Member } from '@/lib/model/member';
import { defaultReminderSettings, REMINDER_SETTINGS_KEY } from '@/state/reminder-settings';
import { AskAtOneOnOne } from './AskAtOneOnOne';
import { seedItem, seedPerson, startStores, freshStorageEachTest } from './stores.test-helper';
import { TeamView } from './TeamView';

const reach = library.metrics.find((metric) => metric.id === 'reach')!;
const audience = library.questions.find((question) => question.id === 'audience-who')!;

const user = () => userEvent.setup();
type User = ReturnType<typeof user>;

/** Opens a person's agenda from the roster and gives back what it lists. */
async function openAgenda(clicker: User, name: string): Promise<HTMLElement> {
  await clicker.click(await screen.findByRole('button', { name: `1:1 agenda with ${name}` }));
  const view = await screen.findByTestId('agenda');
  expect(document.activeElement).toBe(within(view).getByRole('heading', { level: 1 }));
  return view;
}

const texts = (view: HTMLElement) =>
  within(view)
    .queryAllByTestId('agenda-line')
    .filter((line) => line.dataset.kind === 'question')
    .map((line) => line.querySelector('.agenda-text')!.textContent);

freshStorageEachTest();

describe('1:1s with a person', () => {
  it('puts a question picked for one person on their agenda only', async () => {
    await seedPerson('Dewi');
    await seedPerson('Budi');
    await startStores();
    const clicker = user();
    render(
      <>
        <AskAtOneOnOne kind="metric" refId="reach" subject="Reach" source={{ platform: null, url: null }} />
        <TeamView />
      </>,
    );
    await clicker.click(screen.getByRole('button', { name: 'Ask at a 1:1 about Reach' }));
    await clicker.click(screen.getByRole('option', { name: 'Dewi' }));
    await clicker.keyboard('{Escape}');

    expect(texts(await openAgenda(clicker, 'Dewi'))).toEqual([reach.question.en]);
    await clicker.click(screen.getByRole('button', { name: '← Back to the team' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: '1:1 agenda with Dewi' })),
    );
    expect(texts(await openAgenda(clicker, 'Budi'))).toEqual([]);
  });

  it('shows a whoever-fits item on every agenda until one 1:1 discusses it, then only there', async () => {
    await seedPerson('Dewi');
    await seedPerson('Budi');
    const item = await seedItem({ kind: 'question', ref: audience.id, memberId: null });
    await startStores();
    const clicker = user();
    render(<TeamView />);

    expect(texts(await openAgenda(clicker, 'Budi'))).toEqual([audience.text.en]);
    await clicker.click(screen.getByRole('button', { name: '← Back to the team' }));
    const dewis = await openAgenda(clicker, 'Dewi');
    expect(texts(dewis)).toEqual([audience.text.en]);
    expect(within(dewis).getByText(/Saved for whoever fits/)).toBeDefined();

    await clicker.click(within(dewis).getByRole('button', { name: `Mark discussed: ${audience.text.en}` }));
    await waitFor(() => expect(texts(dewis)).toEqual([]));
    const reopen = within(dewis).getByRole('button', { name: `Put back on the agenda: ${audience.text.en}` });
    await waitFor(() => expect(document.activeElement).toBe(reopen));
    const stored = (await fakeBrowser.storage.local.get(agenda.key(item.id)))[agenda.key(item.id)];
    expect(stored).toMatchObject({ status: 'discussed', memberId: expect.any(String) });

    await clicker.click(screen.getByRole('button', { name: '← Back to the team' }));
    expect(texts(await openAgenda(clicker, 'Budi'))).toEqual([]);
  });
});

describe('the check-in prompt', () => {
  const promptIds = (situation: 'crisis' | 'workload' | 'routine') =>
    checkInPrompts(situation, library.wellbeing).map((prompt) => `wellbeing:${prompt.id}`);
  const checkIn = (view: HTMLElement) =>
    within(view)
      .getAllByTestId('agenda-line')
      .find((line) => line.dataset.kind === 'wellbeing')!;

  it('is about the workload for someone the map shows overloaded', async () => {
    await seedPerson('Dewi', {
      hats: [
        { hat: 'community-manager', hoursPerWeek: 30 },
        { hat: 'analyst', hoursPerWeek: 20 },
      ],
    });
    await startStores();
    render(<TeamView />);
    const view = await openAgenda(user(), 'Dewi');
    expect(promptIds('workload')).toContain(checkIn(view).dataset.line);
    expect(view.textContent).toContain('The workload map shows Dewi overloaded');
  });

  it('is a routine one otherwise, never one meant for distress', async () => {
    await seedPerson('Budi', { hats: [{ hat: 'writer', hoursPerWeek: 10 }] });
    await startStores();
    render(<TeamView />);
    const view = await openAgenda(user(), 'Budi');
    expect(promptIds('routine')).toContain(checkIn(view).dataset.line);
  });

  it('is about the crisis while crisis mode is on', async () => {
    const settings = { ...defaultReminderSettings(), crisis: { until: Date.now() + 86_400_000 } };
    await fakeBrowser.storage.local.set({ [REMINDER_SETTINGS_KEY]: settings });
    await seedPerson('Dewi', { hats: [{ hat: 'analyst', hoursPerWeek: 60 }] });
    await startStores();
    render(<TeamView />);
    const view = await openAgenda(user(), 'Dewi');
    await waitFor(() => expect(promptIds('crisis')).toContain(checkIn(view).dataset.line));
    expect(view.textContent).toContain('Crisis mode is on');
  });
});

describe('marking a check-in done', () => {
  const storedCheckIn = async (id: string) =>
    ((await fakeBrowser.storage.local.get(team.key(id)))[team.key(id)] as Member).lastCheckInAt;

  it('records it, and takes a mistaken one back to the check-in before', async () => {
    const earlier = Date.UTC(2026, 10, 12, 9);
    const dewi = await seedPerson('Dewi');
    await fakeBrowser.storage.local.set({ [team.key(dewi.id)]: { ...dewi, lastCheckInAt: earlier } });
    await startStores();
    const clicker = user();
    render(<TeamView />);
    const view = await openAgenda(clicker, 'Dewi');
    await clicker.click(within(view).getByRole('button', { name: 'Mark check-in done' }));
    await waitFor(async () => expect(await storedCheckIn(dewi.id)).toBeGreaterThan(earlier));
    const status = within(view).getByTestId('agenda-status');
    expect(status.textContent).toMatch(/^Check-in recorded\. The next one is due around/);

    await clicker.click(within(status).getByRole('button', { name: 'Undo the check-in' }));
    await waitFor(async () => expect(await storedCheckIn(dewi.id)).toBe(earlier));
    expect(status.textContent).toBe('Check-in taken back.');
    expect(view.textContent).toContain('Last check-in: 12 Nov 2026');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(view).getByRole('button', { name: 'Mark check-in done' })),
    );
  });
});
