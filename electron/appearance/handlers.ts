// The app's look: light, dark, or following the system. One row in settings, owned here.
import { z } from 'zod';
import type { SyncHandlers } from '../api/dispatch';
import type { ThemeChoice } from '../api/types';
import type { BackendContext } from '../backend/context';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';
import { storedOr } from '../db/stored-json';

const KEY = 'theme';
const themeSchema = z.enum(['system', 'light', 'dark']);

export function themeChoice(db: Db): ThemeChoice {
  const value = stmt(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  return value === undefined ? 'system' : storedOr(themeSchema, value, 'The theme setting', 'system');
}

export const appearanceHandlers: SyncHandlers<BackendContext, 'app.setTheme'> = {
  'app.setTheme'({ theme }, ctx) {
    stmt(ctx.db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
      KEY,
      JSON.stringify(theme),
    );
    return { theme };
  },
};
