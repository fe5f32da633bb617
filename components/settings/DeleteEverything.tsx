// "Delete all data" on the options page: what goes, asked again in place with a way to export a
// backup first, and the keyboard on the answer that keeps everything, so that a second Enter
// never deletes by accident.
import { useEffect, useRef, useState } from 'react';
import type { Message } from '@/lib/i18n';
import { deleteEverything } from '@/state/delete-everything';
import { useI18n } from '@/components/ui/use-i18n';
import { downloadBackup } from './download';

type Status =
  | { kind: 'idle' }
  | { kind: 'asking' }
  | { kind: 'deleting' }
  | { kind: 'done' }
  | { kind: 'failed'; message: Message };

export function DeleteEverything() {
  const { t, say } = useI18n();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const keep = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (status.kind === 'asking') keep.current?.focus();
    // Back from the question, whatever the answer: the keyboard returns to the button that asked it.
    else if (status.kind !== 'deleting' && asked.current) ask.current?.focus();
  }, [status.kind]);

  function askAgain() {
    asked.current = true;
    setStatus({ kind: 'asking' });
  }

  async function exportFirst() {
    const failed = await downloadBackup();
    if (failed) setStatus({ kind: 'failed', message: failed });
  }

  async function confirm() {
    setStatus({ kind: 'deleting' });
    const result = await deleteEverything();
    setStatus(result.ok ? { kind: 'done' } : { kind: 'failed', message: result.message });
  }

  return (
    <section className="card" aria-labelledby="delete-heading" data-testid="delete-everything">
      <h2 id="delete-heading">{t('deleteHeading')}</h2>
      <p>{t('deleteBody')}</p>
      {status.kind === 'asking' ? (
        <div role="group" aria-labelledby="delete-question">
          <p id="delete-question">
            <strong>{t('deleteQuestion')}</strong>
          </p>
          <div className="actions">
            <button ref={keep} type="button" className="button" onClick={() => setStatus({ kind: 'idle' })}>
              {t('deleteKeep')}
            </button>
            <button type="button" className="button" onClick={() => void exportFirst()}>
              {t('deleteExportFirst')}
            </button>
            <button type="button" className="button danger" onClick={() => void confirm()} data-testid="delete-confirm">
              {t('deleteYes')}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={ask}
          type="button"
          className="button danger-outline"
          onClick={askAgain}
          disabled={status.kind === 'deleting'}
          data-testid="delete-ask"
        >
          {t('deleteAsk')}
        </button>
      )}
      <div role="status" aria-live="polite">
        {status.kind === 'deleting' && <p className="muted">{t('deleteWorking')}</p>}
        {status.kind === 'done' && <p data-testid="delete-done">{t('deleteDone')}</p>}
      </div>
      {status.kind === 'failed' && (
        <p className="error" role="alert">
          {say(status.message)}
        </p>
      )}
    </section>
  );
}
