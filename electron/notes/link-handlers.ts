// The learner's notes as a study tool: search over all notes, corrections of question links, backlinks from a
// section to its questions, and the coverage map. (Import and removal live in handlers.ts.)
import type { SyncHandlers } from '../api/dispatch';
import { invalid, notFound } from '../api/errors';
import type { BackendContext } from '../backend/context';
import { getManifest, questionsByIds } from '../packs/repo';
import { backlinks, notesCoverage } from './backlinks';
import { correctLink, learnerLinks, learnerSections, undoCorrection } from './links';
import { searchNotes } from './search';

function requirePack(ctx: BackendContext, packId: string): void {
  if (!getManifest(ctx.db, packId)) throw notFound(`Course pack "${packId}"`);
}

function requireQuestion(ctx: BackendContext, packId: string, questionId: string): void {
  if (!questionsByIds(ctx.db, packId, [questionId]).has(questionId)) throw notFound(`Question "${questionId}" in course pack "${packId}"`);
}

type Methods = 'notes.search' | 'notes.learnerSections' | 'notes.correctLink' | 'notes.undoCorrection' | 'notes.backlinks' | 'notes.coverage';

export const noteLinkHandlers: SyncHandlers<BackendContext, Methods> = {
  'notes.search'({ packId, query }, ctx) {
    requirePack(ctx, packId);
    return searchNotes(ctx.db, packId, query);
  },

  'notes.learnerSections'({ packId }, ctx) {
    requirePack(ctx, packId);
    return learnerSections(ctx.db, packId).map(({ slug, title, level, path }) => ({ slug, title, level, path }));
  },

  'notes.correctLink'({ packId, questionId, slug }, ctx) {
    requirePack(ctx, packId);
    requireQuestion(ctx, packId, questionId);
    if (!learnerLinks(ctx.db, packId)) throw invalid('Import your notes first: there is no section to choose from.');
    if (slug !== null && !learnerSections(ctx.db, packId).some((s) => s.slug === slug)) throw notFound(`The section "#${slug}" in your notes`);
    correctLink(ctx.db, packId, questionId, slug, ctx.now());
    return learnerLinks(ctx.db, packId)!.state(questionId);
  },

  'notes.undoCorrection'({ packId, questionId }, ctx) {
    requirePack(ctx, packId);
    requireQuestion(ctx, packId, questionId);
    undoCorrection(ctx.db, packId, questionId);
    return learnerLinks(ctx.db, packId)?.state(questionId) ?? { link: null, correction: null };
  },

  'notes.backlinks'({ packId, source, file, slug }, ctx) {
    requirePack(ctx, packId);
    return backlinks(ctx.db, packId, source, file, slug);
  },

  'notes.coverage'({ packId }, ctx) {
    return notesCoverage(ctx.db, packId);
  },
};
