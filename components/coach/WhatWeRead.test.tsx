// @vitest-environment happy-dom
// "What Sidecoach reads on this page" says all it read, and how long it keeps it: the values
// outlive the tab when the private history is on, and only then.
import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateSettings } from '@/state/settings';
import { WhatWeRead } from './WhatWeRead';
import { context } from './context.test-helper';

// The page's two values as the Coach's tests have them, and a third kept as text.
const { values } = context();
const read = context({
  values: [
    values[0]!,
    values[1]!,
    {
      metric: 'followers',
      label: 'Followers',
      where: 'tile',
      text: 'about 300',
      value: null,
      changeText: null,
      change: null,
    },
  ],
});

beforeEach(() => fakeBrowser.reset());

describe('what Sidecoach reads on this page', () => {
  it('lists the labels, each value as shown and the period, and says nothing else is read', () => {
    render(<WhatWeRead context={read} />);
    const labels = screen.getByTestId('read-labels');
    expect([...labels.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Impressions',
      'Engagement rate',
      'Followers',
    ]);
    const shown = [...screen.getByTestId('read-values').querySelectorAll(':scope > li')].map(
      (item) => item.textContent,
    );
    expect(shown).toEqual([
      'Impressions: 48,216 (▲ 12.4%)',
      'Engagement rate: 7.82% (▼ 1.4%)',
      'Followers: about 300 · kept as text, not read as a number',
    ]);
    expect(screen.getByText('The period the page shows: Last 30 days')).toBeTruthy();
    // "Nothing else" comes after the whole list, not after the labels as if only they were read.
    expect(labels.parentElement!.firstChild!.textContent).toBe('These metric labels:');
    expect(screen.getByText(/^Nothing else the page says is read: never what you type/)).toBeTruthy();
  });

  it('says the values are kept as history while the history is on', async () => {
    render(<WhatWeRead context={read} />);
    await waitFor(() =>
      expect(screen.getByTestId('what-we-read').textContent).toContain('also kept as your private history'),
    );
    expect(screen.getByTestId('what-we-read').textContent).not.toContain('stays in this browser and is forgotten');
  });

  it('says everything is forgotten when the browser closes once the history is off', async () => {
    await updateSettings({ history: false });
    render(<WhatWeRead context={read} />);
    await waitFor(() =>
      expect(screen.getByTestId('what-we-read').textContent).toContain(
        'What it reads stays in this browser and is forgotten when the browser closes.',
      ),
    );
    expect(screen.getByTestId('what-we-read').textContent).not.toContain('private history');
  });
});
