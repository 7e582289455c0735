// The exam on screen: start or resume it, answer, flag, move, end it, and its result. The backend owns the
// clock; the page only follows it.
import { ApiError } from '../../api/client';
import type { Confidence, ExamResult, ExamView, Response } from '../../../../electron/api/types';
import type { AppState } from '../app';
import type { SliceCreator } from '../slice';
import { createTask, errorMessage, idle, type TaskStatus } from '../task';

export type SaveState = 'saved' | 'saving' | 'error';

export const TIME_UP_NOTICE = 'Time is up. Your exam was submitted automatically.';

/** How a mock exam is sat: under real conditions, or as practice (pausable clock, optional checking). */
export interface ExamOptions {
  extraTime: boolean;
  practice?: boolean;
  checkAnswers?: boolean;
}

export interface ExamSlice {
  /** The exam on screen. */
  exam: ExamView | null;
  /** Backend clock minus local clock, so the countdown follows the backend's `endsAt`. */
  clockOffset: number;
  /** The save indicator: answers, flags and moves are saved one by one, in the background. */
  saveState: SaveState;
  /** Why the last change was not saved, shown by the save indicator. */
  saveError: string | null;
  /** Starting, resuming or ending the exam. */
  examStatus: TaskStatus;
  result: ExamResult | null;
  /** Opening a past attempt's result from Home. */
  resultsStatus: TaskStatus;

  startExam(options: ExamOptions | boolean): Promise<void>;
  resumeExam(): Promise<void>;
  goto(position: number): void;
  answer(position: number, response: Response | null): Promise<void>;
  toggleFlag(position: number): Promise<void>;
  /** Sure / unsure / guess on an answered question (offered in exams only when the learner turns it on). */
  setExamConfidence(position: number, confidence: Confidence | null): Promise<void>;
  endExam(): Promise<void>;
  timeUp(): Promise<void>;
  openResults(attemptId: number): Promise<void>;
  dismissExamError(): void;
  dismissResultsError(): void;
  /** Time on the question on screen since the learner arrived (or resumed), and restarts the count. */
  takeTimeSpent(): { position: number; timeSpentMs: number } | null;
}

