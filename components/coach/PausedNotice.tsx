// What the Coach shows on a platform the leader paused: that nothing is read there, and the way
// back in one click, where the leader is looking (the header's menu has it too).
import { useState } from 'react';
import { useI18n } from '@/components/ui/use-i18n';
import { useSettings } from '@/components/ui/use-settings';

export function PausedNotice({ platform, platformName }: { platform: string; platformName: string }) {
  const { t, say } = useI18n();
  const { setPaused } = useSettings();
  const [error, setError] = useState<string | null>(null);

  function resume() {
    setError(null);
    void setPaused(platform, false).then((failure) => {
      if (failure) setError(say(failure));
      // The notice goes once the page is read again: the page's heading keeps the keyboard's place.
      else document.getElementById('context-heading')?.focus();
    });
  }

  return (
    <section className="notice" data-testid="paused">
      <h2>{t('coachPausedTitle', { platform: platformName })}</h2>
      <p>{t('coachPausedBody', { platform: platformName })}</p>
      <button type="button" className="button primary" onClick={resume} data-testid="resume">
        {t('coachResume', { platform: platformName })}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
