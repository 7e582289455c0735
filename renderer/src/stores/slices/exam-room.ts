// The exam room's extras on the exam on screen: struck-out options, a practice exam's pause and resume, checking an
// answer at once; and deleting a past attempt from Home. Built on the exam slice's state.
import type { ExamView } from '../../../../electron/api/types';
import type { SliceCreator } from '../slice';
import { createTask, idle, type TaskStatus } from '../task';
import type { AppState } from '../app';

export interface ExamRoomSlice {
  /** Deleting a past attempt. */
  deleteStatus: TaskStatus;
  strike(position: number, optionId: string): Promise<void>;
  pauseExam(): Promise<void>;
  resumeClock(): Promise<void>;
  checkAnswer(position: number): Promise<void>;
  deleteAttempt(attemptId: number): Promise<void>;
  dismissDeleteError(): void;
}

export const createExamRoomSlice: SliceCreator<ExamRoomSlice> =
  ({ api, now }) =>
  (set, get) => {
    const deleteTask = createTask<AppState>(
      () => get().deleteStatus,
      (deleteStatus, state) => set({ ...state, deleteStatus }),
    );
    /** Applies a change to the exam on screen, if it is still the same exam. */
    const onSame = (attemptId: number, change: (exam: ExamView) => Partial<AppState>) => {
      const current = get().exam;
      if (current?.attemptId === attemptId) set(change(current));
    };
    /** A failed change: the save indicator says so, or Results open if the exam has ended (the exam slice decides). */
    const failed = (err: unknown) => {
      set({ saveState: 'error', saveError: `Your last change was not saved: ${err instanceof Error ? err.message : String(err)}` });
      return get().timeUp();
    };

    return {
      deleteStatus: idle,

      async strike(position, optionId) {
        const exam = get().exam;
        const item = exam?.items[position];
        if (!exam || !item || exam.pausedAt !== null) return;
        const before = item.struck ?? [];
        const struck = before.includes(optionId) ? before.filter((id) => id !== optionId) : [...before, optionId];
        set({ exam: { ...exam, items: exam.items.map((it) => (it.position === position ? { ...it, struck } : it)) }, saveState: 'saving' });
        try {
          await api.exam.strike({ attemptId: exam.attemptId, position, struck });
          set({ saveState: 'saved', saveError: null });
        } catch (err) {
          await failed(err);
        }
      },

      async pauseExam() {
        const exam = get().exam;
        if (!exam || exam.kind !== 'practice' || exam.pausedAt !== null) return;
        const leaving = get().takeTimeSpent() ?? undefined;
        try {
          const clock = await api.exam.pause({ attemptId: exam.attemptId, leaving });
          onSame(exam.attemptId, (cur) => ({ exam: { ...cur, endsAt: clock.endsAt, pausedAt: clock.pausedAt }, clockOffset: clock.serverNow - now() }));
        } catch (err) {
          await failed(err);
        }
      },

      async resumeClock() {
        const exam = get().exam;
        if (!exam || exam.pausedAt === null) return;
        try {
          const clock = await api.exam.resume({ attemptId: exam.attemptId });
          onSame(exam.attemptId, (cur) => ({ exam: { ...cur, endsAt: clock.endsAt, pausedAt: clock.pausedAt }, clockOffset: clock.serverNow - now() }));
          // The time before the pause was counted when it began; count afresh from here.
          get().takeTimeSpent();
        } catch (err) {
          await failed(err);
        }
      },

      async checkAnswer(position) {
        const exam = get().exam;
        if (!exam || !exam.checkAnswers) return;
        try {
          const review = await api.exam.check({ attemptId: exam.attemptId, position });
          onSame(exam.attemptId, (cur) => ({ exam: { ...cur, items: cur.items.map((it) => (it.position === position ? { ...it, checked: review } : it)) } }));
        } catch (err) {
          await failed(err);
        }
      },

      async deleteAttempt(attemptId) {
        await deleteTask.run(async () => {
          await api.attempts.delete({ attemptId });
        });
        if (!get().deleteStatus.error) await get().load();
      },

      dismissDeleteError: deleteTask.clearError,
    };
  };
