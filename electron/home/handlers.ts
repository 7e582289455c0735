// The Home screen's data in one call. It composes the pack and exam handlers rather than repeating their queries,
// so Home shows exactly what `packs.list`, `attempts.list` and `exam.active` would.
import type { SyncHandlers } from '../api/dispatch';
import type { ActiveExamSummary } from '../api/types';
import type { BackendContext } from '../backend/context';
import { domainProgress } from '../drill/progress';
import { attemptSummaries, examHandlers } from '../exam/handlers';
import { attemptCount } from '../exam/repo';

const HOME_ATTEMPTS = 20;
import { learnerNotesInfo } from '../notes/learner';
import { packHandlers } from '../packs/handlers';
import { getManifest } from '../packs/repo';
import { studyToday } from '../study/handlers';
import { activeStats } from '../study/repo';

export const homeHandlers: SyncHandlers<BackendContext, 'app.home'> = {
  'app.home'(input, ctx) {
    const packs = packHandlers['packs.list']({}, ctx);
    const packId = packs.find((p) => p.id === input.packId)?.id ?? packs[0]?.id ?? null;
    if (!packId) return { app: packHandlers['app.info']({}, ctx), packs, packId, attempts: [], attemptCount: 0, active: null, learnerNotes: null, progress: [], study: null };
    // attempts.list settles exams whose time ran out first, so an expired exam is listed, never offered to resume.
    // Home lists the latest few; History shows them all.
    const attempts = attemptSummaries(ctx, packId, HOME_ATTEMPTS);
    const exam = examHandlers['exam.active']({ packId }, ctx);
    const active: ActiveExamSummary | null = exam && {
      attemptId: exam.attemptId,
      startedAt: exam.startedAt,
      endsAt: exam.endsAt,
      serverNow: exam.serverNow,
      answered: exam.items.filter((i) => i.answered).length,
      total: exam.items.length,
      kind: exam.kind,
      pausedAt: exam.pausedAt,
    };
    // Read once: drill progress and the forecast both fold the kept per-question statistics.
    const stats = activeStats(ctx.db, packId);
    return {
      app: packHandlers['app.info']({}, ctx),
      packs,
      packId,
      attempts,
      attemptCount: attemptCount(ctx.db, packId),
      active,
      learnerNotes: learnerNotesInfo(ctx.db, packId),
      progress: domainProgress(ctx.db, packId, packs.find((p) => p.id === packId)!.domains, stats),
      study: studyToday(ctx, packId, getManifest(ctx.db, packId)!, stats),
    };
  },
};
