// Escape on a form with unsaved words asks before throwing them away: "Discard your changes?",
// with "Keep editing" focused, and Escape again keeps them. Escape on an unchanged form closes it.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '@/components/ui/use-i18n';

export interface DiscardAsk {
  /** For the form's onKeyDown. */
  onKeyDown(event: KeyboardEvent): void;
  /** The question, when it is being asked; null otherwise. */
  question: ReactNode;
}

export function useDiscardAsk(changed: () => boolean, close: () => void): DiscardAsk {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const id = useId();
  const keepEditing = useRef<HTMLButtonElement>(null);
  const lastField = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (asking) keepEditing.current?.focus();
  }, [asking]);

  function stopAsking() {
    setAsking(false);
    lastField.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    if (asking) stopAsking();
    else if (changed()) {
      lastField.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setAsking(true);
    } else close();
  }

  const question = asking ? (
    <div className="card discard-ask" role="alertdialog" aria-labelledby={id}>
      <p id={id}>{t('teamDiscardQuestion')}</p>
      <div className="actions">
        <button type="button" className="button small" onClick={close}>
          {t('teamDiscard')}
        </button>
        <button type="button" className="button small primary" ref={keepEditing} onClick={stopAsking}>
          {t('teamKeepEditing')}
        </button>
      </div>
    </div>
  ) : null;

  return { onKeyDown, question };
}
