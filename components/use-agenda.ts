// The saved one-to-one agenda, live across every open view, and a way to save or unsave an item.
import { useCallback, useEffect, useState } from 'react';
import {
  listAgendaItems,
  newAgendaItem,
  removeAgendaItem,
  saveAgendaItem,
  watchAgenda,
  type AgendaItem,
} from '@/state/agenda';

export interface AgendaApi {
  items: AgendaItem[];
  error: string | null;
  /** The open item saved from this question or metric, if any. */
  savedFor(kind: AgendaItem['kind'], ref: string): AgendaItem | undefined;
  toggle(kind: AgendaItem['kind'], ref: string, source: AgendaItem['source']): void;
}

export function useAgenda(): AgendaApi {
  const [items, setItems] = useState<AgendaItem[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const unwatch = watchAgenda((next) => current && setItems(next));
    listAgendaItems()
      .then((next) => current && setItems(next))
      .catch((reason: unknown) => current && setError(String(reason)));
    return () => {
      current = false;
      unwatch();
    };
  }, []);

  const savedFor = useCallback(
    (kind: AgendaItem['kind'], ref: string) =>
      items.find((item) => item.kind === kind && item.ref === ref && item.status === 'open'),
    [items],
  );

  const toggle = useCallback(
    (kind: AgendaItem['kind'], ref: string, source: AgendaItem['source']) => {
      const existing = savedFor(kind, ref);
      const work = existing ? removeAgendaItem(existing.id) : saveAgendaItem(newAgendaItem({ kind, ref, source }));
      setError(null);
      work.catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
    },
    [savedFor],
  );

  return { items, error, savedFor, toggle };
}
