// A word on looking after the team when the moment calls for it (an inbox, after hours, crisis
// mode): one prompt and one thing to do today, small, with another idea on request.
import { memo, useState } from 'react';
import { library } from '@/runtime/library';
import { situationFor, wellbeingFor } from '@/lib/coach';
import type { TabContext } from '@/state/tab-contexts';
import { useI18n } from '@/components/ui/use-i18n';
import { useCrisisActive } from './use-crisis';

export const WellbeingNote = memo(function WellbeingNote({ context, now }: { context: TabContext; now: Date }) {
  const { t, pick } = useI18n();
  const [offset, setOffset] = useState(0);
  const crisis = useCrisisActive();
  const situation = situationFor(context.kind, { now, crisis });
  const prompt = wellbeingFor(library.wellbeing, situation, now, offset);
  if (!prompt) return null;
  return (
    <section
      className="wellbeing"
      aria-labelledby="wellbeing-heading"
      data-testid="wellbeing"
      data-situation={situation}
    >
      <h2 id="wellbeing-heading">{t('coachWellbeingHeading')}</h2>
      <p>{pick(prompt.prompt)}</p>
      <p>
        <strong>{t('wellbeingToday')}</strong> {pick(prompt.action)}
      </p>
      <button type="button" className="link-button" onClick={() => setOffset(offset + 1)}>
        {t('wellbeingAnother')}
      </button>
    </section>
  );
});
