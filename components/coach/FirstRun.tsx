// The panel where there is nothing to coach on yet: what Sidecoach does in three lines, a sample
// dashboard to try it on, and each platform as a link to where its analytics are.
import { browser } from 'wxt/browser';
import { library } from '@/runtime/library';
import { SAMPLE_PAGE } from '@/lib/sample';
import { useI18n } from '@/components/ui/use-i18n';

export function FirstRun({ platformOnly }: { platformOnly?: string }) {
  const { t, pick } = useI18n();
  return (
    <section className="first-run" data-testid="context-unsupported" aria-labelledby="first-run-heading">
      <h1 id="first-run-heading">
        {platformOnly ? t('panelPlatformOnlyTitle', { platform: platformOnly }) : t('firstRunTitle')}
      </h1>
      <ul className="first-run-points">
        <li>{t('firstRunExplains')}</li>
        <li>{t('firstRunAsks')}</li>
        <li>{t('firstRunPrivate')}</li>
      </ul>
      <button
        type="button"
        className="button primary"
        data-testid="try-sample"
        onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`/${SAMPLE_PAGE}`) })}
      >
        {t('firstRunTrySample')}
      </button>
      <h2>{t('firstRunPlatforms')}</h2>
      <ul className="platform-links">
        {library.platforms.map((platform) => (
          <li key={platform.id}>
            <a href={platform.start} target="_blank" rel="noreferrer noopener">
              {pick(platform.name)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
