// The study loop on screen: reviews due, today's plan and the forecast (loaded with Home), the study settings,
// practising mistakes, the forecast after an exam, and the history.
import type { Forecast, StudyHistory, StudySettings, StudyToday } from '../../../../electron/api/types';
import type { AppState } from '../app';
import type { SliceCreator } from '../slice';
import { createTask, idle, type TaskStatus } from '../task';

export type MistakeKind = 'wrong' | 'flagged' | 'guessed';

export const MISTAKE_LABELS: Record<MistakeKind, string> = { wrong: 'wrong', flagged: 'flagged', guessed: 'guessed' };

export interface StudyLoopSlice {
  study: StudyToday | null;
  /** The forecast shown on Results (as it stands after that exam was counted). */
  resultsForecast: Forecast | null;
  history: StudyHistory | null;
  /** Saving settings, loading the history, starting a practice. */
  loopStatus: TaskStatus;
  /** Set when a saved value was brought into range. */
  studyNotice: string | null;
  saveStudySettings(changes: Partial<StudySettings>): Promise<void>;
  loadResultsForecast(): Promise<void>;
  openHistory(): Promise<void>;
  practiseMistakes(kind: MistakeKind, attemptId?: number): Promise<void>;
  dismissLoopError(): void;
}

export const createStudyLoopSlice: SliceCreator<StudyLoopSlice> =
  ({ api }) =>
  (set, get) => {
    const task = createTask<AppState>(
      () => get().loopStatus,
      (loopStatus, state) => set({ ...state, loopStatus }),
    );
    return {
      study: null,
      resultsForecast: null,
      history: null,
      loopStatus: idle,
      studyNotice: null,

      async saveStudySettings(changes) {
        const packId = get().packId;
        if (!packId) return;
        await task.run(async () => {
          const saved = await api.study.saveSettings({ packId, ...changes });
          const study = await api.study.today({ packId });
          return { study, studyNotice: saved.notice };
        });
      },

      async loadResultsForecast() {
        const packId = get().result?.packId ?? get().packId;
        if (!packId) return;
        try {
          set({ resultsForecast: await api.study.forecast({ packId }) });
        } catch (err) {
          task.fail(err);
        }
      },

      async openHistory() {
        const packId = get().packId;
        if (!packId) return;
        await task.run(async () => ({ history: await api.study.history({ packId }), screen: { name: 'history' } }));
      },

      async practiseMistakes(kind, attemptId) {
        const packId = get().packId ?? get().result?.packId;
        if (!packId) return;
        let ids: string[] = [];
        await task.run(async () => {
          ids = (await api.study.mistakes({ packId, kind, ...(attemptId ? { attemptId } : {}) })).questionIds;
          if (ids.length === 0) throw new Error(`No ${MISTAKE_LABELS[kind]} questions to practise${attemptId ? ' in this exam' : ''}.`);
        });
        if (ids.length) await get().startMistakes(ids, `Your ${ids.length} ${MISTAKE_LABELS[kind]} question${ids.length === 1 ? '' : 's'}${attemptId ? ' from this exam' : ''}`);
      },

      dismissLoopError: task.clearError,
    };
  };
