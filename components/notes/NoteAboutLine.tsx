// What a note is about, in words: "LinkedIn · Page analytics · Impressions · Last 28 days".
import { library } from '@/runtime/library';
import type { NoteAbout } from '@/lib/model/note';
import { useI18n } from '@/components/ui/use-i18n';

export function NoteAboutLine({ about }: { about: NoteAbout }) {
  const { pick } = useI18n();
  const platform = library.platforms.find((entry) => entry.id === about.platform);
  const surface = platform?.surfaces.find((entry) => entry.id === about.surface);
  const metric = library.metrics.find((entry) => entry.id === about.metric);
  const question = library.questions.find((entry) => entry.id === about.question);
  const parts = [
    platform && pick(platform.name),
    surface && pick(surface.name),
    metric && pick(metric.name),
    question && pick(question.text),
    about.page?.dateRange,
  ].filter((part): part is string => Boolean(part));
  if (parts.length === 0 && !about.page) return null;
  return (
    <p className="muted note-about">
      {parts.join(' · ')}
      {about.page && (
        <>
          {parts.length > 0 && ' · '}
          <a href={about.page.url} target="_blank" rel="noreferrer noopener">
            {about.page.title || new URL(about.page.url).pathname}
          </a>
        </>
      )}
    </p>
  );
}
