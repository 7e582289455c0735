// The try/busy/fail pattern, written once. Each slice keeps its own TaskStatus, so a failure shows where it
// happened (the drill screen, the notes card) instead of in one app-wide error string.

export interface TaskStatus {
  busy: boolean;
  /** Why the slice's last task failed, in words for the learner; cleared when the next one starts. */
  error: string | null;
}

export const idle: TaskStatus = { busy: false, error: null };

export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export interface Task<State> {
  /**
   * Runs `work` unless this slice is already busy; a throw becomes the slice's error, never an unhandled rejection.
   * The state `work` returns is set together with the end of busy, in one update, so the screen never shows the
   * new state with its buttons still disabled (focus cannot land on a disabled button).
   */
  run(work: () => Promise<Partial<State> | void>): Promise<void>;
  /** Records a failure of work that does not hold the slice busy (a background check). */
  fail(err: unknown): void;
  clearError(): void;
}

/** A task bound to one slice's status field: `write` sets the status together with any other state. */
export function createTask<State>(read: () => TaskStatus, write: (status: TaskStatus, state?: Partial<State>) => void): Task<State> {
  return {
    async run(work) {
      if (read().busy) return;
      write({ busy: true, error: null });
      try {
        write(idle, (await work()) ?? undefined);
      } catch (err) {
        write({ busy: false, error: errorMessage(err) });
      }
    },
    fail(err) {
      write({ busy: false, error: errorMessage(err) });
    },
    clearError() {
      if (read().error !== null) write({ ...read(), error: null });
    },
  };
}
