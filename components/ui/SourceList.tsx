// The sources a text rests on: each page linked by its title, with the day it was read.
import type { Source } from '@/content';
import { useI18n } from './use-i18n';
import { dateFormat } from '@/lib/date-format';

export function SourceList({ sources }: { sources: readonly Source[] }) {
  const { t, language } = useI18n();
  const date = (iso: string) => dateFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
  return (
    <ul className="sources">
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url} target="_blank" rel="noreferrer noopener">
            {source.title}
          </a>{' '}
          <span className="muted">{t('metricChecked', { date: date(source.checked) })}</span>
        </li>
      ))}
    </ul>
  );
}
