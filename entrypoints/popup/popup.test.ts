// @vitest-environment happy-dom
// The toolbar popup leads with "Open coach" and the next checklist step, ticked right there; the
// whole checklist is one click away, in the side panel's Checklist view.
import { screen, waitFor, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { popupLibrary } from '@/content/popup-library';
import { updateSettings } from '@/state/settings';
import { drawPopup } from './popup';
import { wordsIn } from '@/lib/i18n';

const openCoach = vi.hoisted(() => vi.fn(() => Promise.resolve()));
vi.mock('@/runtime/open-coach', () => ({ openCoach, openCoachShortcut: () => Promise.resolve('Alt+Shift+S') }));

const firstWeek = popupLibrary.checklists.filter((item) => item.phase === 'first-week');

let stop = () => undefined as void;
function render() {
  const root = document.createElement('div');
  document.body.append(root);
  stop = drawPopup(root, wordsIn('en'));
}
afterEach(() => {
  stop();
  document.body.replaceChildren();
});

/** Every step ticked but the last of the last stage. */
async function allButLast() {
  const ticks = Object.fromEntries(
    popupLibrary.checklists.slice(0, -1).map((item) => [item.id, { done: true, at: 1 }]),
  );
  await fakeBrowser.storage.local.set({ 'checklist-ticks': ticks });
  return popupLibrary.checklists.at(-1)!;
}

beforeEach(async () => {
  fakeBrowser.reset();
  openCoach.mockClear();
  vi.spyOn(window, 'close').mockImplementation(() => undefined);
  const tab = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/feed/', active: true });
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
});

describe('the popup', () => {
  it('leads with Open coach, then the next step with its stage and progress, and ticks it there', async () => {
    const user = userEvent.setup();
    render();
    const open = screen.getByRole('button', { name: 'Open coach' });
    await waitFor(() => expect(document.activeElement).toBe(open));

    const step = await screen.findByTestId('next-step');
    expect(screen.getByRole('heading', { name: 'Next step · First week' })).toBeDefined();
    expect(step.textContent).toContain(`First week: 0 of ${firstWeek.length} done`);
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    const first = screen.getByRole('checkbox', { name: firstWeek[0].text.en });

    await user.click(first);
    const second = await screen.findByRole('checkbox', { name: firstWeek[1].text.en });
    await waitFor(() => expect(document.activeElement).toBe(second));
    expect(step.textContent).toContain(`First week: 1 of ${firstWeek.length} done`);
    const ticks = (await fakeBrowser.storage.local.get('checklist-ticks'))['checklist-ticks'];
    expect(ticks).toMatchObject({ [firstWeek[0].id]: { done: true } });
  });

  it('names the step just ticked and takes the tick back on Undo', async () => {
    const user = userEvent.setup();
    render();
    await user.click(await screen.findByRole('checkbox', { name: firstWeek[0].text.en }));
    const done = await screen.findByTestId('just-done');
    expect(done.textContent).toBe(`Done: ${firstWeek[0].text.en} Undo`);

    await user.click(within(done).getByRole('button', { name: 'Undo' }));
    const first = await screen.findByRole('checkbox', { name: firstWeek[0].text.en });
    await waitFor(() => expect(document.activeElement).toBe(first));
    expect(screen.queryByTestId('just-done')).toBeNull();
    expect(screen.getByTestId('next-step').textContent).toContain(`First week: 0 of ${firstWeek.length} done`);
    const ticks = (await fakeBrowser.storage.local.get('checklist-ticks'))['checklist-ticks'];
    expect(ticks).toMatchObject({ [firstWeek[0].id]: { done: false } });
  });

  it('opens the side panel at the whole checklist', async () => {
    const user = userEvent.setup();
    render();
    const whole = screen.getByRole('button', { name: 'See the whole checklist in the side panel' });
    await waitFor(() => expect(whole).toHaveProperty('disabled', false));
    await user.click(whole);
    await waitFor(() => expect(openCoach).toHaveBeenCalledTimes(1));
    const request = (await fakeBrowser.storage.session.get('panel-request'))['panel-request'];
    expect(request).toMatchObject({ view: 'checklist' });
  });

  it('keeps the keyboard on the Undo when the last step is ticked, and brings the step back with it', async () => {
    const user = userEvent.setup();
    const last = await allButLast();
    render();
    await user.click(await screen.findByRole('checkbox', { name: last.text.en }));
    expect(await screen.findByRole('heading', { name: 'Every step of the checklist is done' })).toBeDefined();
    expect(screen.queryByRole('checkbox')).toBeNull();
    const undo = within(screen.getByTestId('just-done')).getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));

    await user.keyboard('{Enter}');
    const again = await screen.findByRole('checkbox', { name: last.text.en });
    await waitFor(() => expect(document.activeElement).toBe(again));
  });

  it('says a tick was not saved, and brings back the step it shows again with the focus on it', async () => {
    const user = userEvent.setup();
    render();
    const first = await screen.findByRole('checkbox', { name: firstWeek[0].text.en });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await user.click(first);

    const again = await screen.findByRole('checkbox', { name: firstWeek[0].text.en });
    await waitFor(() => expect(document.activeElement).toBe(again));
    expect(within(screen.getByTestId('next-step')).getByRole('status').textContent).toMatch(
      /^Could not save your tick: /,
    );
    expect(screen.queryByTestId('just-done')).toBeNull();
    expect((await fakeBrowser.storage.local.get('checklist-ticks'))['checklist-ticks']).toBeUndefined();
  });

  it('keeps the focused step in place when the checklist changes in another view', async () => {
    render();
    const first = await screen.findByRole('checkbox', { name: firstWeek[0].text.en });
    first.focus();
    // Another view records activity: the popup draws its progress again, not its checkbox.
    await fakeBrowser.storage.local.set({
      activity: { visits: [], savedQuestions: 1, metricNotes: 0, teamMembers: 0 },
    });
    await new Promise((done) => setTimeout(done, 20));
    expect(screen.getByRole('checkbox', { name: firstWeek[0].text.en })).toBe(first);
    expect(document.activeElement).toBe(first);
  });
});