export const createExamSlice: SliceCreator<ExamSlice> =
  ({ api, now }) =>
  (set, get) => {
    const examTask = createTask<AppState>(
      () => get().examStatus,
      (examStatus, state) => set({ ...state, examStatus }),
    );
    const resultsTask = createTask<AppState>(
      () => get().resultsStatus,
      (resultsStatus, state) => set({ ...state, resultsStatus }),
    );
    // When the learner arrived at the current question, to account time per question.
    let shownAt = now();
    // A pending re-check of time-out, when the backend had not yet reached the end.
    let expiryCheck: ReturnType<typeof setTimeout> | undefined;

    /** The state that shows `exam` on screen. */
    const examShown = (exam: ExamView): Partial<AppState> => {
      shownAt = now();
      return { exam, clockOffset: exam.serverNow - now(), screen: { name: 'exam' }, saveState: 'saved', saveError: null };
    };

    /** The exam ended (submitted, timed out, or ended elsewhere): the state that shows its result. */
    const resultShown = async (attemptId: number): Promise<Partial<AppState>> => {
      const result = await api.exam.result({ attemptId });
      return { result, exam: null, screen: { name: 'results', attemptId } };
    };

    /** A background save failed. If the exam has ended under us, show its result; else say so in the save indicator. */
    const saveFailed = async (err: unknown) => {
      const exam = get().exam;
      if (exam && err instanceof ApiError && (err.code === 'expired' || err.code === 'conflict')) {
        await resultShown(exam.attemptId).then(set, examTask.fail);
        if (err.code === 'expired') get().notify(TIME_UP_NOTICE);
        return;
      }
      set({ saveState: 'error', saveError: `Your last change was not saved: ${errorMessage(err)}` });
    };

    const updateItem = (exam: ExamView, position: number, change: Partial<ExamView['items'][number]>): ExamView => ({
      ...exam,
      items: exam.items.map((it) => (it.position === position ? { ...it, ...change } : it)),
    });

    return {
      exam: null,
      clockOffset: 0,
      saveState: 'saved',
      saveError: null,
      examStatus: idle,
      result: null,
      resultsStatus: idle,

      async startExam(options) {
        const packId = get().packId;
        if (!packId) return;
        const { extraTime, practice = false, checkAnswers = false } = typeof options === 'boolean' ? { extraTime: options } : options;
        await examTask.run(async () =>
          examShown(await api.exam.start({ packId, extraTime, kind: practice ? 'practice' : 'exam', checkAnswers: practice && checkAnswers })),
        );
      },

      async resumeExam() {
        const active = get().active;
        if (!active) return;
        await examTask.run(async () => {
          const fresh = await api.exam.get({ attemptId: active.attemptId });
          return fresh.status === 'submitted' ? resultShown(fresh.attemptId) : examShown(fresh);
        });
      },

      goto(position) {
        const exam = get().exam;
        if (!exam || exam.pausedAt !== null || position < 0 || position >= exam.items.length || position === exam.currentPosition) return;
        const leaving = get().takeTimeSpent() ?? undefined;
        set({ exam: { ...exam, currentPosition: position } });
        api.exam.visit({ attemptId: exam.attemptId, position, leaving }).catch(saveFailed);
      },

      takeTimeSpent() {
        const exam = get().exam;
        const spent = Math.max(0, Math.round(now() - shownAt));
        shownAt = now();
        return exam && exam.pausedAt === null ? { position: exam.currentPosition, timeSpentMs: spent } : null;
      },

      async answer(position, response) {
        const exam = get().exam;
        if (!exam) return;
        const spent = Math.max(0, now() - shownAt);
        shownAt = now();
        set({ exam: updateItem(exam, position, { response }), saveState: 'saving' });
        try {
          const ack = await api.exam.saveAnswer({ attemptId: exam.attemptId, position, response, timeSpentMs: spent });
          const current = get().exam;
          if (!current || current.attemptId !== exam.attemptId) return;
          set({ exam: updateItem(current, position, { answered: ack.answered }), saveState: 'saved', saveError: null });
        } catch (err) {
          await saveFailed(err);
        }
      },

      async setExamConfidence(position, confidence) {
        const exam = get().exam;
        const item = exam?.items[position];
        if (!exam || !item?.response) return;
        set({ exam: updateItem(exam, position, { confidence }), saveState: 'saving' });
        try {
          await api.exam.saveAnswer({ attemptId: exam.attemptId, position, response: item.response, confidence });
          set({ saveState: 'saved', saveError: null });
        } catch (err) {
          await saveFailed(err);
        }
      },

      async toggleFlag(position) {
        const exam = get().exam;
        const item = exam?.items[position];
        if (!exam || !item) return;
        const flagged = !item.flagged;
        set({ exam: updateItem(exam, position, { flagged }) });
        try {
          await api.exam.flag({ attemptId: exam.attemptId, position, flagged });
        } catch (err) {
          await saveFailed(err);
        }
      },

      async endExam() {
        const exam = get().exam;
        if (!exam) return;
        await examTask.run(async () => {
          const result = await api.exam.submit({ attemptId: exam.attemptId });
          return { result, exam: null, screen: { name: 'results', attemptId: exam.attemptId } };
        });
      },

      async timeUp() {
        clearTimeout(expiryCheck);
        const exam = get().exam;
        if (!exam) return;
        try {
          // The backend decides: it submits the attempt once its clock passes `endsAt`.
          const fresh = await api.exam.get({ attemptId: exam.attemptId });
          if (fresh.status === 'submitted') {
            set(await resultShown(exam.attemptId));
            get().notify(TIME_UP_NOTICE);
          } else {
            // Our clock ran ahead of the backend's: follow its clock, and ask again once it passes the end.
            set({ clockOffset: fresh.serverNow - now() });
            clearTimeout(expiryCheck);
            expiryCheck = setTimeout(() => void get().timeUp(), Math.max(250, fresh.endsAt - fresh.serverNow));
          }
        } catch (err) {
          examTask.fail(err);
        }
      },

      async openResults(attemptId) {
        await resultsTask.run(() => resultShown(attemptId));
      },

      dismissExamError: examTask.clearError,
      dismissResultsError: resultsTask.clearError,
    };
  };
