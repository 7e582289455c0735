// The renderer's state: which screen is shown, the course data, and the running exam. Built by a factory that
// takes the API client, so tests drive it against the real backend through the in-process transport.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api/client';
import { ApiError } from '../api/client';
import type {
  ActiveExamSummary,
  DomainProgress,
  DrillQuestion,
  AttemptSummary,
  ExamResult,
  ExamView,
  LearnerNotesInfo,
  NoteDocument,
  NoteSource,
  PackSummary,
  Response,
  ReviewItem,
  ThemeChoice,
} from '../../../electron/api/types';
import { applyTheme } from '../theme';

/** How a mock exam is sat: under real conditions, or as practice (pausable clock, optional checking). */
export interface ExamOptions {
  extraTime: boolean;
  practice?: boolean;
  checkAnswers?: boolean;
}

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

export type Screen =
  | { name: 'home' }
  | { name: 'exam' }
  | { name: 'results'; attemptId: number }
  | { name: 'drill' }
  | { name: 'notes'; source: NoteSource; file: string; anchor: string | null; back: Screen };

export type SaveState = 'saved' | 'saving' | 'error';

export interface AppState {
  screen: Screen;
  ready: boolean;
  /** Why Home could not be loaded; the screen then offers to try again instead of showing an empty course. */
  loadError: string | null;
  packs: PackSummary[];
  packId: string | null;
  attempts: AttemptSummary[];
  packProblems: string[];
  /** The unfinished exam Home offers to resume. */
  active: ActiveExamSummary | null;
  /** The exam on screen. */
  exam: ExamView | null;
  drill: DrillState | null;
  /** Per domain: questions met and answered right on the last try, across exams and drills. */
  progress: DomainProgress[];
  /** The learner's own notes file for this course, if imported. */
  learnerNotes: LearnerNotesInfo | null;
  /** Backend clock minus local clock, so the countdown follows the backend's `endsAt`. */
  clockOffset: number;
  saveState: SaveState;
  result: ExamResult | null;
  note: NoteDocument | null;
  error: string | null;
  busy: boolean;
  theme: ThemeChoice;

  load(): Promise<void>;
  startExam(options: ExamOptions | boolean): Promise<void>;
  strike(position: number, optionId: string): Promise<void>;
  pauseExam(): Promise<void>;
  resumeClock(): Promise<void>;
  checkAnswer(position: number): Promise<void>;
  deleteAttempt(attemptId: number): Promise<void>;
  setTheme(theme: ThemeChoice): Promise<void>;
  resumeExam(): Promise<void>;
  goto(position: number): void;
  answer(position: number, response: Response | null): Promise<void>;
  toggleFlag(position: number): Promise<void>;
  endExam(): Promise<void>;
  timeUp(): Promise<void>;
  openResults(attemptId: number): Promise<void>;
  openNote(link: string, source?: NoteSource): Promise<void>;
  startDrill(scope: DrillScope, label: string): Promise<void>;
  drillRespond(response: Response | null): void;
  checkDrill(): Promise<void>;
  nextDrill(): Promise<void>;
  endDrill(): Promise<void>;
  importLearnerNotes(file: { name: string; text(): Promise<string> }): Promise<void>;
  removeLearnerNotes(): Promise<void>;
  back(): void;
  goHome(): Promise<void>;
  dismissError(): void;
}

