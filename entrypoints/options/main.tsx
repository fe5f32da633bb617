import { mountPage } from '@/components/mount';
import { startNotesStore } from '@/state/notes-store';
import { App } from './App';

startNotesStore();
mountPage(App);
