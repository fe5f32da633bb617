// Today's reminder, when one waits for an answer: worded as its notification was (the background
// keeps it in session storage, state/shown-nudge.ts), with Done, Snooze and Dismiss, which
// Firefox's notifications lack. The background answers it, so the popup carries none of the
// schedule's code. Nothing shows when no reminder waits.
import { browser } from 'wxt/browser';
import type { NudgeAnswerReply, NudgeAnswerRequest } from '@/lib/messages';
import { errorText } from '@/lib/model/record';
import { nudgeAnswers } from '@/lib/reminder-words';
import { liveItem } from '@/state/live-item';
import { shownNudgeItem, type ShownNudge } from '@/state/shown-nudge';
import { h, slot } from './dom';
import type { Words } from '@/lib/i18n';

/**
 * The reminder's card and the line that says what became of an answer, following storage until the
 * functions pushed to `stops` are called. `onAnswered` is called once the card is gone, to put the
 * keyboard somewhere on the page.
 */
export function todayNudge(words: Words, stops: (() => void)[], onAnswered: () => void): DocumentFragment {
  const { t } = words;
  const nudge = liveItem(shownNudgeItem);
  const place = slot();
  const status = h('p', { role: 'status', class: 'muted hint' });
  const view = document.createDocumentFragment();
  view.append(place.anchor, status);

  function say(text: string, failed = false) {
    status.className = failed ? 'error' : 'muted hint';
    status.textContent = text;
  }

  async function answer(id: string, choice: NudgeAnswerRequest['answer']) {
    const request: NudgeAnswerRequest = { type: 'sidecoach/answer-nudge', id, answer: choice };
    try {
      const reply = (await browser.runtime.sendMessage(request)) as NudgeAnswerReply | undefined;
      if (reply?.ok) say(t('remindersAnswered'));
      else if (reply?.reason === 'gone') say(t('popupNudgeGone'));
      else return say(t('remindersAnswerFailed', { error: t('popupNudgeNoAnswer') }), true);
      onAnswered();
    } catch (error) {
      say(t('remindersAnswerFailed', { error: errorText(error) }), true);
    }
  }

  function card(shown: ShownNudge): HTMLElement {
    const buttons = nudgeAnswers.map(({ answer: choice, key }) =>
      h(
        'button',
        {
          type: 'button',
          class: choice === 'done' ? 'button small primary' : 'button small',
          'aria-label': t('namedAction', { action: t(key), subject: shown.title }),
          onclick: () => void answer(shown.id, choice),
        },
        t(key),
      ),
    );
    return h(
      'section',
      {
        class: 'card today-nudge',
        'aria-labelledby': 'today-nudge',
        'data-testid': 'today-nudge',
        lang: shown.language,
      },
      h('h2', { id: 'today-nudge', class: 'eyebrow' }, t('remindersNextHeading')),
      h('p', {}, h('strong', { dir: 'auto' }, shown.title)),
      ...shown.lines.map((line) => h('p', { class: 'note-text' }, line)),
      shown.steps.length > 0 ? h('ul', {}, ...shown.steps.map((step) => h('li', {}, step))) : null,
      h('div', { class: 'actions' }, ...buttons),
    );
  }

  /** The card shown, by the reminder it shows: a storage echo of the same reminder keeps it (and the focus in it). */
  let shownKey = '';
  function update() {
    const shown = nudge.state().value;
    const key = shown ? JSON.stringify(shown) : '';
    if (key === shownKey) return;
    shownKey = key;
    place.set(shown ? card(shown) : null);
  }

  stops.push(nudge.subscribe(update));
  update();
  return view;
}
