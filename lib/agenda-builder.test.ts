import { describe, expect, it } from 'vitest';
import { library } from '../content';
import type { WellbeingPrompt } from '../content/schema';
import type { AgendaItem } from './model/agenda-item';
import { createNote, type Note } from './model/note';
import {
  agendaToMarkdown,
  buildAgenda,
  checkInPrompts,
  MAX_AGENDA_NOTES,
  type AgendaInput,
  type AgendaLine,
} from './agenda-builder';
import { word, type Language } from './i18n';

/** A line as the interface shows it: its text and, for the check-in, its action. */
const shown = (line: AgendaLine, language: Language = 'en') =>
  [line.text, ...(line.detail === undefined ? [] : [line.detail])].map((part) => word(language, part)).join(' ');

const hour = 3_600_000;
const day = 24 * hour;
/** Wednesday 5 November 2025, midday UTC. */
const now = Date.UTC(2025, 10, 5, 12);
const lastMeetingAt = now - 7 * day;

const checkIn = (id: string, en: string): WellbeingPrompt => ({
  id,
  situations: ['weekly-check-in'],
  prompt: { en, id: `${en} (id)` },
  action: { en: 'Ask one thing.', id: 'Tanyakan satu hal.' },
});
const wellbeing: WellbeingPrompt[] = [
  checkIn('first', 'First prompt.'),
  checkIn('second', 'Second prompt.'),
  { ...checkIn('crisis-only', 'Crisis prompt.'), situations: ['crisis'] },
];
const questions = [
  { id: 'audience-who', text: { en: 'Who is our audience?', id: 'Siapa audiens kita?' } },
  { id: 'workload-easier', text: { en: 'What would make this easier?', id: 'Apa yang bisa mempermudah?' } },
];
const metrics = [{ id: 'reach', question: { en: 'How do we count reach?', id: 'Bagaimana kita menghitung reach?' } }];

function agendaItem(id: string, fields: Partial<AgendaItem>): AgendaItem {
  return {
    v: 2,
    id,
    kind: 'question',
    ref: null,
    text: null,
    memberId: null,
    source: { platform: null, url: null },
    status: 'open',
    deletedAt: null,
    createdAt: now - day,
    updatedAt: now - day,
    ...fields,
  };
}

function note(text: string, teamMember: string | undefined, at: number, extra: Partial<Note> = {}): Note {
  return { ...createNote({ text, about: teamMember ? { teamMember } : {} }, at), ...extra };
}

const base: AgendaInput = {
  memberId: 'sari',
  items: [],
  notes: [],
  questions,
  metrics,
  wellbeing,
  now,
  lastMeetingAt,
};

