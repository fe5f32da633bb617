import { mountPage } from '@/components/ui/mount';
import { useAgendaStore, useNotesStore, useTeamStore } from '@/state/stores';
import { App } from './App';

useNotesStore.start();
useTeamStore.start();
useAgendaStore.start();
mountPage(App);
