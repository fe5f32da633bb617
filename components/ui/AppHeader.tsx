// The header every page shares: the logo and name, and an optional line under them.
import type { ReactNode } from 'react';
import { useI18n } from './use-i18n';

export function AppHeader({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <img src="/icon/32.png" alt="" />
      <span className="title">{t('appName')}</span>
      {children}
    </header>
  );
}
