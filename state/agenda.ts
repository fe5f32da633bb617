// Items saved for the leader's one-to-ones: one `local:` key per item (`agenda:<id>`) in a record
// collection (state/collection.ts), so saving one never rewrites another, an edit made elsewhere
// is never overwritten, and an unsaved item can be brought back with undo.
import {
  AGENDA_ITEM_VERSION,
  agendaItemMigrations,
  agendaItemSchema,
  invalidAgendaItemMessage,
  compareAgenda,
  type AgendaItem,
} from '../lib/model/agenda-item';
import { DAY_MS } from '../lib/model/record';
import { defineCollection } from './collection';

export const AGENDA_KEY_PREFIX = 'agenda:';

export const agenda = defineCollection<AgendaItem>({
  prefix: AGENDA_KEY_PREFIX,
  schema: agendaItemSchema,
  version: AGENDA_ITEM_VERSION,
  migrations: agendaItemMigrations,
  compare: compareAgenda,
  retentionMs: 30 * DAY_MS,
  invalid: invalidAgendaItemMessage,
  messages: {
    unreadable: 'agendaUnreadable',
    newer: 'agendaNewer',
    wrongKey: 'agendaWrongKey',
    conflictChanged: 'agendaConflictChanged',
    conflictRemoved: 'agendaConflictRemoved',
    missing: 'agendaMissing',
    loadFailed: 'agendaLoadFailed',
  },
});
