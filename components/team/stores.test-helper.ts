// For component tests of the team views: fresh fake storage and empty, stopped record stores
// around each test, people and saved items written straight into storage, and what storage holds.
// Not a test itself.
import { waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newAgendaItem, type AgendaItem } from '@/lib/model/agenda-item';
import { createMember, type Member, type MemberInput } from '@/lib/model/member';
import type { StoredRecord } from '@/lib/model/record';
import { agenda } from '@/state/agenda';
import type { CollectionStore } from '@/state/collection-store';
import { useAgendaStore, useNotesStore, useTeamStore } from '@/state/stores';
import { team } from '@/state/team';

const stores = [useTeamStore, useAgendaStore, useNotesStore] as const;

/** Stops a store once it has finished reading, and empties it. */
async function reset<T extends StoredRecord>(store: CollectionStore<T>): Promise<void> {
  const stop = store.start();
  await waitFor(() => expect(store.getState().loaded).toBe(true));
  stop();
  store.setState({ byId: new Map(), items: [], problems: [], loaded: false, preview: null, loadError: null });
}

/** Each test of the file starts from empty storage and stores. */
export function freshStorageEachTest(): void {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(async () => {
    await reset(useTeamStore);
    await reset(useAgendaStore);
    await reset(useNotesStore);
  });
}

/** Starts every store and waits until each has read storage. */
export async function startStores(): Promise<void> {
  for (const store of stores) store.start();
  await waitFor(() => expect(stores.every((store) => store.getState().loaded)).toBe(true));
}

/** A person on the roster, written as another window would. */
export async function seedPerson(name: string, fields: Omit<MemberInput, 'name'> = {}): Promise<Member> {
  const member = createMember({ name, ...fields });
  await fakeBrowser.storage.local.set({ [team.key(member.id)]: member });
  return member;
}

/** A saved 1:1 item, written as another window would. */
export async function seedItem(fields: Partial<AgendaItem> & Pick<AgendaItem, 'kind' | 'ref'>): Promise<AgendaItem> {
  const item = { ...newAgendaItem({ kind: fields.kind, ref: fields.ref }), ...fields };
  await fakeBrowser.storage.local.set({ [agenda.key(item.id)]: item });
  return item;
}

/** The records stored under a prefix, removed ones left out. */
export async function storedRecords<T extends StoredRecord>(prefix: string): Promise<T[]> {
  return Object.entries(await fakeBrowser.storage.local.get(null))
    .filter(([key]) => key.startsWith(prefix))
    .map(([, value]) => value as T)
    .filter((record) => record.deletedAt === null);
}
