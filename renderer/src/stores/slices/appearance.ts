// Light, dark, or the system's setting. Applied to the page at once; the backend remembers it.
import type { ThemeChoice } from '../../../../electron/api/types';
import { applyTheme } from '../../theme';
import type { SliceCreator } from '../slice';

export interface AppearanceSlice {
  theme: ThemeChoice;
  /** Takes the stored choice (from Home's data). */
  takeStoredTheme(theme: ThemeChoice): void;
  setTheme(theme: ThemeChoice): Promise<void>;
}

export const createAppearanceSlice: SliceCreator<AppearanceSlice> =
  ({ api }) =>
  (set, get) => ({
    theme: 'system',

    takeStoredTheme(theme) {
      applyTheme(theme);
      set({ theme });
    },

    async setTheme(theme) {
      const before = get().theme;
      get().takeStoredTheme(theme);
      try {
        await api.app.setTheme({ theme });
      } catch (err) {
        get().takeStoredTheme(before);
        get().notify(`Your theme choice was not saved: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
  });
