// The add/edit-person form's draft: what the leader typed, as typed (hours and the check-in rhythm
// stay text until saved, so an empty field stays empty), and how it becomes a member's fields.
import { DEFAULT_CHECK_IN_EVERY_DAYS, hats, type Hat, type Member } from '@/lib/model/member';

export interface Draft {
  name: string;
  role: string;
  platforms: string[];
  /** Hours a week per hat, as typed; '' is a hat they do not wear. */
  hours: Record<Hat, string>;
  /** Days between check-ins, as typed; '' is the default rhythm. */
  checkInEveryDays: string;
}

/** The draft for a new person (every field empty) or for editing someone. */
export function draftOf(member?: Member): Draft {
  const hours = Object.fromEntries(hats.map((hat) => [hat, ''])) as Record<Hat, string>;
  for (const entry of member?.hats ?? []) hours[entry.hat] = String(entry.hoursPerWeek);
  return {
    name: member?.name ?? '',
    role: member?.role ?? '',
    platforms: [...(member?.platforms ?? [])],
    hours,
    checkInEveryDays: member ? String(member.checkInEveryDays) : '',
  };
}

/** Whether the leader changed anything since the form opened: then closing it must ask first. */
export function draftChanged(draft: Draft, start: Draft): boolean {
  const same = (a: string, b: string) => a.trim() === b.trim();
  return (
    !same(draft.name, start.name) ||
    !same(draft.role, start.role) ||
    [...draft.platforms].sort().join() !== [...start.platforms].sort().join() ||
    hats.some((hat) => !same(draft.hours[hat], start.hours[hat])) ||
    !same(draft.checkInEveryDays, start.checkInEveryDays)
  );
}

/** Hours as typed: '' is none; a comma works as a decimal point; anything else is NaN. */
export function parseHours(text: string): number {
  if (text.trim() === '') return 0;
  return Number(text.trim().replace(',', '.'));
}

/** Every hat's hours, parsed; the form checks their range before saving. */
export function hoursOf(draft: Draft): { hat: Hat; hoursPerWeek: number }[] {
  return hats.map((hat) => ({ hat, hoursPerWeek: parseHours(draft.hours[hat]) }));
}

/** The member's fields from the draft: empty hats left out, an empty rhythm the default one. */
export function fieldsOf(draft: Draft): Pick<Member, 'name' | 'role' | 'platforms' | 'hats' | 'checkInEveryDays'> {
  const cadence = draft.checkInEveryDays.trim();
  return {
    name: draft.name.normalize('NFC').trim(),
    role: draft.role.normalize('NFC').trim(),
    platforms: [...draft.platforms],
    hats: hoursOf(draft).filter((entry) => entry.hoursPerWeek !== 0),
    checkInEveryDays: cadence === '' ? DEFAULT_CHECK_IN_EVERY_DAYS : Number(cadence),
  };
}
