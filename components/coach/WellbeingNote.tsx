// A word on looking after the team when the moment calls for it (an inbox, after hours, crisis
// mode): one prompt and one thing to do today, small, with another idea on request. In crisis
// mode its heading says so: the Coach puts it first on an inbox then.
import { memo, useState } from 'react';
import type { WellbeingSituation } from '@/content/schema';
import { library } from '@/runtime/library';
import { wellbeingFor, wellbeingPromptsFor } from '@/lib/coach';
import { useI18n } from '@/components/ui/use-i18n';
import { openSettingsAt } from '@/runtime/open-settings';

export const WellbeingNote = memo(function WellbeingNote({
  situation,
  now,
}: {
  situation: WellbeingSituation | null;
  now: Date;
}) {
  const { t, pick } = useI18n();
  const [offset, setOffset] = useState(0);
  const prompt = wellbeingFor(library.wellbeing, situation, now, offset);
  if (!prompt) return null;
  const ideas = wellbeingPromptsFor(library.wellbeing, situation).length;
  return (
    <section
      className="wellbeing"
      aria-labelledby="wellbeing-heading"
      data-testid="wellbeing"
      data-situation={situation}
    >
      <h2 id="wellbeing-heading">
        {t(situation === 'crisis' ? 'coachWellbeingCrisisHeading' : 'coachWellbeingHeading')}
      </h2>
      {/* Read out again when "Another idea" changes it, as the button itself stays where it is. */}
      <div aria-live="polite" aria-atomic="true" data-testid="wellbeing-idea">
        <p>{pick(prompt.prompt)}</p>
        <p>
          <strong>{t('wellbeingToday')}</strong> {pick(prompt.action)}
        </p>
      </div>
      <p className="wellbeing-actions">
        {ideas > 1 && (
          <button type="button" className="link-button" onClick={() => setOffset(offset + 1)}>
            {t('wellbeingAnother')}
          </button>
        )}
        {situation === 'crisis' && (
          <button type="button" className="link-button" onClick={() => void openSettingsAt('crisis')}>
            {t('coachCrisisSettings')}
          </button>
        )}
      </p>
    </section>
  );
});
