// @vitest-environment happy-dom
// A question shows its text at once, and opens on why it matters and what a good answer sounds
// like: texts read after the panel's first view, asked for only when a question is opened.
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { library } from '@/content';

const held = vi.hoisted(() => ({ ready: false, load: vi.fn<(language: string) => Promise<void>>() }));
vi.mock('@/runtime/library', async (original) => ({
  ...(await original<typeof import('@/runtime/library')>()),
  hasExplainers: () => held.ready,
  loadExplainers: (language: string) => held.load(language),
}));

const { QuestionList } = await import('./QuestionList');

const questions = library.questions.slice(0, 2);
const here = questions.length;
const source = { platform: 'linkedin', url: 'https://www.linkedin.com/company/1/admin/analytics/updates/' };

/** Opens a question's details as a click on its summary does. */
function open(details: HTMLDetailsElement) {
  details.open = true;
  fireEvent(details, new Event('toggle'));
}

describe('the questions that fit this page', () => {
  beforeEach(() => {
    held.ready = false;
    held.load.mockReset();
  });

  it('asks for the details only when a question is opened, and shows them once read', async () => {
    let done = () => {};
    held.load.mockReturnValue(new Promise<void>((resolve) => (done = resolve)));
    render(<QuestionList questions={questions} here={here} source={source} />);
    const first = screen.getByText(questions[0]!.text.en).closest('details')!;
    expect(first.textContent).toBe(questions[0]!.text.en);
    expect(held.load).not.toHaveBeenCalled();

    open(first);
    expect(within(first).getByRole('status').textContent).toBe('Opening…');
    held.ready = true;
    done();
    expect(await within(first).findByText(questions[0]!.why.en)).toBeTruthy();
    expect(first.textContent).toContain(questions[0]!.goodAnswer.en);
    // The other question stays closed and empty.
    expect(screen.getByText(questions[1]!.text.en).closest('details')!.textContent).toBe(questions[1]!.text.en);
  });

  it('shows the details at once when they are already read', () => {
    held.ready = true;
    render(<QuestionList questions={questions} here={here} source={source} />);
    const second = screen.getByText(questions[1]!.text.en).closest('details')!;
    open(second);
    expect(within(second).getByText(questions[1]!.why.en)).toBeTruthy();
    expect(held.load).not.toHaveBeenCalled();
  });

  it('sets the questions about this page apart from those worth asking anywhere, the rest on request', async () => {
    const five = library.questions.slice(0, 5);
    const lists = () =>
      screen.getAllByRole('list').map((list) =>
        within(list)
          .getAllByRole('listitem')
          .map((item) => item.dataset.question),
      );
    const { unmount } = render(<QuestionList questions={five} here={2} source={source} />);
    expect(lists()).toEqual([[five[0]!.id, five[1]!.id], [five[2]!.id]]);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Worth asking on any page');
    await userEvent.click(screen.getByRole('button', { name: 'Show 2 more' }));
    expect(lists()).toEqual([[five[0]!.id, five[1]!.id], five.slice(2).map((question) => question.id)]);
    // The keyboard goes on to the first question shown, and "Show fewer" folds them away again.
    expect(document.activeElement).toBe(screen.getByText(five[3]!.text.en));
    const fewer = screen.getByRole('button', { name: 'Show fewer' });
    await userEvent.click(fewer);
    expect(lists()).toEqual([[five[0]!.id, five[1]!.id], [five[2]!.id]]);
    expect(document.activeElement).toBe(fewer);
    expect(fewer.textContent).toBe('Show 2 more');
    unmount();
    // With none about this page, one list under the section's own heading.
    render(<QuestionList questions={five} here={0} source={source} />);
    expect(lists()).toEqual([five.slice(0, 3).map((question) => question.id)]);
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
  });
});
