// The reminder waiting for an answer, worded as its notification was, for the popup to show
// beside the checklist. The background writes it to session storage when it shows a reminder and
// removes it once no reminder waits, so the popup needs none of the schedule's code; its answer
// buttons ask the background (lib/messages.ts, `nudgeAnswerRequestSchema`).
import { z } from '../lib/zod';
import { CLEAR, defineSessionValue } from './item';

const text = (max: number) => z.string().check(z.maxLength(max));

export const shownNudgeSchema = z.object({
  /** The reminder's id (`check-in:<member>`, `retro`, …). */
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The language it was worded in: the notification's. */
  language: text(20),
  title: text(500),
  lines: z.array(text(2000)).check(z.maxLength(20)),
  steps: z.array(text(2000)).check(z.maxLength(20)),
});
export type ShownNudge = z.infer<typeof shownNudgeSchema>;

export const shownNudgeItem = defineSessionValue('shown-nudge', shownNudgeSchema);

/** Keeps the reminder now on screen; throws when session storage refuses. */
export async function keepShownNudge(nudge: ShownNudge): Promise<void> {
  const result = await shownNudgeItem.write(() => nudge);
  if (!result.ok) throw new Error(`Sidecoach could not keep the reminder on screen: ${result.message.key}`);
}

/** Forgets the reminder on screen, when none waits any more. */
export async function forgetShownNudge(): Promise<void> {
  await shownNudgeItem.write((current) => (current ? CLEAR : null));
}
