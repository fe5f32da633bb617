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

/** Renders `App` once the strings of the language on screen are loaded. */
export async function mountPage(App: ComponentType): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('Sidecoach: the page has no #root element');
  const settings = await readSettings();
  const language = resolveLanguage(settings.value.language, browserLanguages());
  // English as well when the other language's file cannot be read: the page still works.
  await loadLanguage(language).catch(() => loadLanguage('en'));
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
