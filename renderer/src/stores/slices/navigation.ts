// Which screen is shown, and the moves between screens that belong to no one feature.
import type { NoteSource } from '../../../../electron/api/types';
import type { SliceCreator } from '../slice';

export type Screen =
  | { name: 'home' }
  | { name: 'exam' }
  | { name: 'results'; attemptId: number }
  | { name: 'drill' }
  | { name: 'coverage' }
  | { name: 'history' }
  | { name: 'notes'; source: NoteSource; file: string; anchor: string | null; back: Screen };

export interface NavigationSlice {
  screen: Screen;
  /** From the notes viewer to where the learner opened it. */
  back(): void;
  /** Home, freshly loaded; what was shown and every message about it are left behind. */
  goHome(): Promise<void>;
}

export const createNavigationSlice: SliceCreator<NavigationSlice> = () => (set, get) => ({
  screen: { name: 'home' },

  back() {
    const screen = get().screen;
    if (screen.name === 'notes') set({ screen: screen.back });
  },

  async goHome() {
    const s = get();
    set({ screen: { name: 'home' }, result: null, note: null, panel: null, backlinks: null, resultsForecast: null, studyNotice: null });
    s.dismissStudyError();
    s.dismissLoopError();
    s.dismissExamError();
    s.dismissResultsError();
    s.dismissDrillError();
    s.dismissNotesError();
    s.dismissAllNotices();
    await s.load();
  },
});
