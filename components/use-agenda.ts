// The saved one-to-one agenda, live across every open view, and a way to save or unsave an item.
// One copy per page: the first view that asks reads storage once; after that every change is
// applied by key from the storage event, never by reading everything again.
import { useCallback, useEffect, useMemo } from 'react';
import { create } from 'zustand';
import {
  agendaKey,
  listAgendaItems,
  newAgendaItem,
  readAgendaEntry,
  removeAgendaItem,
  saveAgendaItem,
  sortAgenda,
  watchAgenda,
  type AgendaItem,
} from '@/state/agenda';

interface AgendaState {
  byKey: Record<string, AgendaItem>;
  error: string | null;
}

const useAgendaStore = create<AgendaState>()(() => ({ byKey: {}, error: null }));
let started = false;

function startAgenda() {
  if (started) return;
  started = true;
  // Keys changed while the first read was under way win over what that read returns.
  const changedDuringLoad = new Set<string>();
  let loading = true;
  watchAgenda((changes) => {
    const byKey = { ...useAgendaStore.getState().byKey };
    for (const [key, value] of changes) {
      if (loading) changedDuringLoad.add(key);
      const item = readAgendaEntry(key, value);
      if (item) byKey[key] = item;
      else delete byKey[key];
    }
    useAgendaStore.setState({ byKey });
  });
  listAgendaItems()
    .then((items) => {
      const current = useAgendaStore.getState().byKey;
      const byKey: Record<string, AgendaItem> = {};
      for (const item of items) if (!changedDuringLoad.has(agendaKey(item.id))) byKey[agendaKey(item.id)] = item;
      for (const key of changedDuringLoad) if (current[key]) byKey[key] = current[key];
      useAgendaStore.setState({ byKey });
    })
    .catch((reason: unknown) => useAgendaStore.setState({ error: String(reason) }))
    .finally(() => {
      loading = false;
    });
}

export interface AgendaApi {
  items: AgendaItem[];
  error: string | null;
  /** The open item saved from this question or metric, if any. */
  savedFor(kind: AgendaItem['kind'], ref: string): AgendaItem | undefined;
  toggle(kind: AgendaItem['kind'], ref: string, source: AgendaItem['source']): void;
}

export function useAgenda(): AgendaApi {
  useEffect(startAgenda, []);
  const byKey = useAgendaStore((state) => state.byKey);
  const error = useAgendaStore((state) => state.error);
  const items = useMemo(() => sortAgenda(Object.values(byKey)), [byKey]);

  const savedFor = useCallback(
    (kind: AgendaItem['kind'], ref: string) =>
      items.find((item) => item.kind === kind && item.ref === ref && item.status === 'open'),
    [items],
  );

  const toggle = useCallback(
    (kind: AgendaItem['kind'], ref: string, source: AgendaItem['source']) => {
      const existing = savedFor(kind, ref);
      const work = existing ? removeAgendaItem(existing.id) : saveAgendaItem(newAgendaItem({ kind, ref, source }));
      useAgendaStore.setState({ error: null });
      work.catch((reason: unknown) =>
        useAgendaStore.setState({ error: reason instanceof Error ? reason.message : String(reason) }),
      );
    },
    [savedFor],
  );

  return { items, error, savedFor, toggle };
}
