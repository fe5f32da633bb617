import { mountPage } from '@/components/ui/mount';
import { useNotesStore } from '@/state/stores';
import { App } from './App';

useNotesStore.start();
void mountPage(App, 'options');
