// The settings item: versioned and validated on every read, so a damaged value falls back to the
// defaults at once, field by field, without touching other keys.
import { defaultSettings, parseSettings, type Settings } from '../lib/model/settings';
import { defineItem, type ItemRead, type ItemWriteResult } from './item';

export const settingsItem = defineItem<Settings>({
  area: 'local',
  key: 'settings',
  version: 1,
  // Version 2 adds its migration here; a test migrates every saved example in state/fixtures/.
  migrations: {},
  fallback: () => ({ ...defaultSettings, pausedPlatforms: [] }),
  parse: parseSettings,
});

/** The stored settings, or the defaults with a problem when storage holds something unreadable. */
export function readSettings(): Promise<ItemRead<Settings>> {
  return settingsItem.read();
}

/** Changes some settings on top of what is stored now, so a change made elsewhere is kept. */
export function updateSettings(patch: Partial<Settings>): Promise<ItemWriteResult<Settings>> {
  return settingsItem.write((current) => ({ ...current, ...patch }));
}
