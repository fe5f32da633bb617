// The values on screen, end to end: the content script reads the figure and the change beside a
// label on a fixture dashboard, the background keeps them with the tab, and the Coach's metric
// row shows them as the page wrote them, in the page's own number format. Then what is built on
// them: "last time you looked" on a later day, the warning when a definition changed inside the
// period on screen, nothing the leader types into a page kept anywhere, and a tally of how many
// of the values the fixture dashboards show are read right.
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { PACKED_READING_FIELDS } from '../../lib/model/reading';
import type { TabContext, TabValue } from '../../lib/model/tab-context';
import { fixturePages, valuePages } from './fixtures/pages';
import { browserForFile } from './harness';

const browser = browserForFile();

const linkedin = (language: 'en' | 'id') =>
  fixturePages.find((page) => page.file === `linkedin-analytics.${language}.html`)!;

describe('values beside the labels', () => {
  it.each([
    { language: 'en' as const, value: '48,210', change: '▲ 12.4% vs previous period' },
    { language: 'id' as const, value: '48.210', change: '▲ 12,4% vs periode sebelumnya' },
  ])('shows the Impressions tile’s value and change in its row ($language page)', async (shown) => {
    const { panel } = await browser.coach(linkedin(shown.language).url);
    const value = panel.locator('[data-testid="metric-card"][data-metric="impressions"] [data-testid="metric-value"]');
    await value.waitFor({ timeout: 10_000 });
    // The tile's figure, not the posts table's first row (6,104), which is read too but is not the headline.
    expect(await value.locator('.value-text').textContent()).toBe(shown.value);
    expect(await value.textContent()).toContain(shown.change);
  });
});

const instagram = valuePages.find((page) => page.platform === 'instagram')!;

/** The tab's context as the background keeps it in session storage, or null before the first report. */
const contextOf = (tabId: number) =>
  browser.worker.evaluate(async (id) => {
    const key = `tab-context:${id}`;
    return ((await chrome.storage.session.get(key))[key] ?? null) as TabContext | null;
  }, tabId);

/** The context once the content script has reported its first pass over the page. */
async function readContext(tabId: number): Promise<TabContext> {
  await expect.poll(async () => (await contextOf(tabId))?.scan != null, { timeout: 10_000 }).toBe(true);
  return (await contextOf(tabId))!;
}

/** The panel's language, as the options page would set it. */
const setLanguage = (language: 'en' | 'id') =>
  browser.worker.evaluate(
    (value) =>
      chrome.storage.local.set({
        settings: { language: value, pausedPlatforms: [], hints: false, history: true },
        settings$: { v: 1 },
      }),
    language,
  );

/** An empty history, so a case finds only the looks it made. */
const forgetAllReadings = () =>
  browser.worker.evaluate(async () => {
    const keys = Object.keys(await chrome.storage.local.get(null));
    await chrome.storage.local.remove(keys.filter((key) => key.startsWith('readings')));
  });

/** A metric's row in the Coach, opened. */
async function openRow(panel: Page, metric: string) {
  const row = panel.locator(`[data-testid="metric-card"][data-metric="${metric}"]`);
  const toggle = row.getByRole('heading').getByRole('button');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return row;
}

/** What a value reads as, for comparing with what the page shows: label, place, text and change. */
const shownAs = (value: Pick<TabValue, 'label' | 'where' | 'text' | 'changeText'>) =>
  `${value.label} (${value.where}): ${value.text}${value.changeText ? ` | ${value.changeText}` : ''}`;

