// How a view says something went wrong: a failure in one line, read out at once, and the stored
// records it could not read, listed by key (they stay in storage untouched). Each draws nothing
// when there is nothing to say.
import type { Message } from '@/lib/i18n';
import type { RecordProblem } from '@/state/collection';
import { useI18n } from './use-i18n';

export function ErrorLine({ message }: { message: Message | null | undefined }) {
  const { say } = useI18n();
  if (!message) return null;
  return (
    <p className="error" role="alert">
      {say(message)}
    </p>
  );
}

export function UnreadableRecords({
  problems,
  summary,
  testId,
}: {
  problems: readonly RecordProblem[];
  /** What the list is, with how many: "Stored notes that could not be read: 3…". */
  summary: string;
  testId: string;
}) {
  const { say } = useI18n();
  if (problems.length === 0) return null;
  return (
    <details className="card error" data-testid={testId}>
      <summary>{summary}</summary>
      <ul>
        {problems.map((problem) => (
          <li key={problem.key}>
            <code>{problem.key}</code>: {say(problem.reason)}
          </li>
        ))}
      </ul>
    </details>
  );
}
