// Starts one extension page: the shared styles, the settings store, and the React root.
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { startSettingsStore } from '@/state/settings-store';
import './base.css';

export function mountPage(App: ComponentType) {
  startSettingsStore();
  const root = document.getElementById('root');
  if (!root) throw new Error('Sidecoach: the page has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
