// Learning together, at the foot of the Team view: the team retro (how often, how to run it, and
// what to ask in each part) and the kinds of sources worth following, why and how. The weekly
// retro reminder quotes only the retro's introduction; the whole template is here. Both are
// closed until opened: the Team view leads with the people. The sources come with the
// explainers' file (lib/library-language.ts), read after the panel's first view.
import { useId } from 'react';
import { WithExplainers } from '@/components/coach/WithExplainers';
import { useI18n } from '@/components/ui/use-i18n';
import { library } from '@/runtime/library';

function SourceKinds() {
  const { pick } = useI18n();
  return (
    <dl className="source-kinds">
      {library.learning.sourceKinds.map((kind) => (
        <div key={kind.id} data-kind={kind.id}>
          <dt>{pick(kind.name)}</dt>
          <dd>{pick(kind.why)}</dd>
          <dd>{pick(kind.how)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function KeepLearning() {
  const { t, pick } = useI18n();
  const headingId = useId();
  const { retro } = library.learning;
  return (
    <section className="keep-learning" aria-labelledby={headingId} data-testid="keep-learning">
      <h2 id={headingId}>{t('learningHeading')}</h2>
      <details data-testid="retro-template">
        <summary>{pick(retro.name)}</summary>
        <p>{pick(retro.intro)}</p>
        <p className="muted">{pick(retro.cadence)}</p>
        {retro.sections.map((section) => (
          <div key={section.id} className="retro-section" data-section={section.id}>
            <h3>{pick(section.heading)}</h3>
            <ul>
              {section.prompts.map((prompt, index) => (
                // The library holds only the language on screen: a prompt's position is its identity.
                <li key={index}>{pick(prompt)}</li>
              ))}
            </ul>
          </div>
        ))}
      </details>
      <details data-testid="source-kinds">
        <summary>{t('learningSources')}</summary>
        <WithExplainers>
          <SourceKinds />
        </WithExplainers>
      </details>
    </section>
  );
}