describe('buildAgenda', () => {
  const items = [
    agendaItem('old-question', { ref: 'audience-who', memberId: 'sari', createdAt: lastMeetingAt - day }),
    agendaItem('metric', { kind: 'metric', ref: 'reach', createdAt: now - 2 * day }),
    agendaItem('praise', { kind: 'praise', text: 'Great reply to the angry customer.', memberId: 'sari' }),
    agendaItem('own-words', { ref: 'workload-easier', text: 'What slows you down most?', memberId: 'sari' }),
    agendaItem('for-budi', { ref: 'workload-easier', memberId: 'budi' }),
    agendaItem('discussed', { ref: 'audience-who', status: 'discussed' }),
  ];
  const notes = [
    note('Wants to learn video editing.', 'sari', now - 3 * day),
    note('Asked for a day off after the launch.', 'sari', now - day),
    note('Deleted thought.', 'sari', now - hour, { deletedAt: now }),
    note('About Budi.', 'budi', now - hour),
    note('About nobody.', undefined, now - hour),
  ];

  it('orders check-in, praise, questions (oldest first), then notes (newest first)', () => {
    const agenda = buildAgenda({ ...base, items, notes });
    expect(agenda.map((line) => [line.kind, shown(line)])).toEqual([
      ['wellbeing', expect.stringMatching(/ Ask one thing\.$/)],
      ['praise', 'Great reply to the angry customer.'],
      ['question', 'Who is our audience?'],
      ['question', 'How do we count reach?'],
      ['question', 'What slows you down most?'],
      ['note', 'Asked for a day off after the launch.'],
      ['note', 'Wants to learn video editing.'],
    ]);
  });

  it('marks open items saved before the last meeting as carried forward', () => {
    const agenda = buildAgenda({ ...base, items, notes });
    expect(agenda.filter((line) => line.carriedForward).map((line) => line.source)).toEqual([
      { agendaItemId: 'old-question' },
    ]);
    expect(buildAgenda({ ...base, items, lastMeetingAt: null }).some((line) => line.carriedForward)).toBe(false);
  });

  it("shows items for anyone in every person's agenda, and each person's own only in theirs", () => {
    const ids = (memberId: string | null) =>
      buildAgenda({ ...base, memberId, items, notes }).flatMap((line) => line.source.agendaItemId ?? []);
    expect(ids('sari')).toEqual(['praise', 'old-question', 'metric', 'own-words']);
    expect(ids('budi')).toEqual(['metric', 'for-budi']);
    expect(ids(null)).toEqual(['metric']);
  });

  it('leaves out discussed items and deleted notes, and gives each line a unique key', () => {
    const agenda = buildAgenda({ ...base, items, notes });
    expect(agenda.some((line) => line.source.agendaItemId === 'discussed')).toBe(false);
    expect(agenda.some((line) => line.text === 'Deleted thought.')).toBe(false);
    expect(new Set(agenda.map((line) => line.key)).size).toBe(agenda.length);
  });

  it(`shows at most ${MAX_AGENDA_NOTES} notes, the newest`, () => {
    const many = Array.from({ length: 8 }, (_, index) => note(`Note ${index}`, 'sari', now - index * hour));
    const shown = buildAgenda({ ...base, notes: many }).filter((line) => line.kind === 'note');
    expect(shown.map((line) => line.text)).toEqual(['Note 0', 'Note 1', 'Note 2', 'Note 3', 'Note 4']);
  });

  it('skips items with nothing to say', () => {
    const agenda = buildAgenda({
      ...base,
      items: [agendaItem('gone', { ref: 'removed-question' }), agendaItem('blank', { kind: 'praise', text: '  ' })],
    });
    expect(agenda.map((line) => line.kind)).toEqual(['wellbeing']);
  });

  it('carries library texts in both languages, for the language on screen', () => {
    const agenda = buildAgenda({ ...base, items });
    expect(agenda.map((line) => shown(line, 'id'))).toContain('Siapa audiens kita?');
    expect(shown(agenda[0], 'id')).toMatch(/\(id\) Tanyakan satu hal\.$/);
  });

  it('keeps the check-in prompt all week and rotates it the next, using only weekly check-in prompts', () => {
    const prompt = (at: number) => buildAgenda({ ...base, now: at })[0].key;
    // Monday 3 to Sunday 9 November 2025, in the device's time zone.
    const monday = new Date(2025, 10, 3, 0, 30).getTime();
    const sunday = new Date(2025, 10, 9, 23, 30).getTime();
    expect(prompt(monday)).toBe(prompt(sunday));
    expect(prompt(sunday + 2 * hour)).not.toBe(prompt(sunday));
    const seen = new Set(Array.from({ length: 6 }, (_, week) => prompt(monday + week * 7 * day)));
    expect(seen).toEqual(new Set(['wellbeing:first', 'wellbeing:second']));
  });

  it('still opens with a check-in when nothing is saved', () => {
    const agenda = buildAgenda({ ...base, questions: [], metrics: [], lastMeetingAt: undefined });
    expect(agenda).toEqual([
      {
        key: expect.stringMatching(/^wellbeing:/),
        kind: 'wellbeing',
        text: { en: expect.any(String), id: expect.any(String) },
        detail: { en: 'Ask one thing.', id: 'Tanyakan satu hal.' },
        carriedForward: false,
        source: {},
      },
    ]);
  });

  it('works with the real library', () => {
    const agenda = buildAgenda({
      ...base,
      questions: library.questions,
      metrics: library.metrics,
      wellbeing: library.wellbeing,
      items: [agendaItem('real', { ref: library.questions[0].id })],
    });
    expect(agenda.map((line) => line.kind)).toEqual(['wellbeing', 'question']);
    expect(shown(agenda[1])).toBe(library.questions[0].text.en);
  });
});

