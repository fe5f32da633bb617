// Starts one extension page: the shared styles and the React root. Stores start where they are used.
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import './base.css';
import './shell.css';

export function mountPage(App: ComponentType) {
  const root = document.getElementById('root');
  if (!root) throw new Error('Sidecoach: the page has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
