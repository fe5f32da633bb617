// The side panel: the coach for the tab the leader is looking at.
import { useEffect } from 'react';
import { AppHeader } from '@/components/AppHeader';
import { ContextView } from '@/components/ContextView';
import { useI18n } from '@/components/use-i18n';
import { pinnedTabIdFrom, useTabContext } from './use-tab-context';

const pinnedTabId = pinnedTabIdFrom(location.search);

export function App() {
  const { t } = useI18n();
  const state = useTabContext(pinnedTabId);

  useEffect(() => {
    document.title = t('appName');
  }, [t]);

  return (
    <>
      <AppHeader>{pinnedTabId !== null && <span className="muted">· {t('panelPinned')}</span>}</AppHeader>
      <main aria-live="polite" aria-busy={state.status === 'loading'}>
        {state.status === 'loading' && <p className="muted">{t('panelLoading')}</p>}
        {state.status === 'tab-closed' && <p>{t('panelTabClosed')}</p>}
        {state.status === 'error' && <p className="error">{t('panelLoadFailed', { error: state.error })}</p>}
        {state.status === 'ready' && <ContextView context={state.context} />}
      </main>
    </>
  );
}
