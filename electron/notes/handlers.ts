// The notes feature owns note_sections; a notes file is rebuilt from its sections in order.
import type { SyncHandlers } from '../api/dispatch';
import { notFound } from '../api/errors';
import type { BackendContext } from '../backend/context';
import { getManifest } from '../packs/repo';
import { importLearnerNotes, learnerNotesInfo, removeLearnerNotes } from './learner';

function requirePack(ctx: BackendContext, packId: string): void {
  if (!getManifest(ctx.db, packId)) throw notFound(`Course pack "${packId}"`);
}

export const noteHandlers: SyncHandlers<BackendContext, 'notes.get' | 'notes.importLearner' | 'notes.removeLearner'> = {
  'notes.get'({ packId, file, source }, ctx) {
    const rows = ctx.db
      .prepare(`SELECT title, level, body FROM note_sections WHERE pack_id = ? AND source = ? AND file = ? ORDER BY position`)
      .all(packId, source, file) as { title: string; level: number; body: string }[];
    if (rows.length === 0) {
      throw notFound(source === 'user' ? `Your notes file "${file}"` : `Notes file "${file}" in course pack "${packId}"`);
    }
    const title = rows.find((r) => r.level === 1)?.title ?? (source === 'user' ? learnerNotesInfo(ctx.db, packId)?.fileName : null) ?? file.replace(/\.md$/, '');
    return { packId, source, file, title, markdown: rows.map((r) => r.body).join('\n') };
  },

  'notes.importLearner'({ packId, fileName, markdown }, ctx) {
    requirePack(ctx, packId);
    return importLearnerNotes(ctx.db, packId, fileName, markdown, ctx.now());
  },

  'notes.removeLearner'({ packId }, ctx) {
    requirePack(ctx, packId);
    return { removed: removeLearnerNotes(ctx.db, packId) };
  },
};
