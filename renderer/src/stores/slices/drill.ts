// A drill: untimed practice, one question at a time, checked and explained at once.
import type { DrillQuestion, Response, ReviewItem } from '../../../../electron/api/types';
import type { AppState } from '../app';
import type { SliceCreator } from '../slice';
import { createTask, idle, type TaskStatus } from '../task';

/** What a drill practises: the whole course, one domain, or one task statement. */
export interface DrillScope {
  domain?: string;
  task?: string;
}

export interface DrillState {
  scope: DrillScope;
  /** How the scope reads to the learner, e.g. "Task 3.2 Choose effective prompt engineering techniques". */
  label: string;
  question: DrillQuestion;
  response: Response | null;
  /** Set once the answer is checked. */
  review: ReviewItem | null;
  /** Question ids asked this session, oldest first. */
  asked: string[];
  answered: number;
  correct: number;
}

export interface DrillSlice {
  drill: DrillState | null;
  /** Starting a drill, checking an answer, fetching the next question. */
  drillStatus: TaskStatus;
  startDrill(scope: DrillScope, label: string): Promise<void>;
  drillRespond(response: Response | null): void;
  checkDrill(): Promise<void>;
  nextDrill(): Promise<void>;
  endDrill(): Promise<void>;
  dismissDrillError(): void;
}

export const createDrillSlice: SliceCreator<DrillSlice> =
  ({ api }) =>
  (set, get) => {
    const task = createTask<AppState>(
      () => get().drillStatus,
      (drillStatus, state) => set({ ...state, drillStatus }),
    );
    return {
      drill: null,
      drillStatus: idle,

      async startDrill(scope, label) {
        const packId = get().packId;
        if (!packId) return;
        await task.run(async () => {
          const question = await api.drill.next({ packId, ...scope, recent: [] });
          return {
            drill: { scope, label, question, response: null, review: null, asked: [question.questionId], answered: 0, correct: 0 },
            screen: { name: 'drill' },
          };
        });
      },

      drillRespond(response) {
        const drill = get().drill;
        if (drill && !drill.review) set({ drill: { ...drill, response } });
      },

      async checkDrill() {
        const drill = get().drill;
        const packId = get().packId;
        if (!drill || !packId || !drill.response || drill.review) return;
        const response = drill.response;
        const { item, questionId } = drill.question;
        const displayOrder = (item.options ?? item.items ?? item.answers ?? []).map((x) => x.id);
        await task.run(async () => {
          const review = await api.drill.answer({ packId, questionId, response, displayOrder });
          return {
            drill: {
              ...drill,
              review: { ...review, position: drill.answered },
              answered: drill.answered + 1,
              correct: drill.correct + (review.correct ? 1 : 0),
            },
          };
        });
      },

      async nextDrill() {
        const drill = get().drill;
        const packId = get().packId;
        if (!drill || !packId) return;
        await task.run(async () => {
          const question = await api.drill.next({ packId, ...drill.scope, recent: drill.asked.slice(-500) });
          return { drill: { ...drill, question, response: null, review: null, asked: [...drill.asked, question.questionId] } };
        });
      },

      async endDrill() {
        set({ drill: null });
        await get().goHome();
      },

      dismissDrillError: task.clearError,
    };
  };
