// The try/busy/fail pattern, written once. Each slice keeps its own TaskStatus, so a failure shows where it
// happened (the drill screen, the notes card) instead of in one app-wide error string.

export interface TaskStatus {
  busy: boolean;
  /** Why the slice's last task failed, in words for the learner; cleared when the next one starts. */
  error: string | null;
}

export const idle: TaskStatus = { busy: false, error: null };

export const errorMessage = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export interface Task {
  /** Runs `work` unless this slice is already busy; a throw becomes the slice's error, never an unhandled rejection. */
  run(work: () => Promise<void>): Promise<void>;
  /** Records a failure of work that does not hold the slice busy (a background check). */
  fail(err: unknown): void;
  clearError(): void;
}

/** A task bound to one slice's status field, read and written through these two functions. */
export function createTask(read: () => TaskStatus, write: (status: TaskStatus) => void): Task {
  return {
    async run(work) {
      if (read().busy) return;
      write({ busy: true, error: null });
      try {
        await work();
        write(idle);
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
