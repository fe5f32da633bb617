// @vitest-environment happy-dom
// A metric's goals open, in place, on what the goal means, the numbers that show it (strongest
// first), the trap in reading them alone and the questions to ask, each of which can be saved for
// a 1:1: the library's goals map, in either language.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { library } from '@/content';
import type { AgendaItem } from '@/lib/model/agenda-item';
import { renderIn } from '@/components/glossary/render-in';
import { freshStorageEachTest, startStores, storedRecords } from '@/components/team/stores.test-helper';
import { MetricExplainer } from './MetricExplainer';

freshStorageEachTest();

const followers = library.metrics.find((metric) => metric.id === 'followers')!;

describe("a metric's goals", () => {
  it('name each goal, closed, and open one on its meaning, its numbers and its trap', async () => {
    await renderIn('en', <MetricExplainer metric={followers} />);
    const list = screen.getByTestId('metric-goals');
    expect(followers.goals.length).toBeGreaterThan(0);
    expect(
      within(list)
        .getAllByRole('group')
        .map((details) => details.getAttribute('data-goal')),
    ).toEqual(followers.goals);
    const first = library.goals.find((goal) => goal.id === followers.goals[0])!;
    const details = list.querySelector<HTMLDetailsElement>(`[data-goal="${first.id}"]`)!;
    expect(details.open).toBe(false);

    await userEvent.click(within(details).getByText(first.name.en));
    expect(details.open).toBe(true);
    expect(details.textContent).toContain(first.summary.en);
    expect(details.textContent).toContain(`The trap: ${first.trap.en}`);
    const strongest = library.metrics.find((metric) => metric.id === first.metrics[0])!;
    const next = library.metrics.find((metric) => metric.id === first.metrics[1])!;
    expect(details.textContent).toContain(
      `The numbers that show it, the strongest first: ${strongest.name.en}, ${next.name.en}`,
    );
    const asked = [...details.querySelectorAll('[data-question] .goal-question')].map((item) => item.textContent);
    expect(asked).toEqual(
      first.questions.map((id) => library.questions.find((question) => question.id === id)!.text.en),
    );
  });

  it("saves a goal's question for a 1:1, with the platform being read about", async () => {
    await startStores();
    const user = userEvent.setup();
    await renderIn('en', <MetricExplainer metric={followers} highlightPlatform="instagram" />);
    const goal = library.goals.find((entry) => entry.id === followers.goals[0])!;
    const question = library.questions.find((entry) => entry.id === goal.questions[0])!;
    const details = screen.getByTestId('metric-goals').querySelector<HTMLElement>(`[data-goal="${goal.id}"]`)!;
    await user.click(within(details).getByText(goal.name.en));

    await user.click(within(details).getByRole('button', { name: `Ask at a 1:1 about ${question.text.en}` }));
    await user.click(screen.getByRole('option', { name: /Whoever fits/ }));
    await waitFor(async () =>
      expect(
        (await storedRecords<AgendaItem>('agenda:')).map(({ kind, ref, memberId, source }) => ({
          kind,
          ref,
          memberId,
          source,
        })),
      ).toEqual([{ kind: 'question', ref: question.id, memberId: null, source: { platform: 'instagram', url: null } }]),
    );
  });

  it('says it in Indonesian', async () => {
    await renderIn('id', <MetricExplainer metric={followers} />);
    const first = library.goals.find((goal) => goal.id === followers.goals[0])!;
    const details = screen.getByTestId('metric-goals').querySelector(`[data-goal="${first.id}"]`)!;
    expect(within(details as HTMLElement).getByText(first.name.id)).toBeTruthy();
    expect(details.textContent).toContain(`Jebakannya: ${first.trap.id}`);
    expect(details.textContent).toContain('Angka yang menunjukkannya, dari yang paling kuat:');
  });
});

describe("a metric's dated changes", () => {
  it.each([
    { language: 'en' as const, dates: ['Nov 1, 2023', 'Nov 15, 2025'] },
    { language: 'id' as const, dates: ['1 Nov 2023', '15 Nov 2025'] },
  ])('writes each date as the language writes dates ($language)', async ({ language, dates }) => {
    await renderIn(language, <MetricExplainer metric={followers} />);
    const times = Array.from(document.querySelectorAll('.changes time'));
    expect(times.map((time) => [time.getAttribute('datetime'), time.textContent])).toEqual([
      ['2023-11-01', dates[0]],
      ['2025-11-15', dates[1]],
    ]);
  });
});
