// Light, dark, or the system's choice. The choice lives in the backend's settings (so it survives a new web-mode
// port); a copy in localStorage applies it before the first paint, so a dark-mode learner never sees a white flash.
import type { ThemeChoice } from '../../electron/api/types';

const CACHE_KEY = 'proctor-theme';

export function applyTheme(theme: ThemeChoice): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(CACHE_KEY, theme);
  } catch {
    // Storage can be unavailable (private windows); the backend still has the choice.
  }
}

/** At start-up: the last choice seen, until Home arrives with the stored one. */
export function applyCachedTheme(): void {
  try {
    const cached = localStorage.getItem(CACHE_KEY);
    if (cached === 'light' || cached === 'dark') document.documentElement.dataset.theme = cached;
  } catch {
    // See above.
  }
}