export type AppStore = StoreApi<AppState>;

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function createAppStore(api: Api, now: () => number = Date.now): AppStore {
  // When the learner arrived at the current question, to account time per question.
  let shownAt = now();
  // A pending re-check of time-out, when the backend had not yet reached the end.
  let expiryCheck: ReturnType<typeof setTimeout> | undefined;

  return createStore<AppState>()((set, get) => {
    const fail = (err: unknown) => set({ error: message(err), busy: false });

    const showExam = (exam: ExamView) => {
      shownAt = now();
      set({ exam, clockOffset: exam.serverNow - now(), screen: { name: 'exam' }, saveState: 'saved', busy: false });
    };

    /** The exam ended under us (time-out or submitted elsewhere): show its result. */
    const finished = async (attemptId: number) => {
      const result = await api.exam.result({ attemptId });
      set({ result, exam: null, screen: { name: 'results', attemptId }, busy: false });
    };

    const handleExamError = async (err: unknown) => {
      const exam = get().exam;
      if (exam && err instanceof ApiError && (err.code === 'expired' || err.code === 'conflict')) {
        await finished(exam.attemptId).catch(fail);
        if (err.code === 'expired') set({ error: 'Time is up. Your exam was submitted automatically.' });
        return;
      }
      set({ saveState: 'error', error: `Your last change was not saved: ${message(err)}` });
    };

    return {
      screen: { name: 'home' },
      ready: false,
      loadError: null,
      packs: [],
      packId: null,
      attempts: [],
      packProblems: [],
      active: null,
      exam: null,
      drill: null,
      progress: [],
      learnerNotes: null,
      clockOffset: 0,
      saveState: 'saved',
      result: null,
      note: null,
      error: null,
      busy: false,
      theme: 'system',

      async load() {
        try {
          const packId = get().packId;
          const home = await api.app.home(packId ? { packId } : {});
          applyTheme(home.app.theme);
          // Reloading or reopening mid-exam goes straight back to the question the learner was on.
          const firstLoad = !get().ready;
          if (firstLoad && home.active) {
            set({ packs: home.packs, packId: home.packId, active: home.active, theme: home.app.theme });
            await get().resumeExam();
            if (get().screen.name === 'exam' || get().screen.name === 'results') {
              set({ ready: true, attempts: home.attempts, learnerNotes: home.learnerNotes, progress: home.progress, packProblems: home.app.packProblems });
              return;
            }
          }
          set({
            theme: home.app.theme,
            packs: home.packs,
            packId: home.packId,
            attempts: home.attempts,
            active: home.active,
            learnerNotes: home.learnerNotes,
            progress: home.progress,
            packProblems: home.app.packProblems,
            ready: true,
            loadError: null,
          });
        } catch (err) {
          set({ ready: true, loadError: message(err), busy: false });
        }
      },

      async startExam(options) {
        const packId = get().packId;
        if (!packId || get().busy) return;
        const { extraTime, practice = false, checkAnswers = false } = typeof options === 'boolean' ? { extraTime: options } : options;
        set({ busy: true, error: null });
        try {
          showExam(await api.exam.start({ packId, extraTime, kind: practice ? 'practice' : 'exam', checkAnswers: practice && checkAnswers }));
        } catch (err) {
          fail(err);
        }
      },

      async resumeExam() {
        const active = get().active;
        if (!active) return;
        set({ busy: true });
        try {
          const fresh = await api.exam.get({ attemptId: active.attemptId });
          if (fresh.status === 'submitted') await finished(fresh.attemptId);
          else showExam(fresh);
        } catch (err) {
          fail(err);
        }
      },

      goto(position) {
        const exam = get().exam;
        if (!exam || exam.pausedAt !== null || position < 0 || position >= exam.items.length || position === exam.currentPosition) return;
        const leaving = { position: exam.currentPosition, timeSpentMs: Math.max(0, Math.round(now() - shownAt)) };
        shownAt = now();
        set({ exam: { ...exam, currentPosition: position } });
        api.exam.visit({ attemptId: exam.attemptId, position, leaving }).catch(handleExamError);
      },

      async strike(position, optionId) {
        const exam = get().exam;
        const item = exam?.items[position];
        if (!exam || !item || exam.pausedAt !== null) return;
        const before = item.struck ?? [];
        const struck = before.includes(optionId) ? before.filter((id) => id !== optionId) : [...before, optionId];
        set({ exam: { ...exam, items: exam.items.map((it) => (it.position === position ? { ...it, struck } : it)) }, saveState: 'saving' });
        try {
          await api.exam.strike({ attemptId: exam.attemptId, position, struck });
          set({ saveState: 'saved' });
        } catch (err) {
          await handleExamError(err);
        }
      },

      async pauseExam() {
        const exam = get().exam;
        if (!exam || exam.kind !== 'practice' || exam.pausedAt !== null) return;
        const leaving = { position: exam.currentPosition, timeSpentMs: Math.max(0, Math.round(now() - shownAt)) };
        try {
          const clock = await api.exam.pause({ attemptId: exam.attemptId, leaving });
          const current = get().exam;
          if (current?.attemptId === exam.attemptId) {
            set({ exam: { ...current, endsAt: clock.endsAt, pausedAt: clock.pausedAt }, clockOffset: clock.serverNow - now() });
          }
        } catch (err) {
          await handleExamError(err);
        }
      },

      async resumeClock() {
        const exam = get().exam;
        if (!exam || exam.pausedAt === null) return;
        try {
          const clock = await api.exam.resume({ attemptId: exam.attemptId });
          shownAt = now();
          const current = get().exam;
          if (current?.attemptId === exam.attemptId) {
            set({ exam: { ...current, endsAt: clock.endsAt, pausedAt: clock.pausedAt }, clockOffset: clock.serverNow - now() });
          }
        } catch (err) {
          await handleExamError(err);
        }
      },

      async checkAnswer(position) {
        const exam = get().exam;
        if (!exam || !exam.checkAnswers) return;
        try {
          const review = await api.exam.check({ attemptId: exam.attemptId, position });
          const current = get().exam;
          if (current?.attemptId !== exam.attemptId) return;
          set({ exam: { ...current, items: current.items.map((it) => (it.position === position ? { ...it, checked: review } : it)) } });
        } catch (err) {
          await handleExamError(err);
        }
      },

      async deleteAttempt(attemptId) {
        if (get().busy) return;
        set({ busy: true, error: null });
        try {
          await api.attempts.delete({ attemptId });
          set({ busy: false });
          await get().load();
        } catch (err) {
          fail(err);
        }
      },

      async setTheme(theme) {
        applyTheme(theme);
        set({ theme });
        try {
          await api.app.setTheme({ theme });
        } catch (err) {
          fail(err);
        }
      },

      async answer(position, response) {
        const exam = get().exam;
        if (!exam) return;
        const spent = Math.max(0, now() - shownAt);
        shownAt = now();
        const items = exam.items.map((it) => (it.position === position ? { ...it, response } : it));
        set({ exam: { ...exam, items }, saveState: 'saving' });
        try {
          const ack = await api.exam.saveAnswer({ attemptId: exam.attemptId, position, response, timeSpentMs: spent });
          const current = get().exam;
          if (!current || current.attemptId !== exam.attemptId) return;
          set({
            exam: { ...current, items: current.items.map((it) => (it.position === position ? { ...it, answered: ack.answered } : it)) },
            saveState: 'saved',
          });
        } catch (err) {
          await handleExamError(err);
        }
      },

      async toggleFlag(position) {
        const exam = get().exam;
        const item = exam?.items[position];
        if (!exam || !item) return;
        const flagged = !item.flagged;
        set({ exam: { ...exam, items: exam.items.map((it) => (it.position === position ? { ...it, flagged } : it)) } });
        try {
          await api.exam.flag({ attemptId: exam.attemptId, position, flagged });
        } catch (err) {
          await handleExamError(err);
        }
      },

      async endExam() {
        const exam = get().exam;
        if (!exam || get().busy) return;
        set({ busy: true });
        try {
          const result = await api.exam.submit({ attemptId: exam.attemptId });
          set({ result, exam: null, screen: { name: 'results', attemptId: exam.attemptId }, busy: false });
        } catch (err) {
          fail(err);
        }
      },

      async timeUp() {
        clearTimeout(expiryCheck);
        const exam = get().exam;
        if (!exam) return;
        try {
          // The backend decides: it submits the attempt once its clock passes `endsAt`.
          const fresh = await api.exam.get({ attemptId: exam.attemptId });
          if (fresh.status === 'submitted') {
            await finished(exam.attemptId);
            set({ error: 'Time is up. Your exam was submitted automatically.' });
          } else {
            // Our clock ran ahead of the backend's: follow its clock, and ask again once it passes the end.
            set({ clockOffset: fresh.serverNow - now() });
            clearTimeout(expiryCheck);
            expiryCheck = setTimeout(() => void get().timeUp(), Math.max(250, fresh.endsAt - fresh.serverNow));
          }
        } catch (err) {
          fail(err);
        }
      },

      async openResults(attemptId) {
        set({ busy: true, error: null });
        try {
          await finished(attemptId);
        } catch (err) {
          fail(err);
        }
      },

      async openNote(link, source = 'pack') {
        const packId = get().result?.packId ?? get().packId;
        const [file, anchor] = link.split('#');
        if (!packId || !file) return;
        try {
          const note = await api.notes.get({ packId, file, source });
          const current = get().screen;
          // A link inside the notes replaces the page; Back still returns to where the learner came from.
          const back = current.name === 'notes' ? current.back : current;
          set({ note, screen: { name: 'notes', source, file, anchor: anchor ?? null, back } });
        } catch (err) {
          fail(err);
        }
      },

      async startDrill(scope, label) {
        const packId = get().packId;
        if (!packId || get().busy) return;
        set({ busy: true, error: null });
        try {
          const question = await api.drill.next({ packId, ...scope, recent: [] });
          set({
            drill: { scope, label, question, response: null, review: null, asked: [question.questionId], answered: 0, correct: 0 },
            screen: { name: 'drill' },
            busy: false,
          });
        } catch (err) {
          fail(err);
        }
      },

      drillRespond(response) {
        const drill = get().drill;
        if (drill && !drill.review) set({ drill: { ...drill, response } });
      },

      async checkDrill() {
        const drill = get().drill;
        const packId = get().packId;
        if (!drill || !packId || !drill.response || drill.review || get().busy) return;
        set({ busy: true, error: null });
        const { item, questionId } = drill.question;
        const displayOrder = (item.options ?? item.items ?? item.answers ?? []).map((x) => x.id);
        try {
          const review = await api.drill.answer({ packId, questionId, response: drill.response, displayOrder });
          set({
            drill: {
              ...drill,
              review: { ...review, position: drill.answered },
              answered: drill.answered + 1,
              correct: drill.correct + (review.correct ? 1 : 0),
            },
            busy: false,
          });
        } catch (err) {
          fail(err);
        }
      },

      async nextDrill() {
        const drill = get().drill;
        const packId = get().packId;
        if (!drill || !packId || get().busy) return;
        set({ busy: true, error: null });
        try {
          const question = await api.drill.next({ packId, ...drill.scope, recent: drill.asked.slice(-500) });
          set({
            drill: { ...drill, question, response: null, review: null, asked: [...drill.asked, question.questionId] },
            busy: false,
          });
        } catch (err) {
          fail(err);
        }
      },

      async endDrill() {
        set({ drill: null });
        await get().goHome();
      },

      async importLearnerNotes(file) {
        const packId = get().packId;
        if (!packId || get().busy) return;
        set({ busy: true, error: null });
        try {
          const learnerNotes = await api.notes.importLearner({ packId, fileName: file.name, markdown: await file.text() });
          set({ learnerNotes, busy: false });
        } catch (err) {
          fail(err);
        }
      },

      async removeLearnerNotes() {
        const packId = get().packId;
        if (!packId || get().busy) return;
        set({ busy: true, error: null });
        try {
          await api.notes.removeLearner({ packId });
          set({ learnerNotes: null, busy: false });
        } catch (err) {
          fail(err);
        }
      },

      back() {
        const screen = get().screen;
        if (screen.name === 'notes') set({ screen: screen.back });
      },

      async goHome() {
        set({ screen: { name: 'home' }, result: null, note: null, error: null });
        await get().load();
      },

      dismissError() {
        set({ error: null });
      },
    };
  });
}
