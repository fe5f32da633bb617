// "Ask at a 1:1": a button that opens a small list of the people on the roster and "Whoever fits",
// to save a question or a metric card for a one-to-one. Each choice saves (or unsaves) one item
// for that person; several people can be chosen. Works with the keyboard as a WAI-ARIA listbox:
// arrows move, Enter or Space chooses, Escape closes and returns focus to the button.
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { message, type MessageParam } from '@/lib/i18n';
import { savedFor, type AgendaItem } from '@/lib/model/agenda-item';
import { useTeamStore } from '@/state/stores';
import { useI18n } from '@/components/ui/use-i18n';
import { saveFor, unsaveFor, useAgendaItems } from './use-agenda';
import './team.css';

export interface AskAtOneOnOneProps {
  /** What is saved: a question from the library, or the question on a metric card. */
  kind: 'question' | 'metric';
  /** The library id of that question or metric. */
  refId: string;
  /** What it is about, in the language on screen, for the button's name: "Ask about {subject} at a 1:1". */
  subject: string;
  /** Where it is saved from: the platform and page on screen. */
  source: AgendaItem['source'];
  /**
   * Opens the Team view's form to add a person. Offered as "Add your first person" when nobody is
   * on the roster yet; left out, the list offers only "Whoever fits".
   */
  onAddPerson?(): void;
  /**
   * In a narrow panel, show the button as "+ 1:1" (its full name unchanged), so the text beside it
   * keeps the width: the Coach's questions use this.
   */
  compact?: boolean;
}

/** One row of the list: a person's id, or null for "whoever fits". */
type Choice = string | null;

export function AskAtOneOnOne({ kind, refId, subject, source, onAddPerson, compact = false }: AskAtOneOnOneProps) {
  const { t, say, word } = useI18n();
  const items = useAgendaItems();
  const members = useTeamStore((state) => state.items);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [said, setSaid] = useState('');
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const popover = useRef<HTMLDivElement>(null);

  useEffect(() => {
    useTeamStore.start();
  }, []);

  const subjectOf = { kind, ref: refId };
  const chosen = savedFor(items, subjectOf);
  const choices: Choice[] = [...members.map((member) => member.id), null];
  const nameOf = (choice: Choice): MessageParam =>
    choice === null
      ? message('askWhoeverFitsInline')
      : (members.find((member) => member.id === choice)?.name ?? message('askSomeoneGone'));
  const who = { list: chosen.map(nameOf) };

  // Opened: the list takes focus, on the first person already chosen (or the first row).
  useEffect(() => {
    if (open) list.current?.focus();
  }, [open]);

  // A list wider than the space to its right moves left, so it never sticks out of a narrow panel.
  useLayoutEffect(() => {
    const box = popover.current;
    if (!open || !box) return;
    box.style.insetInlineStart = '0px';
    const overflow = box.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) box.style.insetInlineStart = `${-overflow}px`;
  }, [open]);

  function openList() {
    const first = choices.findIndex((choice) => chosen.includes(choice));
    setActive(Math.max(first, 0));
    setOpen(true);
  }

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }

  async function choose(choice: Choice) {
    const name = word(nameOf(choice));
    const removing = unsaveFor(subjectOf, choice);
    const result = await (removing ?? saveFor(subjectOf, choice, source));
    if (!result.ok) return setSaid(t('agendaSaveFailed', { error: say(result.message) }));
    setSaid(removing ? t('askUnsaved', { who: name }) : t('askSaved', { who: name }));
  }

  function onKeyDown(event: KeyboardEvent) {
    const last = choices.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(active + 1, last),
      ArrowUp: Math.max(active - 1, 0),
      Home: 0,
      End: last,
    };
    if (event.key in moves) setActive(moves[event.key]);
    else if (event.key === 'Enter' || event.key === ' ') void choose(choices[active]);
    else if (event.key === 'Escape') close(true);
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  const optionId = (index: number) => `${id}-option-${index}`;
  const label = chosen.length > 0 ? say(message('askSavedFor', { who })) : t('askAtOneOnOne');
  const name =
    chosen.length > 0 ? say(message('askAboutSavedFor', { subject, who })) : t('askAboutAtOneOnOne', { subject });

  return (
    <div
      className="ask-picker"
      ref={root}
      onBlur={(event) => {
        if (open && !root.current?.contains(event.relatedTarget as Node | null)) close(false);
      }}
    >
      <button
        type="button"
        ref={button}
        className="button small"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={open ? `${id}-list` : undefined}
        aria-label={name}
        title={compact ? name : undefined}
        onClick={() => (open ? close(true) : openList())}
        data-testid="ask-at-one-on-one"
      >
        <span className={compact ? 'ask-long' : undefined}>{label}</span>
        {compact && (
          <span className="ask-short" aria-hidden="true">
            {chosen.length > 0 ? t('askShortSaved') : t('askShort')}
          </span>
        )}
        {chosen.length > 0 && <span aria-hidden="true"> ✓</span>}
      </button>
      {open && (
        <div className="ask-popover card" ref={popover}>
          <p id={`${id}-label`} className="ask-popover-label">
            {t('askPickerLabel')}
          </p>
          <ul
            role="listbox"
            id={`${id}-list`}
            ref={list}
            tabIndex={0}
            aria-labelledby={`${id}-label`}
            aria-multiselectable="true"
            aria-activedescendant={optionId(active)}
            onKeyDown={onKeyDown}
            className="ask-options"
          >
            {choices.map((choice, index) => (
              <li
                key={choice ?? 'whoever-fits'}
                id={optionId(index)}
                role="option"
                aria-selected={chosen.includes(choice)}
                className={index === active ? 'ask-option active' : 'ask-option'}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  setActive(index);
                  list.current?.focus();
                  void choose(choice);
                }}
              >
                <span className="ask-check" aria-hidden="true">
                  {chosen.includes(choice) ? '✓' : ''}
                </span>
                <span dir="auto">{choice === null ? t('askWhoeverFits') : word(nameOf(choice))}</span>
                {choice === null && <span className="muted hint">{t('askWhoeverFitsHint')}</span>}
              </li>
            ))}
          </ul>
          {members.length === 0 && (
            <p className="ask-no-people muted">
              {t('askNoPeople')}{' '}
              {onAddPerson && (
                <button type="button" className="link-button" onClick={onAddPerson}>
                  {t('askAddFirstPerson')}
                </button>
              )}
            </p>
          )}
        </div>
      )}
      <span className="visually-hidden" role="status">
        {said}
      </span>
    </div>
  );
}
