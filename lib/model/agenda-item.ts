// An item saved for a one-to-one: a library question, the question on a metric card, or praise,
// for one person or for whoever the leader meets next.
import { compareIds, recordIdSchema, timestampSchema } from './record';
import { z } from '../zod';
import { message, type Message } from '../i18n';

export const AGENDA_ITEM_VERSION = 2;
export const MAX_AGENDA_TEXT = 2000;

export const agendaItemSchema = z.object({
  v: z.literal(AGENDA_ITEM_VERSION),
  id: recordIdSchema,
  kind: z.enum(['question', 'metric', 'praise']),
  /** The library question or metric it comes from. */
  ref: z.nullable(z.string().check(z.maxLength(64))),
  /** Free text: the praise itself, or a leader's own wording. */
  text: z.nullable(z.string().check(z.maxLength(MAX_AGENDA_TEXT))),
  /** The team member it is for; null for "whoever I meet next". */
  memberId: z.nullable(recordIdSchema),
  /** Where it was saved from. */
  source: z.object({
    platform: z.nullable(z.string().check(z.maxLength(64))),
    url: z.nullable(z.string().check(z.maxLength(4096))),
  }),
  status: z.enum(['open', 'discussed']),
  createdAt: timestampSchema,
  /** Also the item's version for last-writer-wins: every save makes it larger. */
  updatedAt: timestampSchema,
  /** Set when unsaved: kept a while so undo works and other views see it go. */
  deletedAt: z.nullable(timestampSchema),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** Version 1 items had no `deletedAt`: they were removed from storage outright. */
export const agendaItemMigrations: Record<number, (item: Record<string, unknown>) => Record<string, unknown>> = {
  1: (item) => ({ ...item, v: 2, deletedAt: null }),
};

/** Oldest first: the order items were saved in. */
export function compareAgenda(a: AgendaItem, b: AgendaItem): number {
  return a.createdAt - b.createdAt || compareIds(a, b);
}

/** Items in their order (`compareAgenda`). Returns a new array. */
export function sortAgenda(items: readonly AgendaItem[]): AgendaItem[] {
  return [...items].sort(compareAgenda);
}

/** A new open item, for the next one-to-one with anyone unless `memberId` says who. */
export function newAgendaItem(
  fields: Pick<AgendaItem, 'kind' | 'ref'> & Partial<Pick<AgendaItem, 'text' | 'memberId' | 'source'>>,
  now = Date.now(),
): AgendaItem {
  return {
    v: AGENDA_ITEM_VERSION,
    id: crypto.randomUUID(),
    text: null,
    memberId: null,
    source: { platform: null, url: null },
    ...fields,
    status: 'open',
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
}

/** Why an item cannot be saved, in words for the leader. */
export function invalidAgendaItemMessage(_item: AgendaItem, error: z.core.$ZodError): Message {
  return error.issues[0]?.path[0] === 'text'
    ? message('agendaTextTooLong', { max: MAX_AGENDA_TEXT })
    : message('agendaInvalid');
}

/** What an item asks about: the library question or metric, or the leader's own words. */
export interface AgendaSubject {
  kind: AgendaItem['kind'];
  ref: string | null;
  text?: string | null;
}

/** Whether an item is about this subject: the same library entry, or the same own words. */
export function isAbout(item: AgendaItem, subject: AgendaSubject): boolean {
  if (item.kind !== subject.kind || item.ref !== subject.ref) return false;
  return subject.ref !== null || (item.text ?? '').trim() === (subject.text ?? '').trim();
}

/** Still to discuss: saved, not removed, not yet discussed. */
export function isOpen(item: AgendaItem): boolean {
  return item.deletedAt === null && item.status === 'open';
}

/**
 * Who an open item about this subject is saved for: member ids, and null for "whoever fits". Each
 * once, in the order they were saved.
 */
export function savedFor(items: readonly AgendaItem[], subject: AgendaSubject): (string | null)[] {
  const who = items.filter((item) => isOpen(item) && isAbout(item, subject)).map((item) => item.memberId);
  return [...new Set(who)];
}

/** The open item about this subject for this person (or for whoever fits, with null), if there is one. */
export function openItemFor(
  items: readonly AgendaItem[],
  subject: AgendaSubject,
  memberId: string | null,
): AgendaItem | undefined {
  return items.find((item) => isOpen(item) && isAbout(item, subject) && item.memberId === memberId);
}

export interface SavedGroup {
  /** The person, or null for "whoever fits". */
  memberId: string | null;
  items: AgendaItem[];
}

/**
 * Everything still to discuss, by person: the people on the roster in its order, then anyone no
 * longer on it, then "whoever fits". Only groups with items, oldest item first within each.
 */
export function groupByPerson(items: readonly AgendaItem[], roster: readonly string[]): SavedGroup[] {
  const open = sortAgenda(items.filter(isOpen));
  const order = [
    ...roster,
    ...new Set(open.flatMap((item) => (item.memberId && !roster.includes(item.memberId) ? [item.memberId] : []))),
  ];
  const groups: SavedGroup[] = order.map((memberId) => ({
    memberId,
    items: open.filter((item) => item.memberId === memberId),
  }));
  groups.push({ memberId: null, items: open.filter((item) => item.memberId === null) });
  return groups.filter((group) => group.items.length > 0);
}

/**
 * An item discussed in a 1:1 with this person: it is theirs from now on, even if it was saved for
 * whoever fits, so it leaves every other agenda. Reopening keeps it with them.
 */
export function withStatus(item: AgendaItem, status: AgendaItem['status'], memberId: string): AgendaItem {
  return { ...item, status, memberId };
}
