// The toolbar popup: the button that opens the coach first, then the reminder waiting for an
// answer (when one is), the next step of the onboarding checklist (its stage and progress, ticked
// right there), and a way to the whole checklist in the side panel.
import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { AppHeader } from '@/components/ui/AppHeader';
import { useI18n } from '@/components/ui/use-i18n';
import { NextStep } from '@/components/checklist/NextStep';
import { TodayNudge } from './TodayNudge';
import { popupLibrary } from '@/content/popup-library';
import { errorText } from '@/lib/model/record';
import { requestPanel } from '@/state/panel-request';
import { openCoach, openCoachShortcut } from '@/runtime/open-coach';

export function App() {
  const { t } = useI18n();
  const [tabId, setTabId] = useState<number | null>(null);
  const [shortcut, setShortcut] = useState('');
  const [error, setError] = useState<string | null>(null);
  const openCoachButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    document.title = t('appName');
  }, [t]);

  useEffect(() => {
    // Known before the click, so the click can open the panel without awaiting anything.
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setTabId(tab?.id ?? null))
      .catch((reason: unknown) => setError(errorText(reason)));
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
      .catch((reason: unknown) => setError(errorText(reason)));
  }

  /** Opens the coach on its checklist tab: the panel opens first, within the click, then is told where to go. */
  function onOpenChecklist() {
    if (tabId === null) return;
    const opening = openCoach(tabId);
    requestPanel({ tabId, view: 'checklist', at: Date.now() })
      .then(() => opening)
      .then(() => window.close())
      .catch((reason: unknown) => setError(errorText(reason)));
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
        <TodayNudge onAnswered={() => openCoachButton.current?.focus()} />
        <h1>{t('popupHeading')}</h1>
        <NextStep items={popupLibrary.checklists} />
        <div className="link-list popup-links">
          <button
            type="button"
            className="link-button"
            onClick={onOpenChecklist}
            disabled={tabId === null}
            data-testid="open-checklist"
          >
            {t('popupFullChecklist')}
          </button>
          <button type="button" className="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popupSettings')}
          </button>
        </div>
      </main>
    </>
  );
}
