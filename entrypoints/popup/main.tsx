import { preloadStorageItem } from '@/components/ui/use-storage-item';
import { mountPage } from '@/components/ui/mount';
import { activityItem, ticksItem } from '@/state/checklist';
import { App } from './App';

// The checklist's next step is the popup's first screen: its ticks are read while the language
// files load, so that the first render shows it.
preloadStorageItem(ticksItem);
preloadStorageItem(activityItem);
void mountPage(App);
