// The smaller parts of a 1:1 agenda: adding praise or a question of the leader's own, what was
// discussed since the last check-in (to put back if ticked by mistake), and the agenda in a box
// to copy by hand when the browser refuses the clipboard.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { library } from '@/runtime/library';
import { agendaItemText } from '@/lib/agenda-builder';
import { MAX_AGENDA_TEXT, newAgendaItem, type AgendaItem } from '@/lib/model/agenda-item';
import type { Member } from '@/lib/model/member';
import { useAgendaStore } from '@/state/stores';
import { useI18n } from '@/components/ui/use-i18n';

/** Add praise or a question of the leader's own to this person's next 1:1. */
export function AddItem({
  member,
  onAdded,
  onError,
}: {
  member: Member;
  onAdded(): void;
  onError(reason: string): void;
}) {
  const { t, say } = useI18n();
  const add = useAgendaStore((state) => state.add);
  const [kind, setKind] = useState<'question' | 'praise'>('question');
  const [text, setText] = useState('');
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return;
    const result = await add(newAgendaItem({ kind, ref: null, text: text.trim(), memberId: member.id }));
    if (!result.ok) return onError(say(result.message));
    setText('');
    onAdded();
  }

  return (
    <details className="card add-item">
      <summary>{t('teamAgendaAddSummary')}</summary>
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor={`${id}-kind`}>{t('teamAgendaAddKind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as typeof kind)}>
          <option value="question">{t('teamAgendaAddQuestion')}</option>
          <option value="praise">{t('teamAgendaAddPraise')}</option>
        </select>
        <label htmlFor={`${id}-text`}>{t('teamAgendaAddText')}</label>
        <textarea
          id={`${id}-text`}
          rows={2}
          dir="auto"
          maxLength={MAX_AGENDA_TEXT}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="actions">
          <button type="submit" className="button small" disabled={text.trim() === ''}>
            {t('teamAgendaAddSubmit')}
          </button>
        </div>
      </form>
    </details>
  );
}

/** Discussed with this person since the last check-in, each with a way back onto the agenda. */
export function DiscussedList({ items, onReopen }: { items: readonly AgendaItem[]; onReopen(item: AgendaItem): void }) {
  const { t, word } = useI18n();
  if (items.length === 0) return null;
  return (
    <section aria-label={t('teamAgendaDiscussedHeading')} className="agenda-section section-discussed">
      <h2>{t('teamAgendaDiscussedHeading')}</h2>
      <ul className="cards" data-testid="agenda-discussed">
        {items.map((item) => {
          const found = agendaItemText(item, library.questions, library.metrics);
          const text = found === null ? t('teamAgendaUnknownItem') : word(found);
          return (
            <li key={item.id} className="card agenda-line done" data-discussed={item.id}>
              <p className="agenda-text">{text}</p>
              <button
                type="button"
                className="button small"
                onClick={() => onReopen(item)}
                aria-label={t('namedAction', { action: t('teamAgendaReopen'), subject: text })}
              >
                {t('teamAgendaReopen')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** When the clipboard is refused: the agenda in a box, selected, to copy by hand. */
export function CopyFallback({ markdown }: { markdown: string }) {
  const { t } = useI18n();
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    box.current?.focus();
    box.current?.select();
  }, [markdown]);
  return (
    <div className="card copy-fallback" role="alert" data-testid="copy-fallback">
      <p>{t('teamAgendaCopyFailed')}</p>
      <label htmlFor={id}>{t('teamAgendaCopyBox')}</label>
      <textarea id={id} ref={box} readOnly rows={8} value={markdown} onFocus={(event) => event.target.select()} />
    </div>
  );
}
