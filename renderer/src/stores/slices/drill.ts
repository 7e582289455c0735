// A drill: untimed practice, one question at a time, checked and explained at once.
import type { Confidence, DrillQuestion, Response, ReviewItem } from '../../../../electron/api/types';
import type { AppState } from '../app';
import type { SliceCreator } from '../slice';
import { createTask, idle, type TaskStatus } from '../task';

/** What a drill practises: the whole course, one domain, or one task statement. */
export interface DrillScope {
  domain?: string;
  task?: string;
  /** Exactly these questions: the ones that point to a notes section. */
  questionIds?: string[];
}

/** A drill picks from a scope; a review asks what is due; mistakes asks exactly the listed questions once each. */
export type DrillMode = { kind: 'drill' } | { kind: 'review' } | { kind: 'mistakes'; questionIds: string[] };

export interface DrillState {
  mode: DrillMode;
  scope: DrillScope;
  /** How the scope reads to the learner, e.g. "Task 3.2 Choose effective prompt engineering techniques". */
  label: string;
  question: DrillQuestion;
  response: Response | null;
  /** How sure the learner says they are; optional. */
  confidence: Confidence | null;
  /** Set once the answer is checked. */
  review: ReviewItem | null;
  /** Question ids asked this session, oldest first. */
  asked: string[];
  answered: number;
  correct: number;
  /** A review with nothing left due today, or a practice of mistakes that asked them all: the session is over. */
  done: boolean;
  /** Reviews still due today (review mode). */
  dueLeft: number;
}

export interface DrillSlice {
  drill: DrillState | null;
  /** Starting a drill, checking an answer, fetching the next question. */
  drillStatus: TaskStatus;
  startDrill(scope: DrillScope, label: string): Promise<void>;
  startReview(): Promise<void>;
  startMistakes(questionIds: string[], label: string): Promise<void>;
  drillRespond(response: Response | null): void;
  drillConfidence(confidence: Confidence | null): void;
  checkDrill(): Promise<void>;
  nextDrill(): Promise<void>;
  endDrill(): Promise<void>;
  dismissDrillError(): void;
}

function fresh(mode: DrillMode, scope: DrillScope, label: string, question: DrillQuestion, dueLeft: number): DrillState {
  return { mode, scope, label, question, response: null, confidence: null, review: null, asked: [question.questionId], answered: 0, correct: 0, done: false, dueLeft };
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
          return { drill: fresh({ kind: 'drill' }, scope, label, question, 0), screen: { name: 'drill' } };
        });
      },

      async startReview() {
        const packId = get().packId;
        if (!packId) return;
        await task.run(async () => {
          const next = await api.review.next({ packId, recent: [] });
          if (!next.question) throw new Error('Nothing is due for review today.');
          return { drill: fresh({ kind: 'review' }, {}, 'Review', next.question, next.dueToday), screen: { name: 'drill' } };
        });
      },

      async startMistakes(questionIds, label) {
        const packId = get().packId ?? get().result?.packId;
        if (!packId) return;
        await task.run(async () => {
          const question = await api.drill.next({ packId, questionIds, recent: [] });
          return { drill: fresh({ kind: 'mistakes', questionIds }, {}, label, question, 0), screen: { name: 'drill' } };
        });
      },

      drillRespond(response) {
        const drill = get().drill;
        if (drill && !drill.review) set({ drill: { ...drill, response } });
      },

      drillConfidence(confidence) {
        const drill = get().drill;
        if (drill && !drill.review) set({ drill: { ...drill, confidence } });
      },

      async checkDrill() {
        const drill = get().drill;
        const packId = get().packId;
        if (!drill || !packId || !drill.response || drill.review) return;
        const response = drill.response;
        const { item, questionId } = drill.question;
        const displayOrder = (item.options ?? item.items ?? item.answers ?? []).map((x) => x.id);
        const confidence = drill.confidence ?? undefined;
        await task.run(async () => {
          let review: ReviewItem;
          let dueLeft = drill.dueLeft;
          if (drill.mode.kind === 'review') {
            const answered = await api.review.answer({ packId, questionId, response, displayOrder, confidence });
            review = answered.review;
            dueLeft = answered.dueToday;
          } else review = await api.drill.answer({ packId, questionId, response, displayOrder, confidence });
          return {
            drill: {
              ...drill,
              dueLeft,
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
          const { mode } = drill;
          if (mode.kind === 'review') {
            const next = await api.review.next({ packId, recent: [] });
            if (!next.question) return { drill: { ...drill, done: true, dueLeft: 0 } };
            return { drill: { ...drill, question: next.question, response: null, confidence: null, review: null, dueLeft: next.dueToday } };
          }
          if (mode.kind === 'mistakes' && drill.asked.length >= mode.questionIds.length) return { drill: { ...drill, done: true } };
          const question = await api.drill.next({
            packId,
            ...drill.scope,
            ...(mode.kind === 'mistakes' ? { questionIds: mode.questionIds } : {}),
            recent: drill.asked.slice(-500),
          });
          return { drill: { ...drill, question, response: null, confidence: null, review: null, asked: [...drill.asked, question.questionId] } };
        });
      },

      async endDrill() {
        set({ drill: null });
        await get().goHome();
      },

      dismissDrillError: task.clearError,
    };
  };
