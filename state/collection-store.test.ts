import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareMembers, createMember, type Member } from '../lib/model/member';
import { compareNotes, type Note } from '../lib/model/note';
import type { StoredRecord } from '../lib/model/record';
import { placed } from './collection-store';

// What a save does to the list a view shows: the changed records are placed, not all sorted again.
// Whatever changes arrive, the list must be exactly what sorting every shown record would give.

/** Few ids, times and names, so that ties (same time, same name, both pinned) come up often. */
const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
const time = fc.integer({ min: 1, max: 4 });
const deletedAt = fc.option(time, { freq: 4 });

const note = fc
  .record({ id, updatedAt: time, pinned: fc.boolean(), deletedAt })
  .map(({ id, updatedAt, pinned, deletedAt }): Note => ({
    v: 1,
    id,
    text: id,
    tags: [],
    pinned,
    createdAt: 0,
    updatedAt,
    deletedAt,
    about: {},
  }));

const member = fc
  .record({ id, name: fc.constantFrom('Ana', 'ana', 'Budi', 'Dewi 2', 'Dewi 10'), createdAt: time, deletedAt })
  .map(({ id, name, createdAt, deletedAt }): Member => ({ ...createMember({ name }, createdAt), id, deletedAt }));

/** The shown list of a store holding `byId`: every record not removed, sorted. */
const shown = <T extends StoredRecord>(byId: ReadonlyMap<string, T>, compare: (a: T, b: T) => number) =>
  [...byId.values()].filter((record) => record.deletedAt === null).sort(compare);

function holdsTheOrder<T extends StoredRecord>(record: fc.Arbitrary<T>, compare: (a: T, b: T) => number) {
  fc.assert(
    fc.property(
      fc.array(record, { maxLength: 8 }),
      // Each change: new versions of some records, and some ids gone from storage.
      fc.array(fc.record({ saved: fc.array(record, { maxLength: 3 }), gone: fc.array(id, { maxLength: 2 }) }), {
        maxLength: 6,
      }),
      (start, changes) => {
        const byId = new Map(start.map((entry) => [entry.id, entry]));
        let items = shown(byId, compare);
        for (const { saved, gone } of changes) {
          const ids = new Set([...saved.map((entry) => entry.id), ...gone]);
          for (const goneId of gone) byId.delete(goneId);
          for (const entry of saved) byId.set(entry.id, entry);
          items = placed(items, ids, byId, compare);
          expect(items).toEqual(shown(byId, compare));
        }
      },
    ),
    { numRuns: 2000 },
  );
}

describe('placing changed records in a shown list', () => {
  it('gives the order a full sort gives, for notes (pinned, then newest, then id)', () => {
    holdsTheOrder(note, compareNotes);
  });

  it('gives the order a full sort gives, for team members (name, then oldest, then id)', () => {
    holdsTheOrder(member, compareMembers);
  });

  it('leaves the list it was given as it was', () => {
    const [a, b] = ['a', 'b'].map((name) => ({ v: 1, id: name, updatedAt: 1, deletedAt: null }));
    const items = Object.freeze([a!, b!]);
    const next = placed(items, new Set(['a']), new Map([['b', b!]]), (x, y) => x.id.localeCompare(y.id));
    expect(next).toEqual([b]);
    expect(items).toEqual([a, b]);
  });
});
