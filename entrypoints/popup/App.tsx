// The toolbar popup: the onboarding checklist, stage by stage, and the button that opens the coach.
import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { AppHeader } from '@/components/AppHeader';
import { useI18n } from '@/components/use-i18n';
import { Tabs } from '@/components/Tabs';
import type { ChecklistPhase } from '@/content';
import { popupLibrary } from '@/content/popup-library';
import type { MessageKey } from '@/lib/i18n';
import { openCoach, openCoachShortcut } from './open-coach';

const phases: { id: ChecklistPhase; label: MessageKey }[] = [
  { id: 'first-week', label: 'phaseFirstWeek' },
  { id: 'first-30-days', label: 'phaseFirst30Days' },
  { id: 'first-60-days', label: 'phaseFirst60Days' },
  { id: 'first-90-days', label: 'phaseFirst90Days' },
];

export function App() {
  const { t, pick } = useI18n();
  const [tabId, setTabId] = useState<number | null>(null);
  const [shortcut, setShortcut] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [phase, setPhase] = useState<ChecklistPhase>('first-week');
  const openCoachButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    document.title = t('appName');
  }, [t]);

  useEffect(() => {
    // Known before the click, so the click can open the panel without awaiting anything.
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setTabId(tab?.id ?? null))
      .catch((reason: unknown) => setError(String(reason)));
    openCoachShortcut()
      .then(setShortcut)
      .catch(() => setShortcut(''));
  }, []);

  // The main action takes the focus as soon as it can act, so Enter opens the coach.
  useEffect(() => {
    if (tabId !== null) openCoachButton.current?.focus();
  }, [tabId]);

  function onOpenCoach() {
    if (tabId === null) return;
    openCoach(tabId)
      .then(() => window.close())
      .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
  }

  return (
    <>
      <AppHeader />
      <main className="popup">
        <button
          type="button"
          className="button primary"
          onClick={onOpenCoach}
          disabled={tabId === null}
          aria-describedby="open-coach-hint"
          ref={openCoachButton}
        >
          {t('popupOpenCoach')}
        </button>
        <p id="open-coach-hint" className="muted hint">
          {shortcut ? t('popupOpenCoachHint', { shortcut }) : null}
        </p>
        {error && (
          <p className="error" role="alert">
            {t('popupOpenCoachFailed', { error })}
          </p>
        )}
        <h1>{t('popupHeading')}</h1>
        <Tabs<ChecklistPhase>
          label={t('popupPhases')}
          current={phase}
          onSelect={setPhase}
          tabs={phases.map((entry) => ({ id: entry.id, label: t(entry.label) }))}
        />
        <ol
          className="checklist"
          data-testid="checklist"
          id={`view-${phase}`}
          role="tabpanel"
          aria-labelledby={`tab-${phase}`}
        >
          {popupLibrary.checklists
            .filter((item) => item.phase === phase)
            .map((item) => (
              <li key={item.id}>{pick(item.text)}</li>
            ))}
        </ol>
        <button type="button" className="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupSettings')}
        </button>
      </main>
    </>
  );
}
