// Starts one extension page: the language on screen, the shared styles and the React root.
// Stores start where they are used.
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveLanguage } from '@/lib/i18n';
import { loadLanguage } from '@/runtime/load-language';
import { readSettings } from '@/state/settings';
import { browserLanguages } from './use-i18n';
import './base.css';
import './shell.css';

/**
 * Renders the page's `App` once the language on screen is loaded. A page whose views show the
 * coaching library passes a loader, so that its modules run once the library is there.
 */
export async function mountPage(app: ComponentType | { load(): Promise<ComponentType> }): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('Sidecoach: the page has no #root element');
  const settings = await readSettings();
  const language = resolveLanguage(settings.value.language, browserLanguages());
  // English as well when the other language's file cannot be read: the page still works.
  await loadLanguage(language).catch(() => loadLanguage('en'));
  const App = 'load' in app ? await app.load() : app;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
