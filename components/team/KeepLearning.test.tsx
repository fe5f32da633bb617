// @vitest-environment happy-dom
// The retro template and the sources worth following: closed under their heading, and whole
// once opened (every part of the retro with its prompts, every kind of source with why and how).
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderIn } from '@/components/glossary/render-in';
import { library } from '@/content';
import { KeepLearning } from './KeepLearning';

beforeEach(() => {
  fakeBrowser.reset();
});

const { retro, sourceKinds } = library.learning;

describe('keep learning together', () => {
  it('opens the whole retro template, part by part', async () => {
    await renderIn('en', <KeepLearning />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Keep learning together');
    const template = screen.getByTestId<HTMLDetailsElement>('retro-template');
    expect(template.open).toBe(false);

    await userEvent.click(within(template).getByText(retro.name.en));
    expect(template.open).toBe(true);
    expect(template.textContent).toContain(retro.intro.en);
    expect(template.textContent).toContain(retro.cadence.en);
    const parts = within(template).getAllByRole('heading', { level: 3 });
    expect(parts.map((heading) => heading.textContent)).toEqual(retro.sections.map((section) => section.heading.en));
    for (const section of retro.sections) {
      const items = template.querySelectorAll(`[data-section="${section.id}"] li`);
      expect([...items].map((item) => item.textContent)).toEqual(section.prompts.map((prompt) => prompt.en));
    }
  });

  it('lists every kind of source with why and how, in Indonesian too', async () => {
    await renderIn('id', <KeepLearning />);
    const sources = screen.getByTestId<HTMLDetailsElement>('source-kinds');
    await userEvent.click(within(sources).getByText('Sumber yang layak diikuti'));
    const kinds = sources.querySelectorAll('[data-kind]');
    expect([...kinds].map((kind) => kind.getAttribute('data-kind'))).toEqual(sourceKinds.map((kind) => kind.id));
    const first = sources.querySelector(`[data-kind="${sourceKinds[0]!.id}"]`)!;
    expect(first.textContent).toBe(sourceKinds[0]!.name.id + sourceKinds[0]!.why.id + sourceKinds[0]!.how.id);
  });
});
