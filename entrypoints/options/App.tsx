// The options page: language, what Sidecoach reads on pages (hints, paused platforms), export
// and import, deleting everything, privacy.
import { useEffect, useState, type ChangeEvent } from 'react';
import { AppHeader } from '@/components/ui/AppHeader';
import { DataTools } from '@/components/settings/DataTools';
import { DeleteEverything } from '@/components/settings/DeleteEverything';
import { HistorySettings } from '@/components/settings/HistorySettings';
import { RemindersSettings } from '@/components/settings/RemindersSettings';
import { platformList } from '@/content/platforms';
import { useI18n } from '@/components/ui/use-i18n';
import { browserLanguages } from '@/runtime/browser-languages';
import { useSettings } from '@/components/ui/use-settings';
import { languageNames, languages, resolveLanguage, type LanguageSetting, type Message } from '@/lib/i18n';
import type { Settings } from '@/lib/model/settings';

type SaveStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; error: Message };

export function App() {
  const { t, pick, say } = useI18n();
  const { settings, loaded, problem, update, setPaused } = useSettings();
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const browserLanguage = resolveLanguage('auto', browserLanguages());

  useEffect(() => {
    document.title = t('optionsTitle');
  }, [t]);

  function report(error: Message | null) {
    setStatus(error ? { kind: 'failed', error } : { kind: 'saved' });
  }

  function save(patch: Partial<Settings>) {
    void update(() => patch).then(report);
  }

  function onLanguageChange(event: ChangeEvent<HTMLSelectElement>) {
    save({ language: event.target.value as LanguageSetting });
  }

  return (
    <>
      <AppHeader />
      <main className="options">
        <h1>{t('optionsTitle')}</h1>
        {problem && (
          <p className="card error" role="alert">
            {t('optionsSettingsReset')}
          </p>
        )}
        <section className="card">
          <label htmlFor="language">{t('optionsLanguage')}</label>
          <select id="language" value={settings.language} onChange={onLanguageChange} disabled={!loaded}>
            <option value="auto">{t('optionsLanguageAuto', { language: languageNames[browserLanguage] })}</option>
            {/* Each language is named in itself, so a reader can find their own. */}
            {languages.map((language) => (
              <option key={language} value={language} lang={language}>
                {languageNames[language]}
              </option>
            ))}
          </select>
          <p role="status" className={status.kind === 'failed' ? 'error' : 'muted'}>
            {status.kind === 'saved' && t('optionsSaved')}
            {status.kind === 'failed' && t('optionsSaveFailed', { error: say(status.error) })}
          </p>
        </section>
        <section className="card" aria-labelledby="reading-heading">
          <h2 id="reading-heading">{t('optionsReadingHeading')}</h2>
          <label className="check">
            <input
              type="checkbox"
              checked={settings.hints}
              disabled={!loaded}
              onChange={(event) => save({ hints: event.target.checked })}
              data-testid="hints"
            />
            {t('optionsHints')}
          </label>
          <p className="muted hint">{t('optionsHintsHelp')}</p>
          <fieldset className="platform-switches">
            <legend>{t('optionsReadOn')}</legend>
            {platformList.map((platform) => (
              <label key={platform.id} className="check">
                <input
                  type="checkbox"
                  checked={!settings.pausedPlatforms.includes(platform.id)}
                  disabled={!loaded}
                  onChange={(event) => void setPaused(platform.id, !event.target.checked).then(report)}
                  data-platform={platform.id}
                />
                {pick(platform.name)}
              </label>
            ))}
          </fieldset>
        </section>
        <HistorySettings />
        <RemindersSettings />
        <DataTools />
        <DeleteEverything />
        <section className="card">
          <h2>{t('optionsPrivacyHeading')}</h2>
          <p>{t('optionsPrivacyBody')}</p>
        </section>
      </main>
    </>
  );
}
