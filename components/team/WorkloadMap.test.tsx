// @vitest-environment happy-dom
// The workload map before and after anyone's hours are written: an empty state alone, then a bar
// and a table row for everyone, those without hours said as such.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMember } from '@/lib/model/member';
import { WorkloadMap } from './WorkloadMap';

const dewi = createMember({ name: 'Dewi', platforms: ['instagram', 'tiktok'] });
const raka = createMember({ name: 'Raka', platforms: ['linkedin'] });

describe('the workload map', () => {
  it('shows only its empty state while nobody has hours written', () => {
    render(<WorkloadMap members={[dewi, raka]} />);
    expect(screen.getByTestId('workload-empty').textContent).toMatch(/^No hours yet/);
    // No bars of 0 h and no table calling everyone "within the week".
    expect(screen.queryByTestId('load-rows')).toBeNull();
    expect(screen.queryByTestId('workload-table')).toBeNull();
  });

  it('draws everyone once one person has hours, most loaded first', () => {
    const busy = { ...raka, hats: [{ hat: 'content-creator' as const, hoursPerWeek: 30 }] };
    render(<WorkloadMap members={[dewi, busy]} />);
    expect(screen.queryByTestId('workload-empty')).toBeNull();
    const rows = screen.getAllByTestId('load-row');
    expect(rows.map((row) => row.dataset.member)).toEqual([busy.id, dewi.id]);
    expect(within(rows[1]!).getByText('No hours written yet')).toBeTruthy();
    const table = screen.getByTestId('workload-table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('shows everyone on request and the first twelve again, with the focus kept on its button', async () => {
    const team = Array.from({ length: 14 }, (_, index) => ({
      ...createMember({ name: `Person ${index + 1}`, platforms: ['instagram'] }),
      hats: [{ hat: 'content-creator' as const, hoursPerWeek: 10 + index }],
    }));
    const user = userEvent.setup();
    render(<WorkloadMap members={team} />);
    expect(screen.getAllByTestId('load-row')).toHaveLength(12);
    const toggle = screen.getByRole('button', { name: 'Show everyone (14)' });
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(screen.getAllByTestId('load-row')).toHaveLength(14);
    expect(document.activeElement).toBe(toggle);
    expect(toggle.textContent).toBe('Show the first 12');
    await user.keyboard('{Enter}');
    expect(screen.getAllByTestId('load-row')).toHaveLength(12);
    expect(document.activeElement).toBe(toggle);
  });
});