describe('history: a later visit', () => {
  it.each([
    {
      language: 'en' as const,
      earlier: '41,977',
      now: '48,210',
      lastTime: 'Last time you looked (Nov 12): 41,977 · Past 28 days',
    },
    {
      language: 'id' as const,
      earlier: '41.977',
      now: '48.210',
      lastTime: 'Terakhir Anda lihat (12 Nov): 41.977 · 28 hari terakhir',
    },
  ])('says what the value was the last time the leader looked, on an earlier day ($language)', async (shown) => {
    await setLanguage(shown.language);
    onTestFinished(() => setLanguage('en'));
    await forgetAllReadings();
    const url = linkedin(shown.language).url;
    const { panel } = await browser.coach(url);
    await panel.locator('[data-metric="impressions"] [data-testid="metric-value"]').waitFor({ timeout: 10_000 });
    // The first look is kept in the private history; move it to an earlier day, with the value
    // the dashboard showed then, as if the leader had looked on 12 November 2025.
    const earlier = Date.UTC(2025, 10, 12, 9);
    await expect
      .poll(() =>
        browser.worker.evaluate(
          async ({ at, fields, text }) => {
            // Each series keeps its readings packed in one JSON string (lib/model/reading.ts).
            type Series = { metric: string; readings: string };
            const field = (name: string) => fields.indexOf(name);
            const all = (await chrome.storage.local.get(null)) as Record<string, Series>;
            const found = Object.entries(all).filter(
              ([key, series]) => key.startsWith('readings:') && series.metric === 'impressions',
            );
            for (const [key, series] of found) {
              const readings = JSON.parse(series.readings) as unknown[][];
              // The tile's reading is the later of the day's two (the posts table's first row is the other).
              for (const reading of readings) {
                const tile = reading[field('where')] === 'tile';
                reading[field('day')] = '2025-11-12';
                reading[field('at')] = tile ? at + 60_000 : at;
                if (tile) reading[field('text')] = text;
              }
              await chrome.storage.local.set({ [key]: { ...series, readings: JSON.stringify(readings) } });
            }
            return found.length;
          },
          { at: earlier, fields: [...PACKED_READING_FIELDS] as string[], text: shown.earlier },
        ),
      )
      .toBe(1);

    // A second visit, today: the card compares with that earlier look.
    await browser.coach(url);
    await panel.locator('[data-metric="impressions"] [data-testid="metric-value"]').waitFor({ timeout: 10_000 });
    const row = await openRow(panel, 'impressions');
    const lastTime = row.getByTestId('last-time');
    await lastTime.waitFor();
    expect(await lastTime.textContent()).toBe(shown.lastTime);
    // Two looks on two days draw a line, named for screen readers from the first to the last.
    expect(await row.locator('svg.sparkline').getAttribute('aria-label')).toContain(shown.earlier);
    expect(await row.locator('svg.sparkline').getAttribute('aria-label')).toContain(shown.now);
  });
});

describe('a definition that changed inside the period on screen', () => {
  it.each([
    {
      language: 'en' as const,
      warning:
        /^Definition changed August 2024: Instagram announced views as its main metric in the app for every format.* Figures before and after that date do not compare\.$/,
      span: 'The change falls inside the period on screen.',
    },
    {
      language: 'id' as const,
      warning:
        /^Definisi berubah Agustus 2024: Instagram mengumumkan tayangan sebagai metrik utama di aplikasinya untuk semua format.* Angka sebelum dan sesudah tanggal itu tidak bisa dibandingkan\.$/,
      span: 'Perubahan itu jatuh di dalam periode yang tampil.',
    },
  ])(
    'puts the warning first on the Views card of an Instagram page from June to August 2024 ($language)',
    async (shown) => {
      await setLanguage(shown.language);
      onTestFinished(() => setLanguage('en'));
      const page = valuePages.find((entry) => entry.platform === 'instagram' && entry.language === shown.language)!;
      const { panel, tabId } = await browser.coach(page.url);
      const views = panel.locator('[data-testid="metric-card"][data-metric="views"]');
      await views.locator('[data-testid="metric-value"]').waitFor({ timeout: 10_000 });
      expect((await contextOf(tabId))?.dateRange).toBe(page.dateRange);

      const first = views.locator(':scope > :first-child');
      expect(await first.getAttribute('data-testid')).toBe('definition-warning');
      expect(await first.textContent()).toMatch(shown.warning);
      // Followers were counted the same way all summer: no warning there.
      await expect
        .poll(() => panel.locator('[data-metric="followers"] [data-testid="definition-warning"]').count())
        .toBe(0);
      // Closed, the warning takes one line, cut short; opened, the card says it whole, and which
      // span the change splits (at the side panel's usual width).
      await panel.setViewportSize({ width: 360, height: 800 });
      onTestFinished(() => panel.setViewportSize({ width: 1280, height: 800 }));
      // The panel stays open from test to test: the row may still be open from the other language.
      const toggle = views.getByRole('heading').getByRole('button');
      if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
      const height = () => first.evaluate((element) => element.getBoundingClientRect().height);
      const closed = await height();
      expect(await first.evaluate((element) => getComputedStyle(element).whiteSpace)).toBe('nowrap');
      expect(await first.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
      const row = await openRow(panel, 'views');
      expect(await height()).toBeGreaterThan(closed * 2);
      expect(await row.getByTestId('metric-details').textContent()).toContain(shown.span);
    },
  );
});

describe('what the leader types into a page', () => {
  it('never reaches storage, from an input or a contenteditable beside a metric label', async () => {
    const { page, tabId } = await browser.visit(instagram.url);
    await readContext(tabId);
    // A value and a date range typed beside "Saves" and "Comments".
    await page.getByRole('textbox', { name: 'Saves goal' }).fill('73,914');
    const note = page.locator('[contenteditable][aria-label="Comments goal"]');
    await note.click();
    await page.keyboard.type('58,231 from 3 Feb 2025 – 9 Mar 2025');
    // A tile that appears after the typing: once its value is kept, the page has been read again.
    await page.evaluate(() => {
      const tile = document.createElement('div');
      tile.className = 'tile';
      tile.innerHTML = '<span class="tile-label">Reposts</span><span class="tile-value">77</span>';
      document.querySelector('.tiles')!.append(tile);
    });
    await expect
      .poll(async () => (await contextOf(tabId))?.values.some((value) => value.label === 'Reposts'), {
        timeout: 10_000,
      })
      .toBe(true);

    const stored = await browser.worker.evaluate(async () =>
      JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null)]),
    );
    // What the page shows is there: the check below is not looking at an empty store.
    expect(stored).toContain('1,284,306');
    expect(stored).toContain('1 Jun 2024 – 31 Aug 2024');
    for (const typed of ['73,914', '73914', '58,231', '58231', '3 Feb 2025', '9 Mar 2025', '2025-02-03']) {
      expect(stored, typed).not.toContain(typed);
    }
  });
});

