// @vitest-environment happy-dom
// The main tabs follow the WAI-ARIA tabs pattern: arrows move between tabs, one tab stop.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Tabs } from './Tabs';

type View = 'coach' | 'glossary' | 'notes';
const tabs: { id: View; label: string }[] = [
  { id: 'coach', label: 'Coach' },
  { id: 'glossary', label: 'Glossary' },
  { id: 'notes', label: 'Notes' },
];

function Harness() {
  const [current, setCurrent] = useState<View>('coach');
  return <Tabs<View> tabs={tabs} current={current} onSelect={setCurrent} label="Views" />;
}

describe('Tabs', () => {
  it('moves selection and focus with the arrow keys, Home and End, wrapping at the ends', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.tab();
    expect(screen.getByRole('tab', { name: 'Coach' }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Glossary' }));
    expect(screen.getByRole('tab', { name: 'Glossary' }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Notes' }));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Coach' }));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Notes' }));
  });

  it('is one tab stop: only the selected tab is focusable with Tab', () => {
    render(<Harness />);
    const stops = screen.getAllByRole('tab').map((tab) => tab.getAttribute('tabindex'));
    expect(stops).toEqual(['0', '-1', '-1']);
  });
});
