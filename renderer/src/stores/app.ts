// The renderer's state: one zustand store built from slices (navigation, home, exam, drill, notes,
// notifications), each with its own busy and error state. Built by a factory that takes the API client and a
// clock, so tests drive it against the real backend through the in-process transport.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api/client';
import { createAppearanceSlice, type AppearanceSlice } from './slices/appearance';
import { createDrillSlice, type DrillSlice } from './slices/drill';
import { createExamSlice, type ExamSlice } from './slices/exam';
import { createExamRoomSlice, type ExamRoomSlice } from './slices/exam-room';
import { createHomeSlice, type HomeSlice } from './slices/home';
import { createNavigationSlice, type NavigationSlice } from './slices/navigation';
import { createNotesSlice, type NotesSlice } from './slices/notes';
import { createNotificationsSlice, type NotificationsSlice } from './slices/notifications';
import { createStudySlice, type StudySlice } from './slices/study';
import { createStudyLoopSlice, type StudyLoopSlice } from './slices/study-loop';

export type AppState = NavigationSlice &
  HomeSlice &
  ExamSlice &
  ExamRoomSlice &
  DrillSlice &
  NotesSlice &
  NotificationsSlice &
  AppearanceSlice &
  StudySlice &
  StudyLoopSlice;
export type AppStore = StoreApi<AppState>;

export type { DrillMode, DrillScope, DrillState } from './slices/drill';
export type { ExamOptions, SaveState } from './slices/exam';
export type { Screen } from './slices/navigation';
export type { Notice } from './slices/notifications';
export type { TaskStatus } from './task';

export function createAppStore(api: Api, now: () => number = Date.now): AppStore {
  const deps = { api, now };
  return createStore<AppState>()((...store) => ({
    ...createNavigationSlice(deps)(...store),
    ...createHomeSlice(deps)(...store),
    ...createExamSlice(deps)(...store),
    ...createExamRoomSlice(deps)(...store),
    ...createDrillSlice(deps)(...store),
    ...createNotesSlice(deps)(...store),
    ...createNotificationsSlice(deps)(...store),
    ...createStudySlice(deps)(...store),
    ...createAppearanceSlice(deps)(...store),
    ...createStudyLoopSlice(deps)(...store),
  }));
}
