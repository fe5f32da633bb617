// Starts one extension page: the language on screen, the shared styles and the React root.
// Stores start where they are used.
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveLanguage } from '@/lib/i18n';
import { browserLanguages } from '@/runtime/browser-languages';
import type { PageWithOwnStrings } from '@/lib/page-strings';
import { loadFirstViewStrings, loadLanguage } from '@/runtime/load-language';
import { readSettings } from '@/state/settings';
import './base.css';
import './shell.css';

/**
 * Renders the page's `App` once the language on screen is loaded: the strings its scripts can
 * show (the views a page loads later wait for the rest, `withAllStrings`). No module a page
 * imports reads the library or the strings while it loads, only when it renders, so they all load
 * at once.
 */
export async function mountPage(App: ComponentType, page: PageWithOwnStrings): Promise<void> {
  // When the page's modules have run, and below when its settings and strings are in: the two
  // steps `bench/pages.mjs` times between the document arriving and the first frame drawn.
  performance.mark('sidecoach:modules-run');
  const root = document.getElementById('root');
  if (!root) throw new Error('Sidecoach: the page has no #root element');
  loadFirstViewStrings(page);
  // Most leaders keep the browser's language: its files load while the settings are read.
  const likely = resolveLanguage('auto', browserLanguages());
  loadLanguage(likely).catch(() => undefined);
  const settings = await readSettings();
  const language = resolveLanguage(settings.value.language, browserLanguages());
  // English as well when the other language's file cannot be read: the page still works.
  await loadLanguage(language).catch(() => loadLanguage('en'));
  performance.mark('sidecoach:strings-in');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
