import { mountPage } from '@/components/ui/mount';
import { hasLibrary, loadLibrary } from '@/runtime/library';
import { alsoLoadLibrary } from '@/runtime/load-language';
import { useAgendaStore, useNotesStore, useTeamStore } from '@/state/stores';
import { App, pinnedTabId } from './App';
import { startReadingEarly } from './use-tab-context';

// The coached tab and its context are read while the language files load, not after.
startReadingEarly(pinnedTabId);
// Thousands of notes take the main thread for a second or more to read: the first view comes
// first, and the App loads the notes once it shows (at once when the panel opens at Notes).
if (location.hash.startsWith('#notes')) useNotesStore.start();
useTeamStore.start();
useAgendaStore.start();
// The panel's views show the coaching library: its texts load with the language on screen.
alsoLoadLibrary({ has: hasLibrary, load: loadLibrary });
void mountPage(App, 'sidepanel');
