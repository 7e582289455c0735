// The notes feature owns note_sections; a notes file is rebuilt from its sections in order.
import { staged, type SyncHandlers, type Handlers } from '../api/dispatch';
import { notFound } from '../api/errors';
import type { BackendContext } from '../backend/context';
import { getManifest } from '../packs/repo';
import { learnerNotesInfo, removeLearnerNotes, storeLearnerNotes } from './learner';
import { linkInput } from './links';
import { parseOffThread } from './parse-off-thread';
import { clearLinks, packHash, storeLinks } from './stored-links';
import { LINKER_VERSION } from './linker-version';

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
    // The worker also links the bank to the new notes (see link-all.ts); the inputs are a quick read. The pack's
    // hash is read with them: it is what the links are computed from.
    prepare: async ({ packId, fileName, markdown }, ctx: BackendContext) => {
      const linking = getManifest(ctx.db, packId) ? linkInput(ctx.db, packId) : undefined;
      const hash = packHash(ctx.db, packId);
      return { parsed: await parseOffThread(fileName, markdown, linking), packHash: hash };
    },
    // The notes and their links are stored in the dispatch's one transaction: a failure keeps the previous of both.
    commit: ({ packId, fileName }, { parsed, packHash: hash }, ctx: BackendContext) => {
      requirePack(ctx, packId);
      const info = storeLearnerNotes(ctx.db, packId, fileName, parsed, ctx.now());
      const links = parsed.ok ? parsed.notes.links : undefined;
      // Without links (a packaged app whose worker could not start parsed on this thread), readers link on demand.
      if (links) storeLinks(ctx.db, packId, { notesImportedAt: info.importedAt, packHash: hash, linkerVersion: LINKER_VERSION }, links, ctx.now());
      else clearLinks(ctx.db, packId);
      return info;
    },
  }),

  'notes.removeLearner'({ packId }, ctx) {
    requirePack(ctx, packId);
    return { removed: removeLearnerNotes(ctx.db, packId) };
  },
};
