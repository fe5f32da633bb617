// @vitest-environment happy-dom
// The Coach as a leader uses it: a compact row per metric with the value the page shows, one
// card open at a time and closed from its bottom, buttons that say what they are about, questions
// and cards saved for a 1:1 with a person, readings where the numbers move apart, a warning where
// a definition changed, and a first run that leads.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { library } from '@/content';
import type { AgendaItem } from '@/lib/model/agenda-item';
import { testReading as reading } from '@/lib/model/reading.test-helper';
import { recordReadings } from '@/state/readings';
import { defaultReminderSettings, REMINDER_SETTINGS_KEY } from '@/state/reminder-settings';
import { readSettings, updateSettings } from '@/state/settings';
import { freshStorageEachTest, seedPerson, startStores, storedRecords } from '@/components/team/stores.test-helper';
import { CoachView } from './CoachView';
import { context } from './context.test-helper';

const now = new Date(Date.UTC(2026, 10, 27, 3, 0));

freshStorageEachTest();

const storedItems = () => storedRecords<AgendaItem>('agenda:');

describe('the Coach', () => {
  it('lists each metric as a row with the value and change the page shows', () => {
    render(<CoachView context={context()} tabId={1} onOpenMetric={() => undefined} now={now} />);
    const rows = screen.getAllByTestId('metric-card');
    expect(rows.map((row) => row.dataset.metric)).toEqual(['impressions', 'engagement-rate', 'followers']);
    expect(within(rows[0]!).getByTestId('metric-value').textContent).toContain('48,216');
    // The page's own arrow, not a second one beside it.
    expect(within(rows[0]!).getByTestId('metric-value').textContent).toBe(
      '48,216▲ 12.4% (up, usually good news for this metric)',
    );
    expect(within(rows[2]!).queryByTestId('metric-value')).toBeNull();
    expect(screen.getByTestId('metric-count').textContent).toBe('Metrics read: 3');
  });

  it('says what the page on screen is for, in a sentence under its name', () => {
    render(<CoachView context={context()} tabId={1} onOpenMetric={() => undefined} now={now} />);
    const surface = library.platforms
      .find((platform) => platform.id === 'linkedin')!
      .surfaces.find((entry) => entry.id === 'page-analytics')!;
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('LinkedIn · Page analytics');
    expect(screen.getByTestId('surface-summary').textContent).toBe(surface.summary.en);
  });

  it('opens one card at a time, in place, and closes it from its bottom, back to its row', async () => {
    const user = userEvent.setup();
    render(<CoachView context={context()} tabId={1} onOpenMetric={() => undefined} now={now} />);
    const [impressions, rate] = screen.getAllByTestId('metric-card');
    const impressionsButton = within(impressions!).getAllByRole('button')[0]!;
    await user.click(impressionsButton);
    expect(impressionsButton.getAttribute('aria-expanded')).toBe('true');
    await user.click(within(rate!).getAllByRole('button')[0]!);
    expect(impressionsButton.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getAllByTestId('metric-details')).toHaveLength(1);

    await user.click(within(rate!).getByRole('button', { name: 'Close Engagement rate' }));
    expect(screen.queryAllByTestId('metric-details')).toHaveLength(0);
    expect(document.activeElement).toBe(within(rate!).getAllByRole('button')[0]);
  });

  it('names the metric in every button a card repeats', async () => {
    const user = userEvent.setup();
    render(<CoachView context={context()} tabId={1} onOpenMetric={() => undefined} now={now} />);
    await user.click(within(screen.getAllByTestId('metric-card')[0]!).getAllByRole('button')[0]!);
    expect(screen.getByRole('button', { name: 'Ask at a 1:1 about Impressions' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add a note about Impressions' })).toBeTruthy();
  });

  it('saves a question for a person on the team, and a card for whoever fits', async () => {
    const dewi = await seedPerson('Dewi');
    await startStores();
    const user = userEvent.setup();
    render(<CoachView context={context()} tabId={1} onOpenMetric={() => undefined} now={now} />);
    const question = within(screen.getByTestId('questions')).getAllByRole('listitem')[0]!;
    const ask = within(question).getByRole('button', { name: /^Ask at a 1:1 about / });
    expect(ask.getAttribute('aria-label')).toBe(`Ask at a 1:1 about ${question.querySelector('summary')!.textContent}`);
    await user.click(ask);
    await user.click(within(question).getByRole('option', { name: 'Dewi' }));
    await waitFor(async () => expect(await storedItems()).toHaveLength(1));
    expect((await storedItems())[0]).toMatchObject({
      kind: 'question',
      ref: question.dataset.question,
      memberId: dewi.id,
      source: { platform: 'linkedin', url: context().url },
    });
    // What the button shows: in full, or short in a narrow panel (a media query picks one).
    expect(ask.querySelector('.ask-long')!.textContent).toBe('Saved for Dewi');
    expect(ask.querySelector('.ask-short')!.textContent).toBe('1:1');
    expect(ask.textContent).toMatch(/ ✓$/);

    await user.click(within(screen.getAllByTestId('metric-card')[0]!).getAllByRole('button')[0]!);
    await user.click(screen.getByRole('button', { name: 'Ask at a 1:1 about Impressions' }));
    await user.click(screen.getByRole('option', { name: /^Whoever fits/ }));
    await waitFor(async () => expect(await storedItems()).toHaveLength(2));
    expect((await storedItems()).find((item) => item.kind === 'metric')).toMatchObject({
      ref: 'impressions',
      memberId: null,
    });
    expect(screen.getByRole('button', { name: 'Saved for whoever fits: ask at a 1:1 about Impressions' })).toBeTruthy();
  });

  it('with nobody on the team, offers to add the first person from the picker', async () => {
    await startStores();
    const onAddPerson = vi.fn();
    const user = userEvent.setup();
    render(
      <CoachView context={context()} tabId={1} onOpenMetric={() => undefined} onAddPerson={onAddPerson} now={now} />,
    );
    await user.click(within(screen.getAllByTestId('metric-card')[0]!).getAllByRole('button')[0]!);
    await user.click(screen.getByRole('button', { name: 'Ask at a 1:1 about Impressions' }));
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Whoever fitson every agenda until one 1:1 discusses it',
    ]);
    await user.click(screen.getByRole('button', { name: 'Add your first person' }));
    expect(onAddPerson).toHaveBeenCalledTimes(1);
  });

  it('writes a note inside the card and returns focus to "Add a note"', async () => {
    const user = userEvent.setup();
    render(<CoachView context={context()} tabId={1} onOpenMetric={() => undefined} now={now} />);
    await user.click(within(screen.getAllByTestId('metric-card')[0]!).getAllByRole('button')[0]!);
    await user.click(screen.getByRole('button', { name: 'Add a note about Impressions' }));
    const details = screen.getByTestId('metric-details');
    expect(within(details).getByTestId('note-text')).toBe(document.activeElement);
    await user.keyboard('{Escape}');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a note about Impressions' }));
  });

  it('cautions about the platform on screen, never about another', async () => {
    const user = userEvent.setup();
    const cautions = [
      { platform: 'linkedin', surface: 'page-analytics', said: /^Careful: LinkedIn's analytics count every reaction/ },
      { platform: 'meta-business-suite', surface: 'insights', said: /^Careful: On Facebook "like" includes "care"/ },
    ];
    for (const { platform, surface, said } of cautions) {
      const shown = context({ platform, surface, metrics: ['reactions'], labels: ['Reactions'], values: [] });
      const { unmount } = render(<CoachView context={shown} tabId={1} onOpenMetric={() => undefined} now={now} />);
      await user.click(screen.getByRole('button', { name: /^Reactions/ }));
      const details = screen.getByTestId('metric-details');
      expect(within(details).getByText('Careful:').parentElement!.textContent).toMatch(said);
      unmount();
    }
  });

  it('says what impressions up and engagement rate down may mean, and what to ask', () => {
    render(<CoachView context={context()} tabId={1} onOpenMetric={() => undefined} now={now} />);
    const readings = screen.getByTestId('readings');
    expect(readings.textContent).toContain('Impressions up, engagement rate down');
  });

  it('brings a card opened from elsewhere into view: a hint on the page, or a reading, which also takes the keyboard there', async () => {
    const scrolled: string[] = [];
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      scrolled.push(this.dataset.metric ?? this.tagName);
    });
    const user = userEvent.setup();
    const first = render(
      <CoachView context={context()} tabId={1} openMetric="followers" onOpenMetric={() => undefined} now={now} />,
    );
    expect(scrolled).toEqual(['followers']);
    expect(screen.getByRole('button', { name: /^Followers/, expanded: true })).toBeTruthy();
    first.unmount();

    scrolled.length = 0;
    render(<CoachView context={context()} tabId={1} onOpenMetric={() => undefined} now={now} />);
    // Its own row: already in view, nothing moves.
    await user.click(within(screen.getAllByTestId('metric-card')[0]!).getAllByRole('button')[0]!);
    expect(scrolled).toEqual([]);
    // A reading's link to a metric further down.
    const readings = screen.getByTestId('readings');
    await user.click(within(readings).getByRole('button', { name: 'Engagement rate' }));
    expect(scrolled).toEqual(['engagement-rate']);
    const rateButton = screen.getByRole('button', { name: /^Engagement rate/, expanded: true });
    expect(document.activeElement).toBe(rateButton);
  });

  it('draws the change’s arrow itself when the page writes none', () => {
    const values = context().values.map((value) => ({ ...value, changeText: value.changeText!.slice(2) }));
    render(<CoachView context={context({ values })} tabId={1} onOpenMetric={() => undefined} now={now} />);
    const [impressions, rate] = screen.getAllByTestId('metric-value');
    expect([impressions!.textContent, rate!.textContent]).toEqual([
      '48,216▲ 12.4% (up, usually good news for this metric)',
      '7.82%▼ 1.4% (down, usually a warning sign for this metric)',
    ]);
  });

  it('draws a change as good or bad news by which way the metric is better, never by its arrow alone', () => {
    const change = (direction: 'up' | 'down', changeText: string) => ({
      changeText,
      change: { value: 8, kind: 'percent' as const, direction },
    });
    const values = [
      {
        metric: 'cpc',
        label: 'CPC (cost per link click)',
        text: '$0.42',
        value: { value: 0.42, kind: 'money' as const, currency: 'USD' },
        ...change('up', '▲ 8%'),
      },
      {
        metric: 'reach',
        label: 'Reach',
        text: '12,400',
        value: { value: 12400, kind: 'count' as const },
        ...change('down', '▼ 8%'),
      },
      {
        metric: 'frequency',
        label: 'Frequency',
        text: '2.4',
        value: { value: 2.4, kind: 'count' as const },
        ...change('up', '▲ 8%'),
      },
      {
        metric: 'cpm',
        label: 'CPM (cost per 1,000 impressions)',
        text: '$5.10',
        value: { value: 5.1, kind: 'money' as const, currency: 'USD' },
        ...change('down', '▼ 8%'),
      },
    ].map((value) => ({ ...value, where: 'tile' as const }));
    render(
      <CoachView
        context={context({
          url: 'https://adsmanager.facebook.com/adsmanager/reporting/view',
          platform: 'meta-ads-manager',
          surface: 'reporting',
          kind: 'analytics',
          metrics: values.map((value) => value.metric),
          labels: values.map((value) => value.label),
          values,
        })}
        tabId={1}
        onOpenMetric={() => undefined}
        now={now}
      />,
    );
    const news = Object.fromEntries(
      screen.getAllByTestId('metric-card').map((row) => {
        const shown = within(row).getByTestId('metric-value');
        return [row.dataset.metric, [shown.querySelector('.change')!.getAttribute('data-news'), shown.textContent]];
      }),
    );
    expect(news).toEqual({
      cpc: ['bad', '$0.42▲ 8% (up, usually a warning sign for this metric)'],
      reach: ['bad', '12,400▼ 8% (down, usually a warning sign for this metric)'],
      frequency: [null, '2.4▲ 8% (up)'],
      cpm: ['good', '$5.10▼ 8% (down, usually good news for this metric)'],
    });
  });

  it('shows no readings when a change is missing', () => {
    const values = context().values.map((value) => ({ ...value, changeText: null, change: null }));
    render(<CoachView context={context({ values })} tabId={1} onOpenMetric={() => undefined} now={now} />);
    expect(screen.queryByTestId('readings')).toBeNull();
  });

  /** Instagram Insights for April 2025, the month Instagram's API replaced impressions with views. */
  const instagramInApril = () =>
    context({
      url: 'https://www.instagram.com/accounts/insights/',
      platform: 'instagram',
      surface: 'insights',
      dateRange: 'Apr 1, 2025 - Apr 30, 2025',
      metrics: ['impressions'],
      labels: ['Impressions'],
      values: [],
    });

  it('warns first, on the row, when a definition changed inside the period on screen', () => {
    const instagram = instagramInApril();
    render(<CoachView context={instagram} tabId={1} onOpenMetric={() => undefined} now={now} />);
    const warning = within(screen.getAllByTestId('metric-card')[0]!).getByTestId('definition-warning');
    expect(warning.textContent).toMatch(/^Definition changed Apr 21, 2025: Instagram/);
    expect(warning.querySelector('strong')!.textContent).toBe('Definition changed Apr 21, 2025:');
  });

  it('opens the row when its one-line warning is clicked', async () => {
    const instagram = instagramInApril();
    const user = userEvent.setup();
    render(<CoachView context={instagram} tabId={1} onOpenMetric={() => undefined} now={now} />);
    const row = screen.getAllByTestId('metric-card')[0]!;
    const toggle = within(row).getAllByRole('button')[0]!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(within(row).getByTestId('definition-warning'));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await within(row).findByTestId('metric-details')).toBeTruthy();
    // Open, a click on it (to select its text, say) leaves the row open.
    await user.click(within(row).getByTestId('definition-warning'));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('says in the open card that today is the first day it saw the metric, counting both readings of today', async () => {
    await recordReadings(
      [reading({ at: now.getTime() }), reading({ where: 'table', text: '2,415', at: now.getTime() + 1 })],
      now.getTime(),
    );
    const user = userEvent.setup();
    render(<CoachView context={context()} tabId={1} onOpenMetric={() => undefined} now={now} />);
    const row = screen.getAllByTestId('metric-card')[0]!;
    await user.click(within(row).getAllByRole('button')[0]!);
    const history = await within(row).findByTestId('value-history');
    expect(history.textContent).toContain(
      'Sidecoach first saw this metric here today; on a later day it shows what changed since.',
    );
    expect(within(history).getByRole('button', { name: 'All your readings (2)' })).toBeTruthy();
  });

  it('says in the open card when a definition changed between the earlier readings and now', async () => {
    const march = Date.UTC(2025, 2, 10, 9);
    await recordReadings(
      [
        reading({
          platform: 'instagram',
          account: null,
          surface: 'insights',
          rangeText: 'Mar 1, 2025 - Mar 9, 2025',
          text: '12,400',
          value: { value: 12400, kind: 'count' },
          day: '2025-03-10',
          at: march,
        }),
      ],
      march,
    );
    const instagram = context({
      url: 'https://www.instagram.com/accounts/insights/',
      platform: 'instagram',
      surface: 'insights',
      account: null,
      dateRange: 'Nov 1, 2026 - Nov 26, 2026',
      metrics: ['impressions'],
      labels: ['Impressions'],
      values: [],
    });
    const user = userEvent.setup();
    render(<CoachView context={instagram} tabId={1} onOpenMetric={() => undefined} now={now} />);
    const row = screen.getAllByTestId('metric-card')[0]!;
    // The range on screen is after the change: the closed row says nothing.
    expect(within(row).queryByTestId('definition-warning')).toBeNull();
    await user.click(within(row).getAllByRole('button')[0]!);
    const warning = await within(row).findByTestId('history-warning');
    expect(warning.textContent).toMatch(/^Definition changed Apr 21, 2025: /);
    expect(warning.textContent).toMatch(/The change falls between your earlier readings and now\.$/);
  });

  it('leads a first run somewhere: what it does, a sample, and each platform’s analytics', () => {
    render(<CoachView context={null} tabId={1} onOpenMetric={() => undefined} now={now} />);
    expect(screen.getByRole('button', { name: 'Try it on a sample dashboard' })).toBeTruthy();
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(13);
    expect(links.every((link) => link.getAttribute('href')?.startsWith('https://'))).toBe(true);
  });

  it('says a sample is a sample', () => {
    render(<CoachView context={context({ sample: true })} tabId={1} onOpenMetric={() => undefined} now={now} />);
    expect(screen.getByTestId('sample-badge').textContent).toMatch(/Sample dashboard/);
  });
});

describe('looking after the team on an inbox', () => {
  const inbox = () =>
    context({
      url: 'https://business.facebook.com/latest/inbox/all?asset_id=1234567890',
      platform: 'meta-business-suite',
      surface: 'inbox',
      kind: 'inbox',
      metrics: [],
      labels: [],
      values: [],
      dateRange: null,
    });
  const sections = () => [...document.querySelectorAll('section')].map((section) => section.className);

  it('puts the team first on an inbox, says crisis mode is on, and asks the crisis questions first', async () => {
    const settings = { ...defaultReminderSettings(), crisis: { until: Date.now() + 86_400_000 } };
    await fakeBrowser.storage.local.set({ [REMINDER_SETTINGS_KEY]: settings });
    render(<CoachView context={inbox()} tabId={1} onOpenMetric={() => undefined} now={now} />);
    const care = await screen.findByRole('region', { name: 'Crisis mode is on: look after the team' });
    expect(care.dataset.situation).toBe('crisis');
    expect(sections().indexOf('wellbeing')).toBeLessThan(sections().indexOf('questions'));
    const questions = screen.getByTestId('questions');
    const first = within(questions).getAllByRole('listitem')[0]!.dataset.question;
    expect(library.questions.find((question) => question.id === first)?.theme).toBe('crisis');
    expect(within(questions).getByText('Crisis mode is on, so the questions about a crisis come first.')).toBeTruthy();
    // Ending or moving crisis mode is one click away, in Settings opened at its section.
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    await userEvent.click(within(care).getByRole('button', { name: 'Change or end crisis mode' }));
    expect(opened).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html#crisis$/) });
    opened.mockRestore();
  });

  it('offers another idea, read out where the first one was', async () => {
    render(<CoachView context={inbox()} tabId={1} onOpenMetric={() => undefined} now={now} />);
    const care = await screen.findByRole('region', { name: 'Look after the team' });
    const idea = within(care).getByTestId('wellbeing-idea');
    expect(idea.getAttribute('aria-live')).toBe('polite');
    const first = idea.textContent;
    await userEvent.click(screen.getByRole('button', { name: 'Another idea' }));
    expect(idea.textContent).not.toBe(first);
    const inboxPrompts = library.wellbeing.filter((prompt) => prompt.situations.includes('heavy-inbox'));
    expect(inboxPrompts.some((prompt) => idea.textContent!.includes(prompt.action.en))).toBe(true);
  });

  it('keeps the questions first on an inbox otherwise', async () => {
    render(<CoachView context={inbox()} tabId={1} onOpenMetric={() => undefined} now={now} />);
    const care = await screen.findByRole('region', { name: 'Look after the team' });
    expect(care.dataset.situation).toBe('heavy-inbox');
    expect(screen.queryByText(/^Crisis mode is on/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Change or end crisis mode' })).toBeNull();
    expect(sections().indexOf('wellbeing')).toBeGreaterThan(sections().indexOf('questions'));
  });
});

describe('a paused platform', () => {
  it('says nothing is read there and resumes it from the notice', async () => {
    await updateSettings({ pausedPlatforms: ['x', 'linkedin'] });
    render(
      <CoachView context={context({ paused: true, values: [] })} tabId={1} onOpenMetric={() => undefined} now={now} />,
    );
    expect(screen.getByTestId('paused').textContent).toContain('Sidecoach reads nothing on LinkedIn pages');
    await userEvent.click(screen.getByRole('button', { name: 'Resume on LinkedIn' }));
    // Only LinkedIn resumes; the other paused platform stays paused.
    await waitFor(async () => expect((await readSettings()).value.pausedPlatforms).toEqual(['x']));
  });
});
