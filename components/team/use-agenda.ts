// The saved one-to-one items, live across every open view, and the ways to change them: save one
// for a person (or for whoever fits), unsave it, give it to someone else. Every change goes
// through the agenda store, so the other open views follow at once.
import { useEffect } from 'react';
import { newAgendaItem, openItemFor, type AgendaItem, type AgendaSubject } from '@/lib/model/agenda-item';
import type { SaveResult } from '@/state/collection';
import type { RemoveResult } from '@/state/collection-store';
import { useAgendaStore } from '@/state/stores';

/** The saved items, following every open view; the store starts on first use. */
export function useAgendaItems(): readonly AgendaItem[] {
  useEffect(() => {
    useAgendaStore.start();
  }, []);
  return useAgendaStore((state) => state.items);
}

/** Saves an item about `subject` for a person (null: whoever fits), unless one is open already. */
export function saveFor(
  subject: AgendaSubject,
  memberId: string | null,
  source: AgendaItem['source'],
): Promise<SaveResult<AgendaItem>> {
  const { items, add } = useAgendaStore.getState();
  const existing = openItemFor(items, subject, memberId);
  if (existing) return Promise.resolve({ ok: true, record: existing });
  const { kind, ref, text = null } = subject;
  return add(newAgendaItem({ kind, ref, text, memberId, source }));
}

/** Unsaves the open item about `subject` for this person; the result carries undo. */
export function unsaveFor(subject: AgendaSubject, memberId: string | null): Promise<RemoveResult<AgendaItem>> | null {
  const { items, remove } = useAgendaStore.getState();
  const existing = openItemFor(items, subject, memberId);
  return existing ? remove(existing.id) : null;
}

/**
 * Gives an open item to someone else (null: whoever fits). When they already have the same
 * question, the moved copy goes rather than putting it on their agenda twice.
 */
export async function reassign(item: AgendaItem, memberId: string | null): Promise<SaveResult<AgendaItem>> {
  const { items, update, remove } = useAgendaStore.getState();
  const twin = openItemFor(items, item, memberId);
  if (twin && twin.id !== item.id) {
    const removed = await remove(item.id);
    return removed.ok ? { ok: true, record: twin } : removed;
  }
  return update(item.id, (current) => ({ ...current, memberId }));
}
