// The notes feature owns note_sections; a notes file is rebuilt from its sections in order.
import { staged, type SyncHandlers, type Handlers } from '../api/dispatch';
import { notFound } from '../api/errors';
import type { BackendContext } from '../backend/context';
import { getManifest } from '../packs/repo';
import { learnerNotesInfo, removeLearnerNotes, storeLearnerNotes } from './learner';
import { parseOffThread } from './parse-off-thread';

function requirePack(ctx: BackendContext, packId: string): void {
  if (!getManifest(ctx.db, packId)) throw notFound(`Course pack "${packId}"`);
}

export const noteHandlers: SyncHandlers<BackendContext, 'notes.get' | 'notes.removeLearner'> &
  Pick<Handlers<BackendContext>, 'notes.importLearner'> = {
  'notes.get'({ packId, file, source }, ctx) {
    const rows = ctx.db
      .prepare(`SELECT slug, title, level, body FROM note_sections WHERE pack_id = ? AND source = ? AND file = ? ORDER BY position`)
      .all(packId, source, file) as { slug: string; title: string; level: number; body: string }[];
    if (rows.length === 0) {
      throw notFound(source === 'user' ? `Your notes file "${file}"` : `Notes file "${file}" in course pack "${packId}"`);
    }
    const title = rows.find((r) => r.level === 1)?.title ?? (source === 'user' ? learnerNotesInfo(ctx.db, packId)?.fileName : null) ?? file.replace(/\.md$/, '');
    return {
      packId,
      source,
      file,
      title,
      markdown: rows.map((r) => r.body).join('\n'),
      sections: rows.map((r) => ({ slug: r.slug, title: r.title, level: r.level, markdown: r.body })),
    };
  },

  // Parsing runs in a worker before the write; only the short write holds the database.
  'notes.importLearner': staged({
    prepare: ({ fileName, markdown }) => parseOffThread(fileName, markdown),
    commit: ({ packId, fileName }, parsed, ctx: BackendContext) => {
      requirePack(ctx, packId);
      return storeLearnerNotes(ctx.db, packId, fileName, parsed, ctx.now());
    },
  }),

  'notes.removeLearner'({ packId }, ctx) {
    requirePack(ctx, packId);
    return { removed: removeLearnerNotes(ctx.db, packId) };
  },
};
