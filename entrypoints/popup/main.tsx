import { preloadStorageItem } from '@/components/ui/use-storage-item';
import { mountPage } from '@/components/ui/mount';
import { activityItem, ticksItem } from '@/state/checklist';
import { shownNudgeItem } from '@/state/shown-nudge';
import { App } from './App';

// The checklist's next step and a waiting reminder are the popup's first screen: they are read
// while the language files load, so that the first render shows them.
preloadStorageItem(ticksItem);
preloadStorageItem(activityItem);
preloadStorageItem(shownNudgeItem);
void mountPage(App, 'popup');
