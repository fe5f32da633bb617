import { mountPage } from '@/components/mount';
import { startNotesStore } from '@/state/notes-store';
import { startTeamStore } from '@/state/team-store';
import { App } from './App';

startNotesStore();
startTeamStore();
mountPage(App);
