// A zustand store over the settings item. Each page (popup, side panel, options) has its own
// copy; all follow storage changes, so a change in one view shows in the others at once.
import { create } from 'zustand';
import { defaultSettings, parseSettings, readSettings, saveSettings, settingsItem, type Settings } from './settings';

interface SettingsState {
  settings: Settings;
  loaded: boolean;
  problem: string | null;
  load(): Promise<void>;
  update(patch: Partial<Settings>): Promise<void>;
}

export const useSettingsStore = create<SettingsState>()((set, get) => ({
  settings: { ...defaultSettings },
  loaded: false,
  problem: null,
  async load() {
    const { settings, problem } = await readSettings();
    set({ settings, problem, loaded: true });
  },
  async update(patch) {
    const next = { ...get().settings, ...patch };
    await saveSettings(next);
    set({ settings: next, problem: null });
  },
}));

/** Loads the settings and follows changes made by other views. Returns the unwatch function. */
export function startSettingsStore(): () => void {
  void useSettingsStore.getState().load();
  return settingsItem.watch((value) => {
    const { settings, problem } = parseSettings(value);
    useSettingsStore.setState({ settings, problem, loaded: true });
  });
}
