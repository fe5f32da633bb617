// The hats a person wears, with the hours a week each takes: one number field per hat, empty for
// a hat they do not wear, and the week's total as the leader types.
import { library } from '@/runtime/library';
import { hatNameKeys, hats, MAX_HOURS_PER_HAT, type Hat } from '@/lib/model/member';
import { useI18n } from '@/components/ui/use-i18n';
import { hoursOf, type Draft } from './member-draft';

/** The week's total, or null while an hour field holds something that is not 0 to the maximum. */
export function totalHours(draft: Draft): number | null {
  const hours = hoursOf(draft);
  const bad = hours.some(
    ({ hoursPerWeek }) => !Number.isFinite(hoursPerWeek) || hoursPerWeek < 0 || hoursPerWeek > MAX_HOURS_PER_HAT,
  );
  return bad ? null : hours.reduce((sum, entry) => sum + entry.hoursPerWeek, 0);
}

export function HatHoursFields({ draft, onChange }: { draft: Draft; onChange(hours: Record<Hat, string>): void }) {
  const { t, language } = useI18n();
  const total = totalHours(draft);
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return (
    <fieldset className="team-fieldset">
      <legend>{t('teamHatsLabel')}</legend>
      <p className="muted hint">{t('teamHatsHint', { max: MAX_HOURS_PER_HAT })}</p>
      <div className="hat-inputs">
        {hats.map((hat) => (
          <label key={hat} className="hat-input">
            <span className={`hat-swatch hat-${hat}`} aria-hidden="true" />
            <span className="hat-input-name">{t(hatNameKeys[hat])}</span>
            <input
              type="number"
              inputMode="decimal"
              min={0}
              max={MAX_HOURS_PER_HAT}
              step={0.5}
              value={draft.hours[hat]}
              onChange={(event) => onChange({ ...draft.hours, [hat]: event.target.value })}
              data-hat={hat}
            />
            <span className="muted hat-unit">{t('teamHoursUnit')}</span>
          </label>
        ))}
      </div>
      <p className="hint" aria-live="polite">
        {total === null ? (
          <span className="error">{t('teamHoursInvalid', { max: MAX_HOURS_PER_HAT })}</span>
        ) : (
          <span className="muted">{t('teamHoursTotal', { hours: format.format(total) })}</span>
        )}
      </p>
    </fieldset>
  );
}

/** The platforms a person works on, as checkboxes. */
export function PlatformFields({ draft, onChange }: { draft: Draft; onChange(platforms: string[]): void }) {
  const { t, pick } = useI18n();
  return (
    <fieldset className="team-fieldset">
      <legend>{t('teamPlatformsLabel')}</legend>
      <div className="team-checks">
        {library.platforms.map((platform) => (
          <label key={platform.id} className="check">
            <input
              type="checkbox"
              checked={draft.platforms.includes(platform.id)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...draft.platforms, platform.id]
                    : draft.platforms.filter((entry) => entry !== platform.id),
                )
              }
            />
            {pick(platform.name)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
