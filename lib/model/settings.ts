// The leader's settings: language, the platforms Sidecoach reads, in-page hints. Fields added after
// version 1 have defaults, so a version-1 value still reads; a bad field falls back alone.
import { z } from '../zod';

export const settingsSchema = z.object({
  language: z.enum(['auto', 'en', 'id']),
  /** Platform ids where the content script reads nothing. */
  pausedPlatforms: z._default(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(64)), []),
  /** Small markers beside metric labels on the page; off until the leader turns them on. */
  hints: z._default(z.boolean(), false),
  /** Keep a private history of the values dashboards show (readings); on until turned off. */
  history: z._default(z.boolean(), true),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { language: 'auto', pausedPlatforms: [], hints: false, history: true };

const lenientSettingsSchema = z.object({
  language: z.catch(settingsSchema.shape.language, defaultSettings.language),
  pausedPlatforms: z.catch(settingsSchema.shape.pausedPlatforms, defaultSettings.pausedPlatforms),
  hints: z.catch(settingsSchema.shape.hints, defaultSettings.hints),
  history: z.catch(settingsSchema.shape.history, defaultSettings.history),
});

/** Reads any value as settings, field by field: one bad field costs only itself. Never throws. */
export function parseSettings(value: unknown): { value: Settings; complete: boolean } {
  const strict = settingsSchema.safeParse(value);
  if (strict.success) return { value: strict.data, complete: true };
  const lenient = lenientSettingsSchema.safeParse(value);
  return { value: lenient.success ? lenient.data : { ...defaultSettings }, complete: false };
}
