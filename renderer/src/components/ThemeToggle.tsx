import type { ThemeChoice } from '../../../electron/api/types';
import { useApp } from '../stores/context';

const CHOICES: { id: ThemeChoice; label: string }[] = [
  { id: 'system', label: 'System' },
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
];

/** Light, dark, or the system's setting; remembered by the backend. */
export function ThemeToggle() {
  const theme = useApp((s) => s.theme);
  const setTheme = useApp((s) => s.setTheme);
  return (
    <div className="theme-toggle" role="group" aria-label="Theme">
      {CHOICES.map((c) => (
        <button key={c.id} type="button" className={theme === c.id ? 'chip active' : 'chip'} aria-pressed={theme === c.id} onClick={() => void setTheme(c.id)}>
          {c.label}
        </button>
      ))}
    </div>
  );
}
