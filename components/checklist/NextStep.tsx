// The next step of the onboarding checklist, on its own: its stage and how far along that stage
// is, and the step to tick right there. After a tick the following step takes its place, and the
// focus with it, while the step just ticked is named with an undo (a space bar pressed by mistake
// would otherwise tick a step out of sight). It shows no reason an item counts as done, so it
// needs no platform names.
import { useEffect, useId, useRef, useState } from 'react';
import type { ChecklistItem } from '@/content';
import { useI18n } from '@/components/ui/use-i18n';
import { phases, useChecklist } from './use-checklist';
import './checklist.css';

export function NextStep({ items }: { items: readonly ChecklistItem[] }) {
  const { t, pick, say } = useI18n();
  const { progress, currentPhase, next, error, unreadable, toggle } = useChecklist(items);
  const headingId = useId();
  const box = useRef<HTMLInputElement>(null);
  const ticked = useRef(false);
  const [justDone, setJustDone] = useState<ChecklistItem | null>(null);

  // The step just ticked gives way to the next: the focus goes to the new checkbox, not the page.
  useEffect(() => {
    if (!ticked.current) return;
    ticked.current = false;
    box.current?.focus();
  }, [next?.id]);

  if (!progress) return <p className="muted">{t('checklistLoading')}</p>;
  const stage = progress.phases[currentPhase];
  const stageName = t(phases.find((phase) => phase.id === currentPhase)!.label);

  return (
    <section className="card next-step" aria-labelledby={headingId} data-testid="next-step">
      <h2 id={headingId} className="eyebrow">
        {next ? t('checklistNextHeading', { phase: stageName }) : t('checklistAllDone')}
      </h2>
      <p className="muted hint" id={`${headingId}-progress`}>
        {t('checklistStageProgress', { phase: stageName, done: stage.done, total: stage.total })}
      </p>
      <progress max={stage.total} value={stage.done} aria-labelledby={`${headingId}-progress`} />
      {next && (
        <label className="check" data-item={next.id}>
          <input
            ref={box}
            type="checkbox"
            checked={false}
            onChange={() => {
              ticked.current = true;
              setJustDone(next);
              toggle(next.id, true);
            }}
          />
          <span>{pick(next.text)}</span>
        </label>
      )}
      <div role="status">
        {justDone && !error && (
          <p className="hint" data-testid="just-done">
            {t('checklistJustDone', { step: pick(justDone.text) })}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                ticked.current = true;
                setJustDone(null);
                toggle(justDone.id, false);
              }}
            >
              {t('checklistUndoTick')}
            </button>
          </p>
        )}
        {error && <p className="error">{t('checklistSaveFailed', { error: say(error) })}</p>}
      </div>
      {unreadable && <p className="notice">{t('storageKeptAside')}</p>}
    </section>
  );
}
