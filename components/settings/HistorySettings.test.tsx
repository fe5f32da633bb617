// @vitest-environment happy-dom
// The history in Settings: the switch, the counts against the cap, and "forget" asked twice,
// per platform and for everything, that leaves what it was not asked to forget.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Reading } from '@/lib/model/reading';
import { testReading } from '@/lib/model/reading.test-helper';
import { countReadings, recordReadings } from '@/state/readings';
import { readSettings } from '@/state/settings';
import { HistorySettings } from './HistorySettings';

const day0 = Date.UTC(2026, 10, 1, 3, 0);
const DAY = 86_400_000;

function reading(platform: string, metric: string, days: number): Reading {
  return testReading({
    platform,
    account: null,
    metric,
    rangeText: null,
    text: '4.79%',
    value: { value: 4.79, kind: 'percent' },
    at: day0 + days * DAY,
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  // Three days of LinkedIn impressions and one Instagram reach.
  for (const days of [0, 1, 2]) await recordReadings([reading('linkedin', 'impressions', days)], day0 + days * DAY);
  await recordReadings([reading('instagram', 'reach', 0)], day0);
});

describe('HistorySettings', () => {
  it('counts the readings in all and per platform, against the cap', async () => {
    render(<HistorySettings />);
    expect((await screen.findByTestId('history-count')).textContent).toBe('Readings kept: 4 of at most 20,000.');
    const linkedin = screen.getByText(/^LinkedIn: 3$/).closest('li');
    expect(linkedin).not.toBeNull();
    expect(screen.getByText(/^Instagram: 1$/)).toBeDefined();
  });

  it('forgets one platform only after the leader confirms, and keeps the others', async () => {
    const user = userEvent.setup();
    render(<HistorySettings />);
    await screen.findByTestId('history-count');

    await user.click(screen.getByRole('button', { name: 'Forget: LinkedIn' }));
    const ask = screen.getByRole('group', {
      name: 'Forget the readings from LinkedIn (3 in all)? This cannot be undone.',
    });
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Yes, forget them' }));
    await user.click(within(ask).getByRole('button', { name: 'Keep them' }));
    expect((await countReadings()).total).toBe(4);

    await user.click(screen.getByRole('button', { name: 'Forget: LinkedIn' }));
    await user.click(screen.getByRole('button', { name: 'Yes, forget them' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Readings forgotten: 3.'));
    expect(await countReadings()).toEqual({ total: 1, byPlatform: { instagram: 1 } });
    await waitFor(() =>
      expect(screen.getByTestId('history-count').textContent).toBe('Readings kept: 1 of at most 20,000.'),
    );
    expect(screen.queryByText(/^LinkedIn:/)).toBeNull();
  });

  it('forgets everything when asked, and says the history is empty', async () => {
    const user = userEvent.setup();
    render(<HistorySettings />);
    await screen.findByTestId('history-count');
    await user.click(screen.getByRole('button', { name: 'Forget all readings' }));
    await user.click(screen.getByRole('button', { name: 'Yes, forget them' }));
    await waitFor(() => expect(screen.getByTestId('history-count').textContent).toBe('No readings kept yet.'));
    expect((await countReadings()).total).toBe(0);
  });

  it('turns the history off, and on again', async () => {
    const user = userEvent.setup();
    render(<HistorySettings />);
    const toggle = await screen.findByRole('checkbox', {
      name: 'Keep a private history of the values dashboards show',
    });
    await waitFor(() => expect((toggle as HTMLInputElement).disabled).toBe(false));
    expect((toggle as HTMLInputElement).checked).toBe(true);
    await user.click(toggle);
    await waitFor(async () => expect((await readSettings()).value.history).toBe(false));
    await user.click(toggle);
    await waitFor(async () => expect((await readSettings()).value.history).toBe(true));
  });
});
