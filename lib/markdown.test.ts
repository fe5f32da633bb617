import { describe, expect, it } from 'vitest';
import { createNote, type Note } from './model/note';
import { escapeMarkdown, notesToMarkdown, readingsToMarkdown } from './markdown';
import { READING_VERSION } from './model/reading';

const t0 = Date.UTC(2025, 0, 15, 8, 30);

function note(text: string, extra: Partial<Note> = {}): Note {
  return { ...createNote({ text }, t0), ...extra };
}

describe('escapeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['# heading', '\\# heading'],
    ['## also', '\\## also'],
    ['- not a list', '\\- not a list'],
    ['+ nor this', '\\+ nor this'],
    ['1. nor this', '1\\. nor this'],
    ['2) nor this', '2\\) nor this'],
    ['> not a quote', '&gt; not a quote'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['*not bold* and _not italic_', '\\*not bold\\* and \\_not italic\\_'],
    ['[a link](javascript:alert(1))', '\\[a link\\](javascript:alert(1))'],
    ['`code` | table | ~~gone~~', '\\`code\\` \\| table \\| \\~\\~gone\\~\\~'],
    ['back\\slash', 'back\\\\slash'],
    ['R&D &amp; more', 'R&amp;D &amp;amp; more'],
    ['    indented code', '&nbsp;&nbsp;&nbsp;&nbsp;indented code'],
    ['#launch and #q3 plans', '\\#launch and #q3 plans'],
  ])('shows %j as text', (text, markdown) => {
    expect(escapeMarkdown(text)).toBe(markdown);
  });

  it('keeps line breaks and paragraphs', () => {
    expect(escapeMarkdown('\nfirst line\nsecond line\r\n\r\n  \nnew paragraph\n')).toBe(
      'first line\\\nsecond line\n\nnew paragraph',
    );
  });
});

describe('notesToMarkdown', () => {
  const pinned = note('Agree the KPI list with the team.', {
    pinned: true,
    tags: ['goals', 'q3'],
    about: {
      platform: 'linkedin',
      metric: 'reach',
      page: {
        url: 'https://www.linkedin.com/company/1/admin/analytics/',
        title: 'Analytics | LinkedIn',
        dateRange: 'Last 28 days',
      },
    },
  });
  const edited = note('<script>alert(1)</script>\n# not a heading', { updatedAt: t0 + 2 * 60 * 60 * 1000 });
  const deleted = note('deleted words', { deletedAt: t0 + 1 });

  it('lists pinned notes first, with their date, tags and what they are about', () => {
    const markdown = notesToMarkdown([edited, deleted, pinned], {
      language: 'en',
      timeZone: 'UTC',
      names: (kind, id) => (kind === 'platform' && id === 'linkedin' ? 'LinkedIn' : undefined),
    });
    expect(markdown).toBe(
      [
        '# Sidecoach notes',
        '## Pinned',
        '### 15 Jan 2025, 08:30',
        [
          '- **Tags:** goals, q3',
          '- **Platform:** LinkedIn',
          '- **Metric:** reach',
          '- **Page:** Analytics \\| LinkedIn <https://www.linkedin.com/company/1/admin/analytics/>',
          '- **Period:** Last 28 days',
        ].join('\n'),
        'Agree the KPI list with the team.',
        '## Other notes',
        '### 15 Jan 2025, 08:30 (edited 15 Jan 2025, 10:30)',
        '&lt;script&gt;alert(1)&lt;/script&gt;\\\n\\# not a heading',
      ].join('\n\n') + '\n',
    );
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('deleted words');
  });

  it('writes Indonesian', () => {
    const markdown = notesToMarkdown([note('Tanyakan definisi jangkauan.', { tags: ['laporan'] })], {
      language: 'id',
      timeZone: 'UTC',
    });
    expect(markdown).toMatch(/^# Catatan Sidecoach\n\n## Catatan\n\n### 15 Jan 2025/);
    expect(markdown).toContain('- **Tag:** laporan');
  });

  it('says when there are no notes', () => {
    expect(notesToMarkdown([], { language: 'en' })).toBe('# Sidecoach notes\n\nNo notes yet.\n');
  });
});

describe('readingsToMarkdown', () => {
  const base = {
    v: READING_VERSION as typeof READING_VERSION,
    account: null as string | null,
    surface: 'page-analytics',
    rangeText: 'Last 28 days' as string | null,
    period: null,
    value: null,
    changeText: null as string | null,
    change: null,
    where: 'tile' as const,
  };
  const day = (at: number) => new Date(at).toISOString().slice(0, 10);
  const at1 = Date.UTC(2026, 10, 12, 9);
  const at2 = Date.UTC(2026, 10, 20, 9);
  const known = new Map([
    ['metric:engagement-rate', 'Engagement rate'],
    ['platform:linkedin', 'LinkedIn'],
  ]);
  const names = (kind: string, id: string) => known.get(`${kind}:${id}`);

  it('writes one table per metric, newest day first, values as shown and pipes escaped', () => {
    const text = readingsToMarkdown(
      [
        { ...base, platform: 'linkedin', metric: 'engagement-rate', text: '6.9%', at: at1, day: day(at1) },
        {
          ...base,
          platform: 'linkedin',
          metric: 'engagement-rate',
          text: '4.79%',
          changeText: '▼ 2.1%',
          at: at2,
          day: day(at2),
        },
        {
          ...base,
          platform: 'x',
          account: 'brand|id',
          metric: 'impressions',
          text: '12.4K',
          rangeText: null,
          at: at1,
          day: day(at1),
        },
      ],
      { language: 'en', names },
    );
    expect(text).toBe(
      [
        '## Your history of the numbers',
        '',
        '### Engagement rate · LinkedIn',
        '',
        '| Day | Value | Change shown | Period |',
        '| --- | --- | --- | --- |',
        '| 2026-11-20 | 4.79% | ▼ 2.1% | Last 28 days |',
        '| 2026-11-12 | 6.9% |  | Last 28 days |',
        '',
        '### impressions · x (brand\\|id)',
        '',
        '| Day | Value | Change shown | Period |',
        '| --- | --- | --- | --- |',
        '| 2026-11-12 | 12.4K |  |  |',
        '',
      ].join('\n'),
    );
  });

  it('writes nothing without readings, and its headings in Indonesian', () => {
    expect(readingsToMarkdown([], { language: 'en' })).toBe('');
    const text = readingsToMarkdown(
      [{ ...base, platform: 'linkedin', metric: 'reach', text: '1.234', at: at1, day: day(at1) }],
      { language: 'id' },
    );
    expect(text.split('\n')[0]).toBe('## Riwayat angka Anda');
  });
});
