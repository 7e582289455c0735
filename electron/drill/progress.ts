// Where the learner stands per domain: how much of the bank they have met, and how much of that they got right
// the last time they saw it. Built from the same history the drill picks from, so the two always agree.
import type { DomainProgress } from '../api/types';
import type { Db } from '../db/open';
import { activeCandidates } from '../packs/repo';
import { latestOutcomes } from './pick';
import { answerEvents } from './repo';

export function domainProgress(db: Db, packId: string, domains: { id: string; title: string }[]): DomainProgress[] {
  const outcomes = latestOutcomes(answerEvents(db, packId));
  const candidates = activeCandidates(db, packId);
  return domains.map((d) => {
    const ids = candidates.filter((c) => c.domain === d.id).map((c) => c.id);
    const seen = ids.filter((id) => outcomes.has(id));
    return { id: d.id, title: d.title, total: ids.length, seen: seen.length, right: seen.filter((id) => outcomes.get(id)!.lastCorrect).length };
  });
}
