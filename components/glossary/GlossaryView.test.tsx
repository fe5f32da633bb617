// @vitest-environment happy-dom
// The Glossary with the keyboard and its search: chosen with the panel's tabs it leaves the focus
// on the tabs, so the arrows reach every view; opened by a request it takes the focus; "back to
// all metrics" returns to the metric left; search forgives a typo and says what matched, in the
// leader's language.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Tabs } from '@/components/ui/Tabs';
import { useI18n } from '@/components/ui/use-i18n';
import { library } from '@/content';
import { translate } from '@/lib/i18n';
import { GlossaryView } from './GlossaryView';
import { renderIn } from './render-in';

beforeEach(() => {
  fakeBrowser.reset();
});

const views = ['coach', 'glossary', 'notes', 'checklist', 'team'] as const;
type View = (typeof views)[number];
const labels = {
  coach: 'viewCoach',
  glossary: 'viewGlossary',
  notes: 'viewNotes',
  checklist: 'viewChecklist',
  team: 'viewTeam',
} as const;

/** The panel's five tabs, with the Glossary as the panel shows it when a tab is chosen. */
function Panel() {
  const { t } = useI18n();
  const [view, setView] = useState<View>('coach');
  const [metric, setMetric] = useState<string | null>(null);
  return (
    <>
      <Tabs<View>
        label="Views"
        current={view}
        onSelect={setView}
        tabs={views.map((id) => ({ id, label: t(labels[id]) }))}
      />
      <main>
        {view === 'glossary' ? <GlossaryView metricId={metric} onOpen={setMetric} takeFocus={false} /> : <p>{view}</p>}
      </main>
    </>
  );
}

/** The Glossary as a request opens it: at a metric, or with a query, taking the focus. */
function Requested({ metric: first = null, query = '' }: { metric?: string | null; query?: string }) {
  const [metric, setMetric] = useState<string | null>(first);
  return <GlossaryView metricId={metric} initialQuery={query} onOpen={setMetric} takeFocus />;
}

const tab = (name: string) => screen.getByRole('tab', { name });
const results = () => within(screen.getByTestId('glossary-results'));

describe('the Glossary among the panel’s tabs', () => {
  it('lets the arrow keys move across all five tabs, through the Glossary and back', async () => {
    const user = userEvent.setup();
    await renderIn('en', <Panel />);
    await user.tab();
    expect(document.activeElement).toBe(tab('Coach'));
    for (const name of ['Glossary', 'Notes', 'Checklist', 'Team', 'Coach']) {
      await user.keyboard('{ArrowRight}');
      expect(document.activeElement).toBe(tab(name));
      expect(tab(name).getAttribute('aria-selected')).toBe('true');
    }
    for (const name of ['Team', 'Checklist', 'Notes', 'Glossary', 'Coach']) {
      await user.keyboard('{ArrowLeft}');
      expect(document.activeElement).toBe(tab(name));
    }
    // On the Glossary, the search box is the next Tab stop after the tabs and its two links.
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).not.toBe(screen.getByRole('searchbox'));
    expect(document.activeElement).toBe(tab('Glossary'));
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
  });
});

describe('the Glossary opened by a request', () => {
  it('puts the focus in the search box for a query, and on the way back for a metric', async () => {
    const user = userEvent.setup();
    const { unmount } = await renderIn('en', <Requested query="jangkauan" />);
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
    unmount();
    await renderIn('en', <Requested metric="reach" />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: `← ${translate('en', 'glossaryBack')}` }));
    // Back to all metrics lands on the metric just read, so the list picks up where it was.
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(results().getByText('Reach').closest('button'));
  });

  it('returns to the result it opened, with the search kept', async () => {
    const user = userEvent.setup();
    await renderIn('en', <Requested />);
    await user.type(screen.getByRole('searchbox'), 'impresi');
    const second = results().getAllByRole('button')[1];
    await user.click(second);
    expect(screen.getByTestId('metric-explainer').getAttribute('data-metric')).toBe(second.getAttribute('data-metric'));
    await user.keyboard('{Escape}');
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('impresi');
    expect(document.activeElement).toBe(results().getAllByRole('button')[1]);
  });
});

describe('Glossary search', () => {
  const found = () =>
    results()
      .queryAllByRole('button')
      .map((button) => button.getAttribute('data-metric'));
  const why = (metric: string) =>
    screen.getByTestId('glossary-results').querySelector(`[data-metric="${metric}"] [data-testid="match-why"]`)
      ?.textContent;

  it('finds as you type, says which name matched, and forgives one typo', async () => {
    const user = userEvent.setup();
    await renderIn('en', <Requested />);
    const box = screen.getByRole('searchbox');
    expect(found()).toHaveLength(library.metrics.length);
    expect(screen.queryByTestId('match-why')).toBeNull();
    await user.type(box, 'jangk');
    expect(found()).toEqual(['reach']);
    expect(why('reach')).toBe(translate('en', 'matchedNameId', { text: 'Reach (jangkauan)' }));

    await user.clear(box);
    await user.type(box, 'engagment');
    expect(found()).toContain('engagement-rate');
    expect(found()).toContain('engagements');
    expect(why('engagement-rate')).toBe(translate('en', 'matchedTypo', { word: 'engagement' }));

    await user.clear(box);
    await user.type(box, 'rech');
    expect(found()[0]).toBe('reach');

    await user.clear(box);
    await user.type(box, 'members reached');
    // Both words in one name make one reason.
    expect(why('reach')).toBe(translate('en', 'matchedAlias', { text: 'members reached' }));
  });

  it('keeps short words as typed and puts exact matches above typos', async () => {
    const user = userEvent.setup();
    await renderIn('en', <Requested />);
    await user.type(screen.getByRole('searchbox'), 'ctr');
    expect(found()[0]).toBe('ctr');
    expect(screen.getByTestId('glossary-results').textContent).not.toContain(
      translate('en', 'matchedTypo', { word: '' }).split('“')[0],
    );
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'rate');
    const reasons = results()
      .getAllByTestId('match-why')
      .map((line) => line.textContent?.startsWith('Matched a typo'));
    // Every exact match comes before the first typo.
    expect(reasons.indexOf(true)).toBeGreaterThan(reasons.lastIndexOf(false));
  });

  it('says what matched in Indonesian', async () => {
    const user = userEvent.setup();
    await renderIn('id', <Requested />);
    await user.type(screen.getByRole('searchbox'), 'impressions');
    expect(found()[0]).toBe('impressions');
    expect(why('impressions')).toBe(translate('id', 'matchedNameEn', { text: 'Impressions' }));
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'pengikt');
    expect(found()[0]).toBe('followers');
    expect(why('followers')).toBe(translate('id', 'matchedTypo', { word: 'pengikut' }));
  });
});
