// @vitest-environment happy-dom
// A card opened before the explainers file is read says so, shows the card once it is, and says
// what to do when it cannot be read; opened again, it tries again.
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const held = vi.hoisted(() => ({ ready: false, load: vi.fn<(language: string) => Promise<void>>() }));
vi.mock('@/runtime/library', async (original) => ({
  ...(await original<typeof import('@/runtime/library')>()),
  hasExplainers: () => held.ready,
  loadExplainers: (language: string) => held.load(language),
}));

const { WithExplainers } = await import('./WithExplainers');

describe('a card waiting for its explainer', () => {
  beforeEach(() => {
    held.ready = false;
    held.load.mockReset();
  });

  it('says it is opening, then shows the card', async () => {
    let done = () => {};
    held.load.mockReturnValue(new Promise<void>((resolve) => (done = resolve)));
    render(<WithExplainers>The whole card</WithExplainers>);
    expect(screen.getByRole('status').textContent).toBe('Opening…');
    expect(screen.queryByText('The whole card')).toBeNull();
    expect(held.load).toHaveBeenCalledWith('en');
    held.ready = true;
    done();
    expect(await screen.findByText('The whole card')).toBeTruthy();
  });

  it('says what to do when the file cannot be read, and tries again when opened again', async () => {
    held.load.mockRejectedValueOnce(new Error('Sidecoach: library/en.explainers.json: 404'));
    const first = render(<WithExplainers>The whole card</WithExplainers>);
    expect((await screen.findByTestId('explainers-failed')).textContent).toBe(
      'This could not be opened. Close it and open it again.',
    );
    first.unmount();

    held.load.mockImplementationOnce(async () => {
      held.ready = true;
    });
    render(<WithExplainers>The whole card</WithExplainers>);
    expect(await screen.findByText('The whole card')).toBeTruthy();
    expect(held.load).toHaveBeenCalledTimes(2);
  });

  it('shows the card at once when the explainers are already there', () => {
    held.ready = true;
    render(<WithExplainers>The whole card</WithExplainers>);
    expect(screen.getByText('The whole card')).toBeTruthy();
    expect(held.load).not.toHaveBeenCalled();
  });
});