describe('the popup on damaged storage', () => {
  it('keeps the ticks it can read, says the rest is kept aside, and sets it aside at the next tick', async () => {
    const user = userEvent.setup();
    const damaged = { [firstWeek[0].id]: { done: true, at: 1 }, [firstWeek[1].id]: 'ticked?' };
    await fakeBrowser.storage.local.set({ 'checklist-ticks': damaged });
    render();
    const step = await screen.findByTestId('next-step');
    expect(step.textContent).toContain(`First week: 1 of ${firstWeek.length} done`);
    expect(within(step).getByText(/keeps the rest aside/)).toBeDefined();

    await user.click(screen.getByRole('checkbox', { name: firstWeek[1].text.en }));
    await waitFor(async () => {
      const stored = await fakeBrowser.storage.local.get(null);
      const kept = Object.entries(stored).filter(([key]) => key.startsWith('kept:checklist-ticks:'));
      expect(kept.map(([, value]) => (value as { value: unknown }).value)).toEqual([damaged]);
      expect(stored['checklist-ticks']).toMatchObject({ [firstWeek[1].id]: { done: true } });
    });
  });
});

describe('the popup as it starts', () => {
  it('draws itself again in the language chosen in Settings while it is open', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    await import('./main');
    const open = await screen.findByRole('button', { name: 'Open coach' });
    await waitFor(() => expect(document.activeElement).toBe(open));
    expect(await updateSettings({ language: 'id' })).toMatchObject({ ok: true });
    expect(await screen.findByRole('button', { name: 'Buka coach' })).toBeDefined();
    expect(document.documentElement.lang).toBe('id');
    expect(screen.getAllByTestId('next-step')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Open coach' })).toBeNull();
  });
});
