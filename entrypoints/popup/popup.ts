// The toolbar popup: the button that opens the coach first, then the reminder waiting for an
// answer (when one is), the next step of the onboarding checklist (its stage and progress, ticked
// right there), and a way to the whole checklist in the side panel. Plain DOM (see dom.ts).
import { browser } from 'wxt/browser';
import { popupLibrary } from '@/content/popup-library';
import { errorText } from '@/lib/model/record';
import { openCoach, openCoachShortcut } from '@/runtime/open-coach';
import { requestPanel } from '@/state/panel-request';
import { h, slot } from './dom';
import { nextStep } from './next-step';
import { todayNudge } from './today-nudge';
import type { Words } from '@/lib/i18n';

/**
 * Draws the popup into `root` in the language of `words`, replacing what was there. Returns the
 * function that stops its parts following storage, for when it is drawn again.
 */
export function drawPopup(root: HTMLElement, words: Words): () => void {
  const { t } = words;
  document.documentElement.lang = words.language;
  document.title = t('appName');
  let tabId: number | null = null;
  const stops: (() => void)[] = [];

  const hint = h('p', { id: 'open-coach-hint', class: 'muted hint' });
  const problem = slot();
  const showError = (reason: unknown) =>
    problem.set(h('p', { class: 'error', role: 'alert' }, t('popupOpenCoachFailed', { error: errorText(reason) })));

  function onOpenCoach() {
    if (tabId === null) return;
    openCoach(tabId)
      .then(() => window.close())
      .catch(showError);
  }

  /** Opens the coach on its checklist tab: the panel opens first, within the click, then is told where to go. */
  function onOpenChecklist() {
    if (tabId === null) return;
    const opening = openCoach(tabId);
    requestPanel({ tabId, view: 'checklist', at: Date.now() })
      .then(() => opening)
      .then(() => window.close())
      .catch(showError);
  }

  const open = h(
    'button',
    {
      type: 'button',
      class: 'button primary',
      disabled: true,
      'aria-describedby': 'open-coach-hint',
      onclick: onOpenCoach,
    },
    t('popupOpenCoach'),
  );
  const checklist = h(
    'button',
    { type: 'button', class: 'link-button', disabled: true, 'data-testid': 'open-checklist', onclick: onOpenChecklist },
    t('popupFullChecklist'),
  );
  const settings = h(
    'button',
    { type: 'button', class: 'link-button', onclick: () => void browser.runtime.openOptionsPage() },
    t('popupSettings'),
  );

  root.replaceChildren(
    h(
      'header',
      { class: 'app-header' },
      h('img', { src: '/icon/32.png', alt: '' }),
      h('span', { class: 'title' }, t('appName')),
    ),
    h(
      'main',
      { class: 'popup' },
      open,
      hint,
      problem.anchor,
      todayNudge(words, stops, () => open.focus()),
      h('h1', {}, t('popupHeading')),
      nextStep(popupLibrary.checklists, words, stops),
      h('div', { class: 'link-list popup-links' }, checklist, settings),
    ),
  );

  // Known before the click, so the click can open the panel without awaiting anything. The main
  // action takes the focus as soon as it can act, so Enter opens the coach.
  browser.tabs
    .query({ active: true, currentWindow: true })
    .then(([tab]) => {
      tabId = tab?.id ?? null;
      if (tabId === null) return;
      open.disabled = false;
      checklist.disabled = false;
      open.focus();
    })
    .catch(showError);
  openCoachShortcut()
    .then((shortcut) => {
      hint.textContent = shortcut ? t('popupOpenCoachHint', { shortcut }) : '';
    })
    .catch(() => undefined);
  return () => {
    for (const stop of stops) stop();
  };
}
