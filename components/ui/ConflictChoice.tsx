// The choice after a save found the record changed in another Sidecoach window meanwhile: keep
// what this view holds (saved over the other version) or take the other version. Notes and team
// members offer it in the same words.
import type { ReactNode } from 'react';
import { useI18n } from './use-i18n';

export function ConflictChoice({
  onKeepMine,
  onUseTheirs,
  children,
}: {
  onKeepMine(): void;
  onUseTheirs(): void;
  /** What the other version says, where the view can show it. */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="actions">
      {children}
      <button type="button" className="button small" onClick={onKeepMine}>
        {t('conflictKeepMine')}
      </button>
      <button type="button" className="button small" onClick={onUseTheirs}>
        {t('conflictUseTheirs')}
      </button>
    </div>
  );
}
