// @vitest-environment happy-dom
// "What Sidecoach reads on this page" says all it read, and how long it keeps it: the values
// outlive the tab when the private history is on, and only then.
import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateSettings } from '@/state/settings';
import type { TabContext } from '@/state/tab-contexts';
import { WhatWeRead } from './WhatWeRead';

const context: TabContext = {
  url: 'https://www.linkedin.com/company/104937/admin/analytics/updates/',
  title: 'Analytics',
  platform: 'linkedin',
  surface: 'page-analytics',
  kind: 'analytics',
  account: '104937',
  dateRange: 'Last 30 days',
  metrics: ['impressions', 'reactions'],
  labels: ['Impressions', 'Reactions'],
  values: [
    {
      metric: 'impressions',
      label: 'Impressions',
      where: 'tile',
      text: '48,216',
      value: { value: 48216, kind: 'count' },
      changeText: '▲ 12.4%',
      change: { value: 12.4, kind: 'percent', direction: 'up' },
    },
    {
      metric: 'reactions',
      label: 'Reactions',
      where: 'tile',
      text: 'about 300',
      value: null,
      changeText: null,
      change: null,
    },
  ],
  locale: 'en',
  paused: false,
  sample: false,
  scan: null,
  updatedAt: 1,
};

beforeEach(() => fakeBrowser.reset());

describe('what Sidecoach reads on this page', () => {
  it('lists the labels, each value as shown and the period, and says nothing else is read', () => {
    render(<WhatWeRead context={context} />);
    const labels = screen.getByTestId('read-labels');
    expect([...labels.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['Impressions', 'Reactions']);
    const values = [...screen.getByTestId('read-values').querySelectorAll(':scope > li')].map(
      (item) => item.textContent,
    );
    expect(values).toEqual([
      'Impressions: 48,216 (▲ 12.4%)',
      'Reactions: about 300 · kept as text, not read as a number',
    ]);
    expect(screen.getByText('The period the page shows: Last 30 days')).toBeTruthy();
    // "Nothing else" comes after the whole list, not after the labels as if only they were read.
    expect(labels.parentElement!.firstChild!.textContent).toBe('These metric labels:');
    expect(screen.getByText(/^Nothing else the page says: never what you type/)).toBeTruthy();
  });

  it('says the values are kept as history while the history is on', async () => {
    render(<WhatWeRead context={context} />);
    await waitFor(() =>
      expect(screen.getByTestId('what-we-read').textContent).toContain('also kept as your private history'),
    );
    expect(screen.getByTestId('what-we-read').textContent).not.toContain('stays in this browser and is forgotten');
  });

  it('says everything is forgotten when the browser closes once the history is off', async () => {
    await updateSettings({ history: false });
    render(<WhatWeRead context={context} />);
    await waitFor(() =>
      expect(screen.getByTestId('what-we-read').textContent).toContain(
        'What it reads stays in this browser and is forgotten when the browser closes.',
      ),
    );
    expect(screen.getByTestId('what-we-read').textContent).not.toContain('private history');
  });
});
