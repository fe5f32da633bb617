// The saved one-to-one items, live across every open view, and a way to save or unsave one.
import { useCallback, useEffect, useState } from 'react';
import type { Message } from '@/lib/i18n';
import { newAgendaItem, type AgendaItem } from '@/lib/model/agenda-item';
import { useAgendaStore } from '@/state/stores';

export interface AgendaApi {
  items: readonly AgendaItem[];
  error: Message | null;
  /** The open item saved from this question or metric, if any. */
  savedFor(kind: AgendaItem['kind'], ref: string): AgendaItem | undefined;
  toggle(kind: AgendaItem['kind'], ref: string, source: AgendaItem['source']): void;
}

export function useAgenda(): AgendaApi {
  useEffect(() => {
    useAgendaStore.start();
  }, []);
  const items = useAgendaStore((state) => state.items);
  const [error, setError] = useState<Message | null>(null);

  const savedFor = useCallback(
    (kind: AgendaItem['kind'], ref: string) =>
      items.find((item) => item.kind === kind && item.ref === ref && item.status === 'open'),
    [items],
  );

  const toggle = useCallback(
    (kind: AgendaItem['kind'], ref: string, source: AgendaItem['source']) => {
      const existing = savedFor(kind, ref);
      const { add, remove } = useAgendaStore.getState();
      setError(null);
      void (existing ? remove(existing.id) : add(newAgendaItem({ kind, ref, source }))).then((result) => {
        if (!result.ok) setError(result.message);
      });
    },
    [savedFor],
  );

  return { items, error, savedFor, toggle };
}