describe('the check-in prompt', () => {
  const prompts: WellbeingPrompt[] = [
    checkIn('routine', 'Routine.'),
    { ...checkIn('warning-signs', 'Warning signs.'), distress: true },
    { ...checkIn('crisis-routine', 'Crisis, any week.'), situations: ['crisis', 'weekly-check-in'] },
    { ...checkIn('crisis-distress', 'Crisis distress.'), situations: ['crisis'], distress: true },
    { ...checkIn('workload', 'Workload.'), situations: ['workload-audit'] },
    { ...checkIn('workload-distress', 'Workload distress.'), situations: ['workload-audit'], distress: true },
  ];
  const ids = (situation: 'crisis' | 'workload' | 'routine') => checkInPrompts(situation, prompts).map((p) => p.id);

  it('in a routine week rotates routine prompts only: never crisis, never distress', () => {
    expect(ids('routine')).toEqual(['routine']);
  });

  it('for an overloaded person asks about the workload, never with a distress prompt', () => {
    expect(ids('workload')).toEqual(['workload']);
    const line = buildAgenda({ ...base, wellbeing: prompts, situation: 'workload' })[0];
    expect(line.key).toBe('wellbeing:workload');
  });

  it('in crisis mode opens with crisis prompts, those for someone in distress included', () => {
    expect(ids('crisis')).toEqual(['crisis-routine', 'crisis-distress']);
  });

  it('has a workload and a crisis prompt for everyone in the real library', () => {
    for (const situation of ['routine', 'workload', 'crisis'] as const) {
      expect(checkInPrompts(situation, library.wellbeing).length, situation).toBeGreaterThan(1);
    }
    expect(checkInPrompts('routine', library.wellbeing).some((prompt) => prompt.distress)).toBe(false);
  });
});

describe('agendaToMarkdown', () => {
  const options = { memberName: 'Sari', date: now, language: 'en' as const, timeZone: 'Asia/Jakarta' };

  it('writes headings and task lines, marking carried-forward items', () => {
    const agenda = buildAgenda({
      ...base,
      items: [
        agendaItem('praise', { kind: 'praise', text: 'Thank you for the launch.' }),
        agendaItem('old', { ref: 'audience-who', createdAt: lastMeetingAt - day }),
      ],
      notes: [note('Likes data.', 'sari', now)],
    });
    const markdown = agendaToMarkdown(agenda, options);
    expect(markdown).toBe(
      [
        '# 1:1 with \u2068Sari\u2069 · 5 November 2025',
        '## Check in first',
        '- [ ] First prompt. Ask one thing.',
        '## Praise to give',
        '- [ ] Thank you for the launch.',
        '## Questions',
        '- [ ] Who is our audience? _(carried over from an earlier 1:1)_',
        '## From your notes',
        '- [ ] Likes data.',
      ].join('\n\n') + '\n',
    );
  });

  it('writes Bahasa Indonesia', () => {
    const agenda = buildAgenda({ ...base, items: [agendaItem('q', { ref: 'audience-who' })] });
    const markdown = agendaToMarkdown(agenda, { ...options, language: 'id' });
    expect(markdown).toMatch(/^# 1:1 dengan \u2068Sari\u2069 · 5 November 2025\n/);
    expect(markdown).toContain('## Pertanyaan\n\n- [ ] Siapa audiens kita?');
  });

  it('escapes Markdown and HTML in what the leader typed, names included', () => {
    const agenda = buildAgenda({
      ...base,
      items: [agendaItem('q', { text: '<script>alert(1)</script>' })],
      notes: [note('# heading\n- not a list\n\nSecond paragraph', 'sari', now)],
    });
    const markdown = agendaToMarkdown(agenda, { ...options, memberName: '# <b>Sari</b> $& co' });
    expect(markdown).toContain('# 1:1 with \u2068\\# &lt;b&gt;Sari&lt;/b&gt; $&amp; co\u2069');
    expect(markdown).toContain('- [ ] &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdown).not.toContain('<script>');
    // A multi-line note stays inside its list item, and none of its lines becomes a heading or list.
    expect(markdown).toContain('- [ ] \\# heading\\\n  \\- not a list\n\n  Second paragraph\n');
  });

  it('keeps emoji and right-to-left names intact, isolated from the date', () => {
    const withEmoji = agendaToMarkdown([], { ...options, memberName: 'Dewi 🌻' });
    expect(withEmoji).toMatch(/^# 1:1 with \u2068Dewi 🌻\u2069 · /);
    const arabic = agendaToMarkdown([], { ...options, memberName: 'مريم' });
    expect(arabic).toMatch(/^# 1:1 with \u2068مريم\u2069 · 5 November 2025/);
    const emojiText = agendaToMarkdown(
      buildAgenda({ ...base, items: [agendaItem('p', { kind: 'praise', text: 'Viral reel 🎉🔥' })] }),
      options,
    );
    expect(emojiText).toContain('- [ ] Viral reel 🎉🔥');
  });

  it('gives an agenda with nothing saved a check-in and a next step', () => {
    const markdown = agendaToMarkdown(buildAgenda(base), { ...options, memberName: null });
    expect(markdown).toMatch(/^# 1:1 agenda · 5 November 2025\n\n## Check in first\n\n- \[ \] /);
    expect(markdown).toContain('Nothing saved for this 1:1 yet.');
    expect(agendaToMarkdown([], { ...options, language: 'id' })).toContain('Belum ada yang disimpan untuk 1:1 ini.');
  });
});
