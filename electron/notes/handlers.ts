// The notes feature owns note_sections; a notes file is rebuilt from its sections in order.
import type { Handlers } from '../api/dispatch';
import { notFound } from '../api/errors';
import type { BackendContext } from '../backend/context';

export const noteHandlers: Pick<Handlers<BackendContext>, 'notes.get'> = {
  'notes.get'({ packId, file }, ctx) {
    const rows = ctx.db
      .prepare(
        `SELECT title, level, body FROM note_sections WHERE pack_id = ? AND source = 'pack' AND file = ? ORDER BY position`,
      )
      .all(packId, file) as { title: string; level: number; body: string }[];
    if (rows.length === 0) throw notFound(`Notes file "${file}" in course pack "${packId}"`);
    const title = rows.find((r) => r.level === 1)?.title ?? file.replace(/\.md$/, '');
    return { packId, file, title, markdown: rows.map((r) => r.body).join('\n') };
  },
};
