// Shows its children once the metric explainers of the language on screen are loaded (with the
// questions' and goals' details, the checklist's texts, the sources worth following and the table
// of what counts as a view): an open card, an opened question, the Checklist view, the Team view's
// sources and the Glossary's metric pages and view table need them, the panel's first view does not, so they are a file of their own (runtime/library.ts).
// The panel starts reading that file once its first view is up (see `preloadExplainers`), so a
// card normally finds them there.
import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '@/components/ui/use-i18n';
import type { Language } from '@/lib/i18n';
import { hasExplainers, loadExplainers } from '@/runtime/library';

type State = 'ready' | 'loading' | 'failed';

export function WithExplainers({ children }: { children: ReactNode }) {
  const { t, language } = useI18n();
  const [state, setState] = useState<{ language: Language; state: State }>({
    language,
    state: hasExplainers(language) ? 'ready' : 'loading',
  });
  const current = state.language === language ? state.state : hasExplainers(language) ? 'ready' : 'loading';

  useEffect(() => {
    if (hasExplainers(language)) return;
    let live = true;
    loadExplainers(language).then(
      () => live && setState({ language, state: 'ready' }),
      () => live && setState({ language, state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [language]);

  if (current === 'ready') return children;
  return (
    <p className="muted" role="status" data-testid={`explainers-${current}`}>
      {t(current === 'failed' ? 'explainersFailed' : 'explainersLoading')}
    </p>
  );
}

/** Starts reading the explainers of `language` when the browser is next idle; a failure waits for a card to retry. */
export function preloadExplainers(language: Language): () => void {
  if (hasExplainers(language)) return () => undefined;
  const handle = requestIdleCallback(() => void loadExplainers(language).catch(() => undefined), { timeout: 2000 });
  return () => cancelIdleCallback(handle);
}
