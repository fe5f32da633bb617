// The leader's settings for React views: the live value, and changes made on top of what is
// stored at that moment, so two views never undo each other's change.
import { useCallback } from 'react';
import type { Message } from '@/lib/i18n';
import type { Settings } from '@/lib/model/settings';
import { settingsItem } from '@/state/settings';
import { useStorageItem } from './use-storage-item';

export function useSettings() {
  const { value, problem, loaded, write } = useStorageItem(settingsItem);
  /** Saves a change; resolves to why it failed, or null. */
  const update = useCallback(
    async (change: (current: Settings) => Partial<Settings>): Promise<Message | null> => {
      const result = await write((current) => ({ ...current, ...change(current) }));
      return result.ok ? null : result.message;
    },
    [write],
  );
  /** Pauses or resumes reading one platform. */
  const setPaused = useCallback(
    (platform: string, paused: boolean) =>
      update((current) => {
        const others = current.pausedPlatforms.filter((id) => id !== platform);
        return { pausedPlatforms: paused ? [...others, platform] : others };
      }),
    [update],
  );
  return { settings: value, problem, loaded, update, setPaused };
}
