import { mountPage } from '@/components/ui/mount';
import { alsoLoadLibrary } from '@/runtime/load-language';
import { useAgendaStore, useNotesStore, useTeamStore } from '@/state/stores';

useNotesStore.start();
useTeamStore.start();
useAgendaStore.start();
// The panel's views show the coaching library: its texts load with the language on screen.
alsoLoadLibrary();
void mountPage({ load: () => import('./App').then((module) => module.App) });
