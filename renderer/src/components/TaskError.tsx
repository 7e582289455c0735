// A slice's failure, shown in the card or screen where the learner asked for the work.
export function TaskError({ error, onDismiss }: { error: string | null; onDismiss: () => void }) {
  if (!error) return null;
  return (
    <p className="task-error" role="alert">
      <span>{error}</span>
      <button type="button" className="link" onClick={onDismiss}>
        Dismiss
      </button>
    </p>
  );
}
