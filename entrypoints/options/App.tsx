// The options page: language today; reminders, hints, pause and data tools join it later.
import { useEffect, useState, type ChangeEvent } from 'react';
import { AppHeader } from '@/components/AppHeader';
import { browserLanguages, useI18n } from '@/components/use-i18n';
import { languageNameKey, languages, resolveLanguage, translate, type LanguageSetting } from '@/lib/i18n';
import { useSettingsStore } from '@/state/settings-store';

type SaveStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; error: string };

export function App() {
  const { t } = useI18n();
  const { settings, loaded, problem, update } = useSettingsStore();
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const browserLanguage = resolveLanguage('auto', browserLanguages());

  useEffect(() => {
    document.title = t('optionsTitle');
  }, [t]);

  function onLanguageChange(event: ChangeEvent<HTMLSelectElement>) {
    update({ language: event.target.value as LanguageSetting })
      .then(() => setStatus({ kind: 'saved' }))
      .catch((reason: unknown) =>
        setStatus({ kind: 'failed', error: reason instanceof Error ? reason.message : String(reason) }),
      );
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
            <option value="auto">
              {t('optionsLanguageAuto', { language: translate(browserLanguage, languageNameKey(browserLanguage)) })}
            </option>
            {/* Each language is named in itself, so a reader can find their own. */}
            {languages.map((language) => (
              <option key={language} value={language} lang={language}>
                {translate(language, languageNameKey(language))}
              </option>
            ))}
          </select>
          <p role="status" className={status.kind === 'failed' ? 'error' : 'muted'}>
            {status.kind === 'saved' && t('optionsSaved')}
            {status.kind === 'failed' && t('optionsSaveFailed', { error: status.error })}
          </p>
        </section>
        <section className="card">
          <h2>{t('optionsPrivacyHeading')}</h2>
          <p>{t('optionsPrivacyBody')}</p>
        </section>
      </main>
    </>
  );
}
