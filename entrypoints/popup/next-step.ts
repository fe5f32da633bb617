// The next step of the onboarding checklist, on its own: its stage and how far along that stage
// is, and the step to tick right there. After a tick the following step takes its place, and the
// focus with it, while the step just ticked is named with an undo (a space bar pressed by mistake
// would otherwise tick a step out of sight). It shows no reason an item counts as done, so it
// needs no platform names. The side panel's Checklist view shows the same progress
// (components/checklist/use-checklist.ts), from the same functions.
import type { ChecklistItem } from '@/content';
import { checklistPhases, checklistProgress, checklistStage } from '@/lib/auto-ticks';
import type { Message, Words } from '@/lib/i18n';
import { activityItem, ticksItem } from '@/state/checklist';
import { liveItem } from '@/state/live-item';
import { h, slot } from './dom';

let sections = 0;

/**
 * The step's card, a loading line until the checklist is read, following every change until the
 * functions pushed to `stops` are called.
 */
export function nextStep(items: readonly ChecklistItem[], words: Words, stops: (() => void)[]): DocumentFragment {
  const { t, pick, say } = words;
  const ticks = liveItem(ticksItem);
  const activity = liveItem(activityItem);
  const headingId = `next-step-${++sections}`;

  const heading = h('h2', { id: headingId, class: 'eyebrow' });
  const progressText = h('p', { class: 'muted hint', id: `${headingId}-progress` });
  const bar = h('progress', { 'aria-labelledby': `${headingId}-progress` });
  const step = slot();
  const status = h('div', { role: 'status' });
  const unreadable = slot();
  const keptAside = h('p', { class: 'notice' }, t('storageKeptAside'));
  const card = h(
    'section',
    { class: 'card next-step', 'aria-labelledby': headingId, 'data-testid': 'next-step' },
    heading,
    progressText,
    bar,
    step.anchor,
    status,
    unreadable.anchor,
  );
  const place = slot();
  const view = document.createDocumentFragment();
  view.append(place.anchor);
  place.set(h('p', { class: 'muted' }, t('checklistLoading')));

  let shownId: string | null = null;
  /** Set by a tick or an undo: the focus goes to the step that takes its place. */
  let ticked = false;
  let justDone: ChecklistItem | null = null;
  let error: Message | null = null;
  /** What the status line says, so that it changes (and is read out) only when that changes. */
  let said = '';

  function toggle(itemId: string, done: boolean) {
    error = null;
    void ticks
      .write((current) => ({ ...current, [itemId]: { done, at: Date.now() } }))
      .then((result) => {
        if (!result.ok) {
          error = result.message;
          // Storage's value comes back in a moment, and the focus goes with the step it shows.
          ticked = true;
          update();
        }
      });
  }

  function stepFor(item: ChecklistItem): HTMLLabelElement {
    const box = h('input', {
      type: 'checkbox',
      onchange: () => {
        ticked = true;
        justDone = item;
        toggle(item.id, true);
      },
    });
    return h('label', { class: 'check', 'data-item': item.id }, box, h('span', {}, pick(item.text)));
  }

  function statusLine(): HTMLElement | null {
    if (error) return h('p', { class: 'error' }, t('checklistSaveFailed', { error: say(error) }));
    if (!justDone) return null;
    const undone = justDone;
    const undo = h(
      'button',
      {
        type: 'button',
        class: 'link-button',
        onclick: () => {
          ticked = true;
          justDone = null;
          toggle(undone.id, false);
          update();
        },
      },
      t('checklistUndoTick'),
    );
    return h(
      'p',
      { class: 'hint', 'data-testid': 'just-done' },
      t('checklistJustDone', { step: pick(undone.text) }),
      ' ',
      undo,
    );
  }

  function update() {
    const read = [ticks.state(), activity.state()];
    if (!read.every((state) => state.loaded)) return;
    const progress = checklistProgress(items, ticks.state().value, activity.state().value, {});
    const { phase, next } = checklistStage(items, progress);
    const stage = progress.phases[phase];
    const stageName = t(checklistPhases.find(({ id }) => id === phase)!.label);
    heading.textContent = next ? t('checklistNextHeading', { phase: stageName }) : t('checklistAllDone');
    progressText.textContent = t('checklistStageProgress', { phase: stageName, done: stage.done, total: stage.total });
    bar.max = stage.total;
    bar.value = stage.done;
    const saying = error ? `error:${say(error)}` : justDone ? `done:${justDone.id}` : '';
    if (saying !== said) {
      said = saying;
      const line = statusLine();
      if (line) status.replaceChildren(line);
      else status.replaceChildren();
    }
    if ((next?.id ?? null) !== shownId) {
      shownId = next?.id ?? null;
      const label = next ? stepFor(next) : null;
      step.set(label);
      if (ticked) {
        ticked = false;
        // With every step done there is no box: the undo keeps the keyboard in the card.
        (label?.querySelector('input') ?? status.querySelector('button'))?.focus();
      }
    }
    const unread = read.some((state) => state.problem !== null && state.problem !== 'storage');
    unreadable.set(unread ? keptAside : null);
    place.set(card);
  }

  stops.push(ticks.subscribe(update), activity.subscribe(update));
  update();
  return view;
}
