// @vitest-environment happy-dom
// The "Tayangan" note shows in the Glossary wherever views or impressions are on screen: a
// metric's page and search results; and the Glossary opens its two reference tables.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { library } from '@/content';
import { translate } from '@/lib/i18n';
import { GlossaryView } from './GlossaryView';
import { TermNotes } from './TermNotes';
import { renderIn } from './render-in';

beforeEach(() => {
  fakeBrowser.reset();
});

const tayangan = library.termNotes.find((note) => note.id === 'tayangan');

function Glossary({ query = '' }: { query?: string }) {
  const [metric, setMetric] = useState<string | null>(null);
  return <GlossaryView metricId={metric} initialQuery={query} onOpen={setMetric} />;
}

describe('TermNotes', () => {
  it('shows a note for the metrics it names, once, and nothing for others', async () => {
    const { unmount } = await renderIn('id', <TermNotes metricIds={['views', 'impressions']} />);
    expect(screen.getAllByRole('note')).toHaveLength(1);
    expect(screen.getByRole('note').textContent).toContain(tayangan?.note.id);
    unmount();
    render(<TermNotes metricIds={['reach']} />);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('shows on the pages of views and impressions, and on searches that find them', async () => {
    const user = userEvent.setup();
    await renderIn('en', <Glossary query="impressions" />);
    expect(screen.getByRole('note').textContent).toContain(tayangan?.note.en);
    await user.clear(screen.getByRole('searchbox'));
    expect(screen.queryByRole('note')).toBeNull();
    await user.type(screen.getByRole('searchbox'), 'tayangan{Enter}');
    expect(screen.getByRole('note').textContent).toContain(tayangan?.note.en);
  });

  it('leaves the note off searches that find neither', async () => {
    await renderIn('en', <Glossary query="follower growth" />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('the Glossary’s reference tables', () => {
  it('open from the top of the Glossary and close with Escape, back to the link that opened them', async () => {
    const user = userEvent.setup();
    await renderIn('en', <Glossary />);
    await user.click(screen.getByRole('button', { name: translate('en', 'glossaryViewCountsLink') }));
    expect(screen.getAllByRole('rowheader')).toHaveLength(library.viewCounts.length);
    expect(document.activeElement?.textContent).toContain(translate('en', 'glossaryBack'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('table')).toBeNull();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: translate('en', 'glossaryViewCountsLink') }),
    );

    await user.click(screen.getByRole('button', { name: translate('en', 'glossaryTimelineLink') }));
    const select = screen.getByRole('combobox', { name: translate('en', 'timelinePlatformLabel') });
    expect((select as HTMLSelectElement).value).toBe('');
    const first = screen.getAllByRole('listitem')[0].querySelector('button') as HTMLElement;
    const name = first.textContent;
    await user.click(first);
    const explainer = screen.getByTestId('metric-explainer');
    expect(explainer.querySelector('h1')?.textContent).toBe(name);
    // Back from a metric opened in the timeline is back to the list of all metrics, on that metric.
    await user.keyboard('{Escape}');
    const metricId = explainer.getAttribute('data-metric');
    expect(document.activeElement).toBe(
      screen.getByTestId('glossary-results').querySelector(`[data-metric="${metricId}"]`),
    );
  });
});
