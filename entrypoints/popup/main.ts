// Starts the popup: the checklist's ticks and a waiting reminder are read while the language
// files load, so that the first drawing shows them; drawn again in another language when one is
// chosen in Settings while the popup is open.
import '@/components/ui/base.css';
import '@/components/ui/shell.css';
import '@/components/checklist/checklist.css';
import { resolveLanguage, wordsIn, type Language } from '@/lib/i18n';
import { browserLanguages } from '@/runtime/browser-languages';
import { loadLanguage } from '@/runtime/load-language';
import { startPageLanguage } from '@/runtime/page-language';
import { activityItem, ticksItem } from '@/state/checklist';
import { liveItem } from '@/state/live-item';
import { settingsItem } from '@/state/settings';
import { shownNudgeItem } from '@/state/shown-nudge';
import { drawPopup } from './popup';

liveItem(ticksItem).preload();
liveItem(activityItem).preload();
liveItem(shownNudgeItem).preload();

async function start() {
  const root = document.getElementById('root');
  if (!root) throw new Error('Sidecoach: the page has no #root element');
  let shown: Language = await startPageLanguage('popup');
  let stop = drawPopup(root, wordsIn(shown));
  liveItem(settingsItem).subscribe(() => {
    const wanted = resolveLanguage(liveItem(settingsItem).state().value.language, browserLanguages());
    if (wanted === shown) return;
    loadLanguage(wanted)
      .then(() => {
        shown = wanted;
        const before = stop;
        stop = drawPopup(root, wordsIn(wanted));
        before();
      })
      .catch(() => undefined);
  });
}

void start();
