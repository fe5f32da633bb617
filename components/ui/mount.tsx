// Starts one React page: the language on screen, the shared styles and the React root. Stores
// start where they are used.
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import type { PageWithOwnStrings } from '@/lib/page-strings';
import { startPageLanguage } from '@/runtime/page-language';
import './base.css';
import './shell.css';

/** Renders the page's `App` once the strings of the language on screen are loaded. */
export async function mountPage(App: ComponentType, page: PageWithOwnStrings): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('Sidecoach: the page has no #root element');
  await startPageLanguage(page);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
