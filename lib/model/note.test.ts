import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectSameAnswer, mostly, pick } from '../../tests/quick-check';
import { createNote, isPlainNote, MAX_NOTE_TEXT, noteSchema } from './note';

describe('isPlainNote, the quick check beside the schema', () => {
  /** An object of these fields, each left out when its value is `absent`. */
  const fields = (shape: Record<string, fc.Arbitrary<unknown>>) =>
    fc.record(shape).map((value) => Object.fromEntries(Object.entries(value).filter(([, field]) => field !== absent)));
  const absent = Symbol('absent');
  const libraryId = mostly(pick('instagram', 'engagement-rate', absent), pick('Reach', 'a--b', '', 7, undefined, null));
  const timestamp = mostly(pick(0, 1_796_000_000_000), pick(-1, 1.5, Number.MAX_SAFE_INTEGER + 2, '5', null));
  const page = fields({
    url: mostly(
      pick('https://www.linkedin.com/company/1/admin/analytics/', 'http://example.com/'),
      pick('javascript:alert(1)', 'ftp://example.com/', 'not a url', `https://x.com/${'a'.repeat(4096)}`, 5),
    ),
    title: mostly(pick(absent, 'Analytics', ''), pick('a'.repeat(1001), 5, undefined)),
    dateRange: mostly(pick(absent, 'Last 28 days'), pick(' Last 28 days ', '', '   ', 'a'.repeat(201), undefined)),
    extra: mostly(pick(absent), pick('x')),
  });
  const about = mostly(
    fields({
      platform: libraryId,
      surface: libraryId,
      metric: libraryId,
      question: libraryId,
      teamMember: mostly(pick(absent, 'member_1', 'A-b_9'), pick('', 'a b', 'x'.repeat(65), 3)),
      page: mostly(pick(absent), page),
      extra: mostly(pick(absent), pick(1)),
    }),
    pick(null, [], 'about'),
  );
  const candidate = fields({
    v: mostly(pick(1), pick(2, '1', absent)),
    id: mostly(pick('n1', '0a1b2c3d-e4f5', 'x'.repeat(64)), pick('', 'a b', 'x'.repeat(65), 'constructor!', 1)),
    text: mostly(
      pick('Ask why reach dropped', ' padded ', 'x'.repeat(MAX_NOTE_TEXT)),
      pick('', '   ', 'x'.repeat(MAX_NOTE_TEXT + 1), 5),
    ),
    tags: mostly(
      fc.array(
        mostly(pick('q3', 'q3 launch', 'x'.repeat(40)), pick('Q3', '#q3', 'q3  launch', '', 'x'.repeat(41), 3)),
        {
          maxLength: 22,
        },
      ),
      pick(['q3', 'q3'], 'q3', null),
    ),
    pinned: mostly(pick(true, false), pick(0, 'true')),
    createdAt: timestamp,
    updatedAt: timestamp,
    deletedAt: mostly(pick(null, 1_796_000_000_000), pick(-5, undefined, absent)),
    about,
    extra: mostly(pick(absent), pick('x')),
  });

  it('only takes what the schema takes, and exactly as the schema gives it back', () => {
    expectSameAnswer(isPlainNote, noteSchema, candidate);
  });

  it('takes the notes Sidecoach writes, so that they skip the schema', () => {
    const now = 1_796_000_000_000;
    expect(isPlainNote(createNote({ text: 'Ask about reach' }, now))).toBe(true);
    const full = createNote(
      {
        text: 'Reach fell after the launch',
        tags: ['#Q3 Launch', 'reporting'],
        pinned: true,
        about: {
          platform: 'linkedin',
          surface: 'page-analytics',
          metric: 'reach',
          teamMember: 'member-1',
          page: {
            url: 'https://www.linkedin.com/company/1/admin/analytics/',
            title: 'Analytics',
            dateRange: 'Last 28 days',
          },
        },
      },
      now,
    );
    expect(isPlainNote(full)).toBe(true);
    expect(isPlainNote({ ...full, deletedAt: now })).toBe(true);
  });
});
