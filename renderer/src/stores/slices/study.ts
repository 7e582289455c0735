// Studying with the notes: search over course and learner notes, a side panel that shows a section beside the
// question, backlinks from a section to its questions (and a drill of them), the coverage map, and the learner's
// corrections of where a question points in their notes.
import type {
  Backlinks,
  LearnerNoteState,
  LearnerSectionSummary,
  NoteDocument,
  NoteSearchHit,
  NoteSource,
  NotesCoverage,
  ReviewItem,
} from '../../../../electron/api/types';
import type { AppState } from '../app';
import type { SliceCreator } from '../slice';
import { createTask, idle, type TaskStatus } from '../task';

export interface NotePanel {
  source: NoteSource;
  file: string;
  anchor: string | null;
  note: NoteDocument;
  backlinks: Backlinks | null;
}

export interface StudySlice {
  /** A notes section open beside a review or a drill; the question underneath stays where it was. */
  panel: NotePanel | null;
  searchQuery: string;
  searchHits: NoteSearchHit[];
  /** Backlinks of the section open in the notes viewer. */
  backlinks: Backlinks | null;
  coverage: NotesCoverage | null;
  /** The learner's headings, for "not this section". */
  learnerSectionList: LearnerSectionSummary[] | null;
  studyStatus: TaskStatus;
  openPanel(link: string, source: NoteSource): Promise<void>;
  closePanel(): void;
  searchNotes(query: string): Promise<void>;
  loadBacklinks(source: NoteSource, file: string, slug: string | null): Promise<void>;
  drillBacklinks(b: Backlinks): Promise<void>;
  openCoverage(): Promise<void>;
  loadLearnerSections(): Promise<void>;
  correctLink(questionId: string, slug: string | null): Promise<void>;
  undoCorrection(questionId: string): Promise<void>;
  dismissStudyError(): void;
}

/** A review item with its learner-notes state replaced. */
const withState = (item: ReviewItem, s: LearnerNoteState): ReviewItem => ({ ...item, learnerNote: s.link, learnerNoteCorrection: s.correction });

export const createStudySlice: SliceCreator<StudySlice> =
  ({ api }) =>
  (set, get) => {
    const task = createTask<AppState>(
      () => get().studyStatus,
      (studyStatus, state) => set({ ...state, studyStatus }),
    );
    const packIdNow = () => get().result?.packId ?? get().packId;
    // Results arrive out of order when the learner types fast: only the latest query's results are shown.
    let searchSeq = 0;

    /** Puts a question's new learner-notes state into every review on screen that shows it. */
    const applyState = (questionId: string, s: LearnerNoteState) => {
      const { result, drill } = get();
      set({
        ...(result ? { result: { ...result, items: result.items.map((i) => (i.question.id === questionId ? withState(i, s) : i)) } } : {}),
        ...(drill?.review?.question.id === questionId ? { drill: { ...drill, review: withState(drill.review, s) } } : {}),
      });
    };

    return {
      panel: null,
      searchQuery: '',
      searchHits: [],
      backlinks: null,
      coverage: null,
      learnerSectionList: null,
      studyStatus: idle,

      async openPanel(link, source) {
        const packId = packIdNow();
        const [file, anchor] = link.split('#');
        if (!packId || !file) return;
        await task.run(async () => {
          const note = await api.notes.get({ packId, file, source });
          const backlinks = anchor ? await api.notes.backlinks({ packId, source, file, slug: anchor }).catch(() => null) : null;
          return { panel: { source, file, anchor: anchor ?? null, note, backlinks } };
        });
      },

      closePanel() {
        set({ panel: null });
      },

      async searchNotes(query) {
        const packId = packIdNow();
        const seq = ++searchSeq;
        set({ searchQuery: query });
        if (!packId || !query.trim()) {
          set({ searchHits: [] });
          return;
        }
        try {
          const hits = await api.notes.search({ packId, query });
          if (seq === searchSeq) set({ searchHits: hits });
        } catch (err) {
          if (seq === searchSeq) task.fail(err);
        }
      },

      async loadBacklinks(source, file, slug) {
        const packId = packIdNow();
        if (!packId || !slug) {
          set({ backlinks: null });
          return;
        }
        try {
          set({ backlinks: await api.notes.backlinks({ packId, source, file, slug }) });
        } catch {
          // A heading the viewer could not find has no backlinks: the viewer already says so.
          set({ backlinks: null });
        }
      },

      async drillBacklinks(b) {
        const ids = b.questions.map((q) => q.questionId);
        if (ids.length === 0) return;
        set({ panel: null });
        await get().startDrill({ questionIds: ids }, `${ids.length} question${ids.length === 1 ? '' : 's'} linked to “${b.title}”`);
      },

      async openCoverage() {
        const packId = get().packId;
        if (!packId) return;
        await task.run(async () => {
          const coverage = await api.notes.coverage({ packId });
          return { coverage, screen: { name: 'coverage' } };
        });
      },

      async loadLearnerSections() {
        const packId = packIdNow();
        if (!packId) return;
        try {
          set({ learnerSectionList: await api.notes.learnerSections({ packId }) });
        } catch (err) {
          task.fail(err);
        }
      },

      async correctLink(questionId, slug) {
        const packId = packIdNow();
        if (!packId) return;
        await task.run(async () => applyState(questionId, await api.notes.correctLink({ packId, questionId, slug })));
      },

      async undoCorrection(questionId) {
        const packId = packIdNow();
        if (!packId) return;
        await task.run(async () => applyState(questionId, await api.notes.undoCorrection({ packId, questionId })));
      },

      dismissStudyError: task.clearError,
    };
  };


