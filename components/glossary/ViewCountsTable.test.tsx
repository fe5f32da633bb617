// @vitest-environment happy-dom
// "What counts as a view" is a real table for screen readers, scrolls inside its own focusable
// region on a narrow panel, and reads in the leader's language.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { library } from '@/content';
import { translate } from '@/lib/i18n';
import { ViewCountsTable } from './ViewCountsTable';
import { renderIn } from './render-in';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('ViewCountsTable', () => {
  it('is a table with a caption, column headers and one row header per rule', async () => {
    await renderIn('en', <ViewCountsTable />);
    const table = screen.getByRole('table', { name: translate('en', 'viewCountsCaption') });
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(columns).toEqual([
      translate('en', 'viewCountsWhere'),
      translate('en', 'viewCountsRule'),
      translate('en', 'viewCountsSources'),
    ]);
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders).toHaveLength(library.viewCounts.length);
    expect(rowHeaders[0].getAttribute('scope')).toBe('row');
    const shorts = table.querySelector('[data-row="youtube-shorts"]');
    expect(shorts?.textContent).toContain('YouTube');
    expect(shorts?.textContent).toContain(translate('en', 'viewKindPlayStart'));
  });

  it('scrolls inside a labelled region the keyboard reaches, then moves on to the source links', async () => {
    const user = userEvent.setup();
    await renderIn('en', <ViewCountsTable />);
    const region = screen.getByRole('region', { name: translate('en', 'viewCountsCaption') });
    expect(region.classList.contains('table-scroll')).toBe(true);
    await user.tab();
    expect(document.activeElement).toBe(region);
    await user.tab();
    const first = library.viewCounts[0].sources[0];
    expect(document.activeElement).toBe(screen.getAllByRole('link', { name: first.title })[0]);
  });

  it('links every source over https with the day it was checked', async () => {
    await renderIn('en', <ViewCountsTable />);
    const links = screen.getAllByRole('link');
    expect(links).toHaveLength(library.viewCounts.reduce((sum, row) => sum + row.sources.length, 0));
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('rel')).toContain('noopener');
      expect(link.parentElement?.textContent).toMatch(/checked \d{1,2} \w{3} \d{4}|checked \w{3} \d{1,2}, \d{4}/);
    }
  });

  it('reads in Indonesian, notes included', async () => {
    await renderIn('id', <ViewCountsTable />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(translate('id', 'viewCountsHeading'));
    const row = library.viewCounts.find((entry) => entry.note);
    const cells = document.querySelector(`[data-row="${row?.id}"]`)?.textContent ?? '';
    expect(cells).toContain(row?.threshold.id);
    expect(cells).toContain(row?.note?.id);
    expect(cells).toContain(translate('id', 'viewCountsNote'));
  });

  it('shows only the rows it is given', async () => {
    await renderIn('en', <ViewCountsTable rows={library.viewCounts.filter((row) => row.platform === 'tiktok')} />);
    const rows = screen.getAllByRole('rowheader');
    expect(rows.length).toBeGreaterThan(0);
    for (const header of rows) expect(header.textContent).toContain('TikTok');
  });
});
