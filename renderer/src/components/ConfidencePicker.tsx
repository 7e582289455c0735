// Sure / unsure / guess: one click or one key (S, U, G). Optional; pressing the chosen one again clears it.
import { useEffect } from 'react';
import type { Confidence } from '../../../electron/api/types';
import { isFieldKey } from './QuestionBody';

const CHOICES: { value: Confidence; label: string; key: string }[] = [
  { value: 'sure', label: 'Sure', key: 's' },
  { value: 'unsure', label: 'Unsure', key: 'u' },
  { value: 'guess', label: 'Guess', key: 'g' },
];

export function ConfidencePicker({ value, onChange, disabled = false }: { value: Confidence | null; onChange: (c: Confidence | null) => void; disabled?: boolean }) {
  useEffect(() => {
    if (disabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isFieldKey(e)) return;
      const choice = CHOICES.find((c) => c.key === e.key.toLowerCase());
      if (!choice) return;
      e.preventDefault();
      onChange(value === choice.value ? null : choice.value);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [value, onChange, disabled]);
  return (
    <div className="confidence" role="group" aria-label="How sure are you?">
      <span className="muted">How sure are you?</span>
      {CHOICES.map((c) => (
        <button
          key={c.value}
          type="button"
          className={value === c.value ? 'chip active' : 'chip'}
          aria-pressed={value === c.value}
          aria-keyshortcuts={c.key.toUpperCase()}
          disabled={disabled}
          onClick={() => onChange(value === c.value ? null : c.value)}
        >
          {c.label} <kbd>{c.key.toUpperCase()}</kbd>
        </button>
      ))}
    </div>
  );
}