describe('values that are missing, ambiguous or in a table of posts', () => {
  it('reads each figure that is one label’s alone, and nothing where a value is missing or two could be it', async () => {
    const { tabId } = await browser.visit(instagram.url);
    const context = await readContext(tabId);
    // In page order, label by label: a label's tile first, then the posts table's first row.
    // Reach sits there beside its share from followers: two figures, none read.
    expect(context.values.map(shownAs)).toEqual([
      'Views (tile): 1,284,306 | ▲ 22.6% vs previous period',
      'Views (table): 248,210',
      'Accounts reached (tile): 412,908 | ▲ 8.1% vs previous period',
      'Content interactions (tile): 52,117 | ▼ 3.2% vs previous period',
      'Followers (tile): 18,642 | +611 vs previous period',
      'Likes (table): 9,412',
      'Comments (table): 386',
      'Shares (table): 1.2K',
      'Saves (table): 2,406',
    ]);
    // Read as numbers too, in the page's language.
    const numbers = Object.fromEntries(context.values.map((value) => [`${value.label} (${value.where})`, value.value]));
    expect(numbers['Views (tile)']).toEqual({ value: 1_284_306, kind: 'count' });
    expect(numbers['Shares (table)']).toEqual({ value: 1200, kind: 'count' });
    // Profile visits shows a dash and Link clicks two figures with no total: labels, no values.
    expect(context.labels).toEqual(expect.arrayContaining(['Profile visits', 'Link clicks']));
  });

  it('shows no value on a row whose value is missing or ambiguous', async () => {
    const { panel } = await browser.coach(instagram.url);
    await panel.locator('[data-metric="views"] [data-testid="metric-value"]').waitFor({ timeout: 10_000 });
    for (const metric of ['profile-visits', 'link-clicks']) {
      const row = panel.locator(`[data-testid="metric-card"][data-metric="${metric}"]`);
      await row.waitFor();
      expect(await row.locator('[data-testid="metric-value"]').count(), metric).toBe(0);
    }
  });
});

/** A value a fixture dashboard shows beside a label: its text, or null where none is shown or two figures could be it. */
interface Shown {
  label: string;
  where: 'tile' | 'table';
  text: string | null;
  change: string | null;
}

/**
 * Runs in the fixture page: the values it shows beside the labels the extension found, by the
 * fixtures' own markup (`.tile` with `.tile-label`, `.tile-value` and `.tile-change`; a data table's
 * column headers over their first row), so the tally does not grade the reader by its own rules.
 */
