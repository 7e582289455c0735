import { themeChoice } from '../appearance/handlers';
import type { SyncHandlers } from '../api/dispatch';
import type { BackendContext } from '../backend/context';
import type { PackSummary } from '../api/types';
import { listPacks } from './repo';

export const packHandlers: SyncHandlers<BackendContext, 'packs.list' | 'app.info'> = {
  'packs.list'(_input, ctx) {
    return listPacks(ctx.db).map(
      ({ id, manifest: m, questionCount }): PackSummary => ({
        id,
        title: m.title,
        code: m.code,
        version: m.version,
        questionCount,
        exam: {
          questions: m.exam.questions,
          minutes: m.exam.minutes,
          extraMinutes: m.exam.extra_minutes,
          scale: { min: m.exam.scale.min, max: m.exam.scale.max, pass: m.exam.scale.pass },
        },
        domains: m.domains.map((d) => ({ id: d.id, title: d.title, weight: d.weight, tasks: d.tasks })),
      }),
    );
  },
  'app.info'(_input, ctx) {
    return { version: ctx.version, dataDir: ctx.dataDir, packProblems: ctx.packProblems, theme: themeChoice(ctx.db) };
  },
};
