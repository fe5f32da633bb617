import { describe, expect, it } from 'vitest';
import { createNote, type Note } from './model/note';
import { escapeMarkdown, notesToMarkdown } from './markdown';

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
