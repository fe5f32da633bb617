// @vitest-environment happy-dom
// The toolbar popup leads with "Open coach" and the next checklist step, ticked right there; the
// whole checklist is one click away, in the side panel's Checklist view.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { popupLibrary } from '@/content/popup-library';
import { App } from './App';

const openCoach = vi.hoisted(() => vi.fn(() => Promise.resolve()));
vi.mock('@/runtime/open-coach', () => ({ openCoach, openCoachShortcut: () => Promise.resolve('Alt+Shift+S') }));

const firstWeek = popupLibrary.checklists.filter((item) => item.phase === 'first-week');

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
    render(<App />);
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
    render(<App />);
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
    render(<App />);
    const whole = screen.getByRole('button', { name: 'See the whole checklist in the side panel' });
    await waitFor(() => expect(whole).toHaveProperty('disabled', false));
    await user.click(whole);
    await waitFor(() => expect(openCoach).toHaveBeenCalledTimes(1));
    const request = (await fakeBrowser.storage.session.get('panel-request'))['panel-request'];
    expect(request).toMatchObject({ view: 'checklist' });
  });
});
