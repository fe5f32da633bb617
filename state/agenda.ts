// Items saved for the leader's next one-to-one: a question from the library, the question on a
// metric card, or praise. One storage key per item, so saving one never rewrites another, and
// every open view sees changes through storage events.
import { browser } from 'wxt/browser';
import { z } from '../lib/zod';

export const agendaItemSchema = z.object({
  v: z.literal(1),
  id: z.string().regex(/^[\w-]{1,64}$/),
  kind: z.enum(['question', 'metric', 'praise']),
  /** The library question or metric it comes from. */
  ref: z.string().max(64).nullable(),
  /** Free text: the praise itself, or a leader's own wording. */
  text: z.string().max(2000).nullable(),
  /** The team member it is for; null for "whoever I meet next". */
  memberId: z.string().max(64).nullable(),
  /** Where it was saved from. */
  source: z.object({ platform: z.string().max(64).nullable(), url: z.string().max(4096).nullable() }),
  status: z.enum(['open', 'discussed']),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

const prefix = 'agenda:';

export function agendaKey(id: string) {
  return `${prefix}${id}`;
}

/** Every readable agenda item, oldest first; unreadable ones are left in storage untouched. */
export async function listAgendaItems(): Promise<AgendaItem[]> {
  const all = await browser.storage.local.get(null);
  return parseAgenda(all);
}

export function parseAgenda(values: Record<string, unknown>): AgendaItem[] {
  return sortAgenda(Object.entries(values).flatMap(([name, value]) => readAgendaEntry(name, value) ?? []));
}

/** The agenda item stored under a key, or null for another key or a value that is not one. */
export function readAgendaEntry(name: string, value: unknown): AgendaItem | null {
  if (!name.startsWith(prefix)) return null;
  const parsed = agendaItemSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Oldest first: the order items were saved in. */
export function sortAgenda(items: AgendaItem[]): AgendaItem[] {
  return items.sort((a, b) => a.createdAt - b.createdAt);
}

export async function saveAgendaItem(item: AgendaItem): Promise<void> {
  const valid = agendaItemSchema.parse(item);
  await browser.storage.local.set({ [agendaKey(valid.id)]: valid });
}

export async function removeAgendaItem(id: string): Promise<void> {
  await browser.storage.local.remove(agendaKey(id));
}

/** A new open item, for the next one-to-one with anyone. */
export function newAgendaItem(
  fields: Pick<AgendaItem, 'kind' | 'ref'> & Partial<Pick<AgendaItem, 'text' | 'memberId' | 'source'>>,
  now = Date.now(),
): AgendaItem {
  return {
    v: 1,
    id: crypto.randomUUID(),
    text: null,
    memberId: null,
    source: { platform: null, url: null },
    ...fields,
    status: 'open',
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Calls back with the agenda keys that changed and their new values (undefined when removed),
 * so a view applies the change without reading storage again. Returns the unwatch function.
 */
export function watchAgenda(callback: (changes: ReadonlyMap<string, unknown>) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const agenda = new Map(
      Object.entries(changes)
        .filter(([name]) => name.startsWith(prefix))
        .map(([name, change]) => [name, change.newValue] as const),
    );
    if (agenda.size > 0) callback(agenda);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
