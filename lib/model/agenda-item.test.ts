import { describe, expect, it } from 'vitest';
import { groupByPerson, newAgendaItem, openItemFor, savedFor, withStatus, type AgendaItem } from './agenda-item';

const reach = { kind: 'metric', ref: 'reach' } as const;
let clock = 1000;

function item(fields: Partial<AgendaItem> & Pick<AgendaItem, 'kind' | 'ref'>): AgendaItem {
  clock += 1000;
  return { ...newAgendaItem({ kind: fields.kind, ref: fields.ref }, clock), ...fields };
}

describe('who an item is saved for', () => {
  const items = [
    item({ ...reach, memberId: 'dewi' }),
    item({ ...reach, memberId: null }),
    item({ ...reach, memberId: 'budi', status: 'discussed' }),
    item({ ...reach, memberId: 'rizky', deletedAt: 5 }),
    item({ kind: 'question', ref: 'audience-who', memberId: 'budi' }),
    item({ kind: 'question', ref: null, text: 'How was the launch?', memberId: 'sari' }),
  ];

  it('lists each person with an open item about the subject, and null for whoever fits', () => {
    expect(savedFor(items, reach)).toEqual(['dewi', null]);
    expect(savedFor(items, { kind: 'question', ref: 'audience-who' })).toEqual(['budi']);
    expect(savedFor(items, { kind: 'metric', ref: 'audience-who' })).toEqual([]);
  });

  it("tells the leader's own questions apart by their words", () => {
    expect(savedFor(items, { kind: 'question', ref: null, text: ' How was the launch? ' })).toEqual(['sari']);
    expect(savedFor(items, { kind: 'question', ref: null, text: 'Something else' })).toEqual([]);
  });

  it('finds the one open item for a person, never a discussed or removed one', () => {
    expect(openItemFor(items, reach, 'dewi')).toBe(items[0]);
    expect(openItemFor(items, reach, null)).toBe(items[1]);
    expect(openItemFor(items, reach, 'budi')).toBeUndefined();
    expect(openItemFor(items, reach, 'rizky')).toBeUndefined();
  });
});

describe('groupByPerson', () => {
  it('groups open items by person in roster order, then people no longer on it, then whoever fits', () => {
    const anyone = item({ ...reach, memberId: null });
    const forBudi = item({ ...reach, memberId: 'budi' });
    const gone = item({ ...reach, memberId: 'left-the-team' });
    const forDewi = item({ kind: 'question', ref: 'audience-who', memberId: 'dewi' });
    const alsoDewi = item({ ...reach, memberId: 'dewi' });
    const discussed = item({ ...reach, memberId: 'sari', status: 'discussed' });
    const groups = groupByPerson([alsoDewi, anyone, forBudi, gone, forDewi, discussed], ['dewi', 'budi', 'sari']);
    expect(groups).toEqual([
      { memberId: 'dewi', items: [forDewi, alsoDewi] },
      { memberId: 'budi', items: [forBudi] },
      { memberId: 'left-the-team', items: [gone] },
      { memberId: null, items: [anyone] },
    ]);
  });

  it('has nothing to show when nothing is saved', () => {
    expect(groupByPerson([], ['dewi'])).toEqual([]);
  });
});

describe('withStatus', () => {
  it('gives an item discussed in a 1:1 to that person, whoever it was saved for', () => {
    const anyone = item({ ...reach, memberId: null });
    expect(withStatus(anyone, 'discussed', 'dewi')).toMatchObject({ status: 'discussed', memberId: 'dewi' });
    expect(savedFor([withStatus(anyone, 'discussed', 'dewi')], reach)).toEqual([]);
  });
});
