// Home's data: the course packs, past attempts, the exam to resume, progress by domain. Loaded in one call.
import type { ActiveExamSummary, AttemptSummary, DomainProgress, PackSummary } from '../../../../electron/api/types';
import type { AppState } from '../app';
import type { SliceCreator } from '../slice';
import { createTask, idle, type TaskStatus } from '../task';

export interface HomeSlice {
  /** False until the first load has answered, so the app never shows an empty course while it loads. */
  ready: boolean;
  /** A failed load: Home then offers to try again instead of showing an empty course. */
  homeStatus: TaskStatus;
  packs: PackSummary[];
  packId: string | null;
  attempts: AttemptSummary[];
  /** All attempts; Home lists only the latest. */
  attemptCount: number;
  packProblems: string[];
  /** The unfinished exam Home offers to resume. */
  active: ActiveExamSummary | null;
  /** Per domain: questions met and answered right on the last try, across exams and drills. */
  progress: DomainProgress[];
  load(): Promise<void>;
}

export const createHomeSlice: SliceCreator<HomeSlice> =
  ({ api }) =>
  (set, get) => {
    const task = createTask<AppState>(
      () => get().homeStatus,
      (homeStatus, state) => set({ ...state, homeStatus }),
    );
    return {
      ready: false,
      homeStatus: idle,
      packs: [],
      packId: null,
      attempts: [],
      attemptCount: 0,
      packProblems: [],
      active: null,
      progress: [],

      async load() {
        // Reloading or reopening mid-exam goes straight back to the question the learner was on, not to Home.
        const firstLoad = !get().ready;
        let resume = false;
        await task.run(async () => {
          const packId = get().packId;
          const home = await api.app.home(packId ? { packId } : {});
          get().takeStoredTheme(home.app.theme);
          resume = firstLoad && home.active !== null;
          return {
            packs: home.packs,
            packId: home.packId,
            attempts: home.attempts,
            active: home.active,
            learnerNotes: home.learnerNotes,
            progress: home.progress,
            study: home.study,
            attemptCount: home.attemptCount,
            packProblems: home.app.packProblems,
          };
        });
        if (resume) await get().resumeExam();
        set({ ready: true });
      },
    };
  };