function valuesShown(labels: string[]): Shown[] {
  const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
  const shown: Shown[] = [];
  for (const tile of document.querySelectorAll('#main .tile')) {
    const label = tile.querySelector('.tile-label');
    if (!label || !labels.includes(text(label)) || !tile.checkVisibility()) continue;
    const values = Array.from(tile.querySelectorAll('.tile-value'), text).filter((value) => /\d/.test(value));
    const change = tile.querySelector('.tile-change');
    shown.push({
      label: text(label),
      where: 'tile',
      text: values.length === 1 ? values[0] : null,
      change: change ? text(change) : null,
    });
  }
  for (const table of document.querySelectorAll('#main table')) {
    if (!table.checkVisibility()) continue;
    const headers = Array.from(table.querySelectorAll('thead th'));
    const first = table.querySelector('tbody tr');
    headers.forEach((header, column) => {
      if (!labels.includes(text(header)) || !first) return;
      const cell = first.children[column];
      // A cell with a second figure in its own element ("96,418 <small>41%</small>") shows two.
      const two = Array.from(cell.querySelectorAll('*')).some((element) => /\d/.test(text(element)));
      shown.push({ label: text(header), where: 'table', text: two ? null : text(cell), change: null });
    });
  }
  return shown;
}

describe('the tally', () => {
  const dashboards = [
    ...fixturePages.filter((page) => !page.file.startsWith('large') && !page.file.startsWith('late')),
    ...valuePages,
  ];

  it('reads right every value the fixture dashboards show, and guesses none', async () => {
    let shownCount = 0;
    let readRight = 0;
    let changesShown = 0;
    let changesRight = 0;
    let unreadShown = 0;
    let leftUnread = 0;
    const wrong: string[] = [];
    const beyond: string[] = [];
    const unread: string[] = [];
    for (const fixture of dashboards) {
      const { page, tabId } = await browser.visit(fixture.url);
      const context = await readContext(tabId);
      const shown = await page.evaluate(valuesShown, context.labels);
      // A label shown twice in the same kind of place (two tiles) is matched value by value.
      const unmatched = [...context.values];
      const take = (value: Shown) => {
        const same = (entry: TabValue) => entry.label === value.label && entry.where === value.where;
        const exact = unmatched.findIndex((entry) => same(entry) && entry.text === value.text);
        const index = exact >= 0 ? exact : unmatched.findIndex(same);
        return index < 0 ? undefined : unmatched.splice(index, 1)[0];
      };
      for (const value of shown) {
        const found = take(value);
        const place = `${fixture.file} ${value.label} (${value.where})`;
        if (value.text === null) {
          unreadShown += 1;
          if (found) wrong.push(`${place}: read ${found.text}, where none is one value`);
          else {
            leftUnread += 1;
            unread.push(place);
          }
          continue;
        }
        shownCount += 1;
        if (found?.text === value.text) readRight += 1;
        else wrong.push(`${place}: shows ${value.text}, read ${found?.text ?? 'nothing'}`);
        if (value.change !== null) {
          changesShown += 1;
          if (found?.changeText === value.change) changesRight += 1;
          else wrong.push(`${place}: change ${value.change}, read ${found?.changeText ?? 'nothing'}`);
        }
      }
      beyond.push(...unmatched.map((value) => `${fixture.file} ${shownAs(value)}`));
      await page.close();
    }
    console.log(
      [
        `Values read right: ${readRight}/${shownCount} on ${dashboards.length} fixture dashboards`,
        `Changes read right: ${changesRight}/${changesShown}`,
        `Missing or ambiguous values left unread: ${leftUnread}/${unreadShown}`,
        ...unread.map((entry) => `  left unread: ${entry}`),
        `Read elsewhere (rows, lists): ${beyond.length}`,
        ...beyond.map((entry) => `  ${entry}`),
        ...wrong.map((entry) => `  wrong: ${entry}`),
      ].join('\n'),
    );
    expect(wrong).toEqual([]);
    expect(beyond).toEqual([]);
    // 14 dashboards, both languages: 127 values and 70 changes shown. Left unread, rightly: Instagram's
    // Profile visits (a dash, on the English and the Indonesian page), Link clicks (two figures), its
    // posts table's reach (a figure and a share), and GA4's channel column, whose first row is
    // "Total" with "100% of total".
    expect({ shownCount, readRight, changesShown, changesRight, unreadShown, leftUnread }).toEqual({
      shownCount: 127,
      readRight: 127,
      changesShown: 70,
      changesRight: 70,
      unreadShown: 5,
      leftUnread: 5,
    });
  });
});
