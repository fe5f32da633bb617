// The side panel's header: the name, a pause state you can see, the language switch (EN / ID),
// settings one click away, and a small menu with pause and resume for the platform on screen.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/ui/use-i18n';
import { browserLanguages } from '@/runtime/browser-languages';
import { useSettings } from '@/components/ui/use-settings';
import { languageNames, languages, resolveLanguage, type Language } from '@/lib/i18n';

export interface PanelHeaderProps {
  /** Offer a skip link to the Coach's questions, first in the page. */
  skipToQuestions?: boolean;
  /** The platform on screen, to pause or resume; null where there is none. */
  platform: { id: string; name: string } | null;
  pinned: boolean;
}

export function PanelHeader({ platform, pinned, skipToQuestions = false }: PanelHeaderProps) {
  const { t, say } = useI18n();
  const { settings, update, setPaused } = useSettings();
  const [menu, setMenu] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const paused = platform !== null && settings.pausedPlatforms.includes(platform.id);
  const shown: Language = resolveLanguage(settings.language, browserLanguages());

  useEffect(() => {
    if (!menu) return;
    const close = (event: MouseEvent) => {
      if (!(event.target instanceof Node) || !menuButton.current?.parentElement?.contains(event.target)) setMenu(false);
    };
    addEventListener('click', close);
    return () => removeEventListener('click', close);
  }, [menu]);

  function onMenuKey(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    setMenu(false);
    menuButton.current?.focus();
  }

  function togglePause() {
    if (!platform) return;
    setError(null);
    void setPaused(platform.id, !paused).then((failure) => {
      if (failure) setError(say(failure));
      setMenu(false);
      menuButton.current?.focus();
    });
  }

  return (
    <header className="app-header panel-header">
      {skipToQuestions && (
        <a className="skip-link" href="#questions">
          {t('skipToQuestions')}
        </a>
      )}
      <img src="/icon/32.png" alt="" />
      <span className="title">{t('appName')}</span>
      {pinned && <span className="muted pinned-note">{t('panelPinned')}</span>}
      {paused && (
        <span className="paused-chip" data-testid="paused-chip">
          {t('headerPaused', { platform: platform.name })}
        </span>
      )}
      <span className="header-tools">
        <span role="group" aria-label={t('optionsLanguage')} className="language-switch">
          {languages.map((code) => (
            <button
              key={code}
              type="button"
              className="chip"
              aria-pressed={shown === code}
              onClick={() => void update(() => ({ language: code }))}
            >
              <span aria-hidden="true">{code.toUpperCase()}</span>
              <span className="visually-hidden" lang={code}>
                {languageNames[code]}
              </span>
            </button>
          ))}
        </span>
        <button
          type="button"
          className="icon-button"
          aria-label={t('headerSettings')}
          title={t('headerSettings')}
          onClick={() => void browser.runtime.openOptionsPage()}
          data-testid="open-settings"
        >
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <path
              fill="currentColor"
              d="M8 5.2a2.8 2.8 0 1 0 0 5.6 2.8 2.8 0 0 0 0-5.6zm6.4 3.6-.1-1.6 1.5-1.2-1.5-2.6-1.8.6-1.3-.8L10.8 1H7.9l-.4 2-1.3.7-1.8-.6L2.9 5.7l1.5 1.2v1.6L2.9 9.7l1.5 2.6 1.8-.6 1.3.7.4 1.9h2.9l.4-1.9 1.3-.7 1.8.6 1.5-2.6z"
            />
          </svg>
        </button>
        {platform && (
          <span className="menu-wrap" onKeyDown={onMenuKey}>
            <button
              ref={menuButton}
              type="button"
              className="icon-button"
              aria-expanded={menu}
              aria-controls={menuId}
              aria-label={t('headerMore')}
              onClick={() => setMenu(!menu)}
              data-testid="header-menu"
            >
              ⋯
            </button>
            <div id={menuId} className="header-menu" hidden={!menu}>
              <button
                type="button"
                className="button small"
                aria-pressed={paused}
                onClick={togglePause}
                data-testid="pause"
              >
                {paused ? t('coachResume', { platform: platform.name }) : t('coachPause', { platform: platform.name })}
              </button>
            </div>
          </span>
        )}
      </span>
      <p className={error ? 'error header-error' : 'visually-hidden'} role="status">
        {error ? t('coachPauseFailed', { error }) : ''}
      </p>
    </header>
  );
}
