// Notes: the page open in the viewer, and the learner's own notes file (import, replace, remove).
import type { LearnerNotesInfo, NoteDocument, NoteSource } from '../../../../electron/api/types';
import type { AppState } from '../app';
import type { SliceCreator } from '../slice';
import { createTask, errorMessage, idle, type TaskStatus } from '../task';

export interface NotesSlice {
  /** The notes page in the viewer. */
  note: NoteDocument | null;
  /** The learner's own notes file for this course, if imported. */
  learnerNotes: LearnerNotesInfo | null;
  /** Importing or removing the learner's notes; shown in Home's notes card. */
  notesStatus: TaskStatus;
  openNote(link: string, source?: NoteSource): Promise<void>;
  importLearnerNotes(file: { name: string; text(): Promise<string> }): Promise<void>;
  removeLearnerNotes(): Promise<void>;
  dismissNotesError(): void;
}

export const createNotesSlice: SliceCreator<NotesSlice> =
  ({ api }) =>
  (set, get) => {
    const task = createTask<AppState>(
      () => get().notesStatus,
      (notesStatus, state) => set({ ...state, notesStatus }),
    );
    return {
      note: null,
      learnerNotes: null,
      notesStatus: idle,

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
          // Note links are on every screen (results, drill, Home, the viewer itself): an app-wide message.
          get().notify(`The notes could not be opened: ${errorMessage(err)}`);
        }
      },

      async importLearnerNotes(file) {
        const packId = get().packId;
        if (!packId) return;
        await task.run(async () => {
          return { learnerNotes: await api.notes.importLearner({ packId, fileName: file.name, markdown: await file.text() }) };
        });
      },

      async removeLearnerNotes() {
        const packId = get().packId;
        if (!packId) return;
        await task.run(async () => {
          await api.notes.removeLearner({ packId });
          return { learnerNotes: null };
        });
      },

      dismissNotesError: task.clearError,
    };
  };
