// @vitest-environment happy-dom
// The workload map before and after anyone's hours are written: an empty state alone, then a bar
// and a table row for everyone, those without hours said as such.
import { render, screen, within } from '@testing-library/react';
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
});
