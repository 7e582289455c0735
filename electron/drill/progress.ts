// Where the learner stands per domain: how much of the bank they have met, and how much of that they got right
// the last time they saw it. Built from the same kept statistics the drill picks from, so the two always agree.
import type { DomainProgress } from '../api/types';
import type { Db } from '../db/open';
import { activeCandidates } from '../packs/repo';
import { activeStats } from '../study/repo';
import { isKnown, type QuestionStat } from '../study/stats';

/** "Right" means known: right the last time, and not by a guess. */
export function domainProgress(
  db: Db,
  packId: string,
  domains: { id: string; title: string }[],
  kept: QuestionStat[] = activeStats(db, packId),
): DomainProgress[] {
  const stats = new Map<string, QuestionStat>(kept.map((s) => [s.questionId, s]));
  const candidates = activeCandidates(db, packId);
  return domains.map((d) => {
    const ids = candidates.filter((c) => c.domain === d.id).map((c) => c.id);
    const seen = ids.map((id) => stats.get(id)).filter((s): s is QuestionStat => !!s);
    return { id: d.id, title: d.title, total: ids.length, seen: seen.length, right: seen.filter(isKnown).length };
  });
}
