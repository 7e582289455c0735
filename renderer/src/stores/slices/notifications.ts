// App-wide messages that belong to no one card, such as the exam being submitted when time ran out.
import type { SliceCreator } from '../slice';

export interface Notice {
  id: number;
  text: string;
}

export interface NotificationsSlice {
  notices: Notice[];
  notify(text: string): void;
  dismissNotice(id: number): void;
  dismissAllNotices(): void;
}

export const createNotificationsSlice: SliceCreator<NotificationsSlice> = () => (set, get) => {
  let nextId = 1;
  return {
    notices: [],
    notify(text) {
      // The same message twice (two failed note links, say) is shown once.
      if (get().notices.some((n) => n.text === text)) return;
      set({ notices: [...get().notices, { id: nextId++, text }] });
    },
    dismissNotice(id) {
      set({ notices: get().notices.filter((n) => n.id !== id) });
    },
    dismissAllNotices() {
      if (get().notices.length) set({ notices: [] });
    },
  };
};
