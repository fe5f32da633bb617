// The live stores a page uses: one per collection. Each page starts the ones it shows.
import type { AgendaItem } from '../lib/model/agenda-item';
import type { Member } from '../lib/model/member';
import type { Note } from '../lib/model/note';
import { agenda } from './agenda';
import { createCollectionStore } from './collection-store';
import { notes } from './notes';
import { team } from './team';

/** The Notes view draws 50 rows first; the panel opened at Notes draws those before reading them all. */
export const notesHead = { key: 'notes-head', size: 50 };

export const useNotesStore = createCollectionStore<Note>(notes, { head: notesHead });
export const useTeamStore = createCollectionStore<Member>(team);
export const useAgendaStore = createCollectionStore<AgendaItem>(agenda);
