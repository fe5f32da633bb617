// @vitest-environment happy-dom
// The popup's waiting reminder: shown as the background worded it, answered through the
// background with the reminder's id, and what happened said in words; nothing when none waits.
import { screen, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { shownNudgeItem, type ShownNudge } from '@/state/shown-nudge';
import { todayNudge } from './today-nudge';
import { wordsIn } from '@/lib/i18n';

const checkIn: ShownNudge = {
  id: 'check-in:dewi',
  language: 'en',
  title: 'Time to check in with Dewi',
  lines: ['Last check-in: 10 days ago.'],
  steps: ['Ask how the week went.'],
};

const stops: (() => void)[] = [];
function render(onAnswered: () => void) {
  document.body.append(todayNudge(wordsIn('en'), stops, onAnswered));
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  document.body.replaceChildren();
});

async function showWith(reply: unknown) {
  await shownNudgeItem.write(() => checkIn);
  const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(reply);
  const onAnswered = vi.fn();
  render(onAnswered);
  await screen.findByText('Time to check in with Dewi');
  return { send, onAnswered, user: userEvent.setup() };
}

describe('the reminder in the popup', () => {
  it('shows nothing when no reminder waits', async () => {
    render(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByTestId('today-nudge')).toBeNull();
  });

  it('shows the reminder as worded, and answers it through the background by its id', async () => {
    const { send, onAnswered, user } = await showWith({ ok: true });
    const card = screen.getByTestId('today-nudge');
    expect(card.textContent).toContain('Last check-in: 10 days ago.');
    expect(card.textContent).toContain('Ask how the week went.');
    expect(card.getAttribute('lang')).toBe('en');

    await user.click(screen.getByRole('button', { name: 'Done: Time to check in with Dewi' }));
    expect(send).toHaveBeenCalledWith({ type: 'sidecoach/answer-nudge', id: 'check-in:dewi', answer: 'done' });
    expect(onAnswered).toHaveBeenCalledOnce();
    expect(screen.getByRole('status').textContent).toBe('Saved.');
    // The background forgets it once answered: the card goes with it.
    await shownNudgeItem.clear();
    await waitFor(() => expect(screen.queryByTestId('today-nudge')).toBeNull());
  });

  it('says so when the reminder was answered elsewhere first', async () => {
    const { onAnswered, user } = await showWith({ ok: false, reason: 'gone' });
    await user.click(screen.getByRole('button', { name: 'Snooze 1 hour: Time to check in with Dewi' }));
    expect(screen.getByRole('status').textContent).toBe('That reminder was already answered elsewhere.');
    expect(onAnswered).toHaveBeenCalledOnce();
  });

  it('says what to do when the background does not answer, and keeps the reminder', async () => {
    const { onAnswered, user } = await showWith(undefined);
    await user.click(screen.getByRole('button', { name: 'Dismiss: Time to check in with Dewi' }));
    expect(screen.getByRole('status').textContent).toBe(
      'That was not saved: Sidecoach did not answer; try again, or answer on the options page.',
    );
    expect(onAnswered).not.toHaveBeenCalled();
    expect(screen.getByTestId('today-nudge')).toBeTruthy();
  });
});
