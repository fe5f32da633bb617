// The leader's team roster: one `local:` key per person (`member:<id>`) in a record collection
// (state/collection.ts), with the same last-writer-wins, soft removal and care for unreadable
// values as notes.
import { DAY_MS } from '../lib/model/record';
import { MEMBER_VERSION, invalidMemberMessage, memberSchema, compareMembers, type Member } from '../lib/model/member';
import { defineCollection } from './collection';

export const MEMBER_KEY_PREFIX = 'member:';

export const team = defineCollection<Member>({
  prefix: MEMBER_KEY_PREFIX,
  schema: memberSchema,
  version: MEMBER_VERSION,
  migrations: {},
  compare: compareMembers,
  // Kept long: notes and 1:1 items about a person who left still show their name.
  retentionMs: 365 * DAY_MS,
  invalid: invalidMemberMessage,
  messages: {
    unreadable: 'memberUnreadable',
    newer: 'memberNewer',
    wrongKey: 'memberWrongKey',
    conflictChanged: 'memberConflictChanged',
    conflictRemoved: 'memberConflictRemoved',
    missing: 'memberMissing',
    loadFailed: 'teamLoadFailed',
  },
});

/** Records that the leader checked in with this person now, which restarts their reminder. */
export function recordCheckIn(member: Member, now = Date.now()) {
  return team.save({ ...member, lastCheckInAt: now }, { expectedUpdatedAt: member.updatedAt, now });
}
