// The settings storage item: versioned from day one and validated with zod on every read, so
// corrupt data falls back to defaults without throwing and without touching other keys.
import { storage } from 'wxt/utils/storage';
import { z } from '../lib/zod';

// Fields added after version 1 have defaults, so a version-1 value still reads as valid.
export const settingsSchema = z.object({
  language: z.enum(['auto', 'en', 'id']),
  /** Platform ids where the content script reads nothing. */
  pausedPlatforms: z.array(z.string().max(64)).max(64).default([]),
  /** Small markers beside metric labels on the page; off until the leader turns them on. */
  hints: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { language: 'auto', pausedPlatforms: [], hints: false };

/** Field by field: a bad field falls back alone, so one corrupt value does not cost the rest. */
const lenientSettingsSchema = z.object({
  language: settingsSchema.shape.language.catch(defaultSettings.language),
  pausedPlatforms: settingsSchema.shape.pausedPlatforms.catch(defaultSettings.pausedPlatforms),
  hints: settingsSchema.shape.hints.catch(defaultSettings.hints),
});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings,
  version: 1,
  // Version 2 adds its migration here; a test migrates every saved example in state/fixtures/.
  migrations: {},
});

export interface SettingsRead {
  settings: Settings;
  /** Set when stored data could not be read as it was; the stored value is left untouched. */
  problem: string | null;
}

/** Reads any stored value as settings. Never throws. */
export function parseSettings(value: unknown): SettingsRead {
  const strict = settingsSchema.safeParse(value);
  if (strict.success) return { settings: strict.data, problem: null };
  const lenient = lenientSettingsSchema.safeParse(value);
  return {
    settings: lenient.success ? lenient.data : { ...defaultSettings },
    problem: z.prettifyError(strict.error),
  };
}

/** The stored settings, or the defaults with a problem when storage holds something unreadable. */
export async function readSettings(): Promise<SettingsRead> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch (error) {
    return { settings: { ...defaultSettings }, problem: String(error) };
  }
}

/** Validates and stores new settings; rejects (storing nothing) when they are invalid or storage fails. */
export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settingsSchema.parse(settings));
}
