// @vitest-environment happy-dom
// The timeline lists every definition change newest first, filters by platform with a labelled
// select, and opens a metric from its name.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { library } from '@/content';
import { definitionTimeline } from '@/lib/definition-timeline';
import { translate } from '@/lib/i18n';
import { DefinitionTimeline } from './DefinitionTimeline';
import { renderIn } from './render-in';

beforeEach(() => {
  fakeBrowser.reset();
});

const items = () => within(screen.getByTestId('timeline')).getAllByRole('listitem');
const dates = () => items().map((item) => item.querySelector('time')?.getAttribute('dateTime') ?? '');
const count = () => document.querySelector('.timeline [aria-live]') as HTMLElement;
const key = (when: string) => (when.length === 7 ? `${when}-00` : when);

describe('DefinitionTimeline', () => {
  it('lists every change of every metric, newest first', async () => {
    await renderIn('en', <DefinitionTimeline onOpenMetric={() => {}} />);
    expect(items()).toHaveLength(definitionTimeline(library.metrics).length);
    const shown = dates().map(key);
    expect(shown).toEqual([...shown].sort().reverse());
    expect(screen.getByRole('combobox').getAttribute('aria-describedby')).toBe(count().id);
    expect(count().textContent).toBe(translate('en', 'timelineCount', { count: shown.length }));
  });

  it('filters by platform with a labelled select, and back to all', async () => {
    const user = userEvent.setup();
    await renderIn('en', <DefinitionTimeline onOpenMetric={() => {}} />);
    const select = screen.getByRole('combobox', { name: translate('en', 'timelinePlatformLabel') });
    await user.selectOptions(select, 'youtube');
    const youtube = definitionTimeline(library.metrics, { platform: 'youtube' });
    expect(items()).toHaveLength(youtube.length);
    for (const item of items()) expect(item.getAttribute('data-platform')).toBe('youtube');
    expect(count().textContent).toBe(translate('en', 'timelineCount', { count: youtube.length }));
    await user.selectOptions(select, '');
    expect(items()).toHaveLength(definitionTimeline(library.metrics).length);
  });

  it('starts on the platform on screen when it has changes, and on all platforms otherwise', async () => {
    const { unmount } = await renderIn('en', <DefinitionTimeline onOpenMetric={() => {}} initialPlatform="linkedin" />);
    expect((screen.getByRole('combobox') as HTMLSelectElement).value).toBe('linkedin');
    unmount();
    render(<DefinitionTimeline onOpenMetric={() => {}} initialPlatform="no-such-platform" />);
    expect((screen.getByRole('combobox') as HTMLSelectElement).value).toBe('');
  });

  it('opens a metric from its name, with the keyboard', async () => {
    const user = userEvent.setup();
    const onOpenMetric = vi.fn();
    await renderIn('en', <DefinitionTimeline onOpenMetric={onOpenMetric} />);
    const newest = definitionTimeline(library.metrics, { newestFirst: true })[0];
    const button = within(items()[0]).getByRole('button');
    button.focus();
    await user.keyboard('{Enter}');
    expect(onOpenMetric).toHaveBeenCalledWith(newest.metricId);
  });

  it('reads in Indonesian, with months and days in Indonesian', async () => {
    await renderIn('id', <DefinitionTimeline onOpenMetric={() => {}} initialPlatform="youtube" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(translate('id', 'timelineHeading'));
    const first = definitionTimeline(library.metrics, { platform: 'youtube', newestFirst: true })[0];
    expect(items()[0].textContent).toContain(first.what.id);
    const month = new Intl.DateTimeFormat('id', { month: 'long', timeZone: 'UTC' }).format(
      new Date(`${first.when.slice(0, 7)}-01`),
    );
    expect(items()[0].querySelector('time')?.textContent?.toLowerCase()).toContain(month.toLowerCase().slice(0, 3));
  });
});
