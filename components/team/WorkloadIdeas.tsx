// Ways to lighten an overloaded person's week (automate, share, stop), grouped by person, most
// overloaded first: ideas to agree together, worded from lib/workload.ts's suggestions.
import { useId } from 'react';
import { hatNameKeys, type Member } from '@/lib/model/member';
import type { Suggestion } from '@/lib/workload';
import { useI18n } from '@/components/ui/use-i18n';
import { MemberName } from './MemberName';

const actionKeys = {
  automate: 'workloadActionAutomate',
  share: 'workloadActionShare',
  remove: 'workloadActionRemove',
} as const;

export function WorkloadIdeas({ ideas, members }: { ideas: readonly Suggestion[]; members: readonly Member[] }) {
  const { t, say } = useI18n();
  const headingId = useId();
  // Grouped by person, in the order suggestions() gives them: most overloaded first.
  const groups: { member: Member; items: Suggestion[] }[] = [];
  for (const idea of ideas) {
    const last = groups.at(-1);
    if (last && last.member.id === idea.memberId) last.items.push(idea);
    else {
      const member = members.find((entry) => entry.id === idea.memberId);
      if (member) groups.push({ member, items: [idea] });
    }
  }
  return (
    <section aria-labelledby={headingId} className="suggestions" data-testid="suggestions">
      <h3 id={headingId}>{t('workloadIdeasHeading')}</h3>
      <p className="muted hint">{t('workloadIdeasIntro')}</p>
      {groups.map(({ member, items }) => (
        <div key={member.id} className="card suggestion-group" data-member={member.id}>
          <h4>
            {t('workloadIdeasFor')} <MemberName>{member.name}</MemberName>
          </h4>
          <ul className="cards">
            {items.map((idea) => (
              <li key={`${idea.action}:${idea.hat}`} className="suggestion" data-action={idea.action}>
                <span className={`action-tag ${idea.action}`}>{t(actionKeys[idea.action])}</span>{' '}
                <span className="muted">{t(hatNameKeys[idea.hat])}</span>
                <p>{say(idea.text)}</p>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
