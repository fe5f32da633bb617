// The private history in Settings: the switch that keeps it, how many readings it holds against
// its cap, and "Forget" per platform and for everything, each asked twice since it cannot be undone.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/components/ui/use-i18n';
import { useSettings } from '@/components/ui/use-settings';
import { platformList } from '@/content/platforms';
import { formatNumber, type Message } from '@/lib/i18n';
import { MAX_READINGS } from '@/lib/model/reading';
import { forgetReadings } from '@/state/readings';
import { useReadingCounts } from './use-reading-counts';

/** What "Forget" applies to: one platform's id, or every reading. */
type Scope = { platform: string } | 'all';

type Status = { kind: 'idle' } | { kind: 'forgot'; count: number } | { kind: 'failed'; error: Message };

export function HistorySettings() {
  const { t, pick, say, language } = useI18n();
  const { settings, loaded, update } = useSettings();
  const counts = useReadingCounts();
  const [asking, setAsking] = useState<Scope | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const heading = useRef<HTMLHeadingElement>(null);

  const platforms = platformList.filter((platform) => (counts?.byPlatform[platform.id] ?? 0) > 0);
  const countOf = (scope: Scope) =>
    scope === 'all' ? (counts?.total ?? 0) : (counts?.byPlatform[scope.platform] ?? 0);
  const nameOf = (platform: string) => {
    const entry = platformList.find((candidate) => candidate.id === platform);
    return entry ? pick(entry.name) : platform;
  };

  function ask(scope: Scope) {
    setStatus({ kind: 'idle' });
    setAsking(scope);
  }

  async function forget(scope: Scope) {
    const count = countOf(scope);
    const result = await forgetReadings(scope === 'all' ? undefined : scope.platform);
    setAsking(null);
    setStatus(result.ok ? { kind: 'forgot', count } : { kind: 'failed', error: result.message });
    heading.current?.focus();
  }

  function confirmation(scope: Scope) {
    const count = countOf(scope);
    const question =
      scope === 'all'
        ? t('historyForgetAllAsk', { count })
        : t('historyForgetPlatformAsk', { count, platform: nameOf(scope.platform) });
    return (
      <ForgetConfirmation
        question={question}
        onYes={() => void forget(scope)}
        onCancel={() => {
          setAsking(null);
          heading.current?.focus();
        }}
      />
    );
  }

  const isAsking = (scope: Scope) =>
    asking !== null && (scope === 'all' ? asking === 'all' : asking !== 'all' && asking.platform === scope.platform);

  return (
    <section className="card" aria-labelledby="history-heading" data-testid="history-settings">
      <h2 id="history-heading" ref={heading} tabIndex={-1}>
        {t('historyHeading')}
      </h2>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.history}
          disabled={!loaded}
          onChange={(event) => {
            const history = event.target.checked;
            void update(() => ({ history })).then((error) => {
              if (error) setStatus({ kind: 'failed', error });
            });
          }}
          data-testid="history-switch"
        />
        {t('historyKeep')}
      </label>
      <p className="muted hint">{t('historyKeepHelp', { max: MAX_READINGS })}</p>
      {counts === null ? (
        <p className="muted">{t('historyCounting')}</p>
      ) : counts.total === 0 ? (
        <p className="muted" data-testid="history-count">
          {t('historyEmpty')}
        </p>
      ) : (
        <>
          <p data-testid="history-count">{t('historyCount', { count: counts.total, max: MAX_READINGS })}</p>
          <ul className="history-platforms">
            {platforms.map((platform) => {
              const scope = { platform: platform.id };
              return (
                <li key={platform.id} data-platform={platform.id}>
                  <span>
                    {pick(platform.name)}: {formatNumber(countOf(scope), language)}
                  </span>{' '}
                  {isAsking(scope) ? (
                    confirmation(scope)
                  ) : (
                    <button
                      type="button"
                      className="button small"
                      onClick={() => ask(scope)}
                      aria-label={t('namedAction', { action: t('historyForget'), subject: pick(platform.name) })}
                    >
                      {t('historyForget')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          {isAsking('all') ? (
            confirmation('all')
          ) : (
            <button type="button" className="button small" onClick={() => ask('all')}>
              {t('historyForgetAll')}
            </button>
          )}
        </>
      )}
      <p role="status" className={status.kind === 'failed' ? 'error' : 'muted'}>
        {status.kind === 'forgot' && t('historyForgot', { count: status.count })}
        {status.kind === 'failed' && t('historyForgetFailed', { error: say(status.error) })}
      </p>
    </section>
  );
}

/** "Forget?" asked in place of the button pressed; focus moves to the answer that forgets. */
function ForgetConfirmation({ question, onYes, onCancel }: { question: string; onYes(): void; onCancel(): void }) {
  const { t } = useI18n();
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <button ref={yes} type="button" className="button small primary" onClick={onYes}>
        {t('historyForgetYes')}
      </button>
      <button type="button" className="button small" onClick={onCancel}>
        {t('historyForgetCancel')}
      </button>
    </span>
  );
}
