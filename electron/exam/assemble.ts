// Draws a mock exam from a pack: per-domain counts from the blueprint, spread across task statements, questions
// the learner has seen least first, case-study questions kept together and in their authored order.
import { shuffle, type Rng } from './random';

export interface Candidate {
  id: string;
  domain: string;
  task: string;
  caseId: string | null;
}

interface Unit {
  members: Candidate[];
  task: string;
  seen: number;
  tiebreak: number;
  /** Shared by every domain queue the unit stands in (a case study can span domains): once taken, it is gone. */
  taken: { value: boolean };
}

export interface AssembleInput {
  candidates: Candidate[];
  counts: Map<string, number>;
  /** How often each question id was already shown to this learner. */
  seen?: Map<string, number>;
  rng: Rng;
  /** At most this many case studies in one exam. */
  maxCases?: number;
}

export class NotEnoughQuestionsError extends Error {}

export function assembleExam({ candidates, counts, seen = new Map(), rng, maxCases = 2 }: AssembleInput): Candidate[] {
  const byCase = new Map<string, Candidate[]>();
  const unitsByDomain = new Map<string, Unit[]>();
  const addUnit = (members: Candidate[]) => {
    const shared = { seen: members.reduce((most, m) => Math.max(most, seen.get(m.id) ?? 0), 0), tiebreak: rng(), taken: { value: false } };
    // A case study whose questions span domains stands in each of those domains' queues, whatever order the
    // candidates came in, so every domain can count on it.
    for (const domain of new Set(members.map((m) => m.domain))) {
      const unit: Unit = { members, task: members.find((m) => m.domain === domain)!.task, ...shared };
      const list = unitsByDomain.get(domain);
      if (list) list.push(unit);
      else unitsByDomain.set(domain, [unit]);
    }
  };
  for (const c of candidates) {
    if (c.caseId === null) addUnit([c]);
    else {
      const members = byCase.get(c.caseId);
      if (members) members.push(c);
      else byCase.set(c.caseId, [c]);
    }
  }
  for (const members of byCase.values()) addUnit(members);

  const need = new Map(counts);
  const picked: Unit[] = [];
  let cases = 0;
  for (const [domain, target] of counts) {
    const units = unitsByDomain.get(domain) ?? [];
    // One queue per task statement, least-seen first; then take round-robin so every task is represented.
    const queues = new Map<string, Unit[]>();
    for (const u of units) {
      const q = queues.get(u.task);
      if (q) q.push(u);
      else queues.set(u.task, [u]);
    }
    for (const q of queues.values()) q.sort((a, b) => a.seen - b.seen || a.tiebreak - b.tiebreak);
    let order = shuffle([...queues.keys()], rng);
    const usable = (u: Unit) => !u.taken.value && fits(u, need) && (u.members.length === 1 || cases < maxCases);
    while ((need.get(domain) ?? 0) > 0 && order.length > 0) {
      // Round-robin over task statements, but only among questions seen the fewest times so far: a task statement
      // that has run out of new questions waits until every other one has too, so no question repeats early.
      const heads = order.map((task) => queues.get(task)!.find(usable)).filter((u): u is Unit => !!u);
      if (heads.length === 0) break;
      const least = Math.min(...heads.map((u) => u.seen));
      const next: string[] = [];
      for (const task of order) {
        if ((need.get(domain) ?? 0) <= 0) break;
        const q = queues.get(task)!;
        const idx = q.findIndex(usable);
        if (idx < 0) continue;
        if (q[idx]!.seen > least) {
          next.push(task);
          continue;
        }
        const [u] = q.splice(idx, 1);
        u!.taken.value = true;
        for (const m of u!.members) need.set(m.domain, need.get(m.domain)! - 1);
        if (u!.members.length > 1 || u!.members[0]!.caseId) cases++;
        picked.push(u!);
        if (q.length) next.push(task);
      }
      order = next;
    }
    if ((need.get(domain) ?? 0) > 0) {
      throw new NotEnoughQuestionsError(
        `Domain ${domain} needs ${target} questions but the pack has only ${target - need.get(domain)!} that fit.`,
      );
    }
  }
  return shuffle(picked, rng).flatMap((u) => u.members);
}

function fits(unit: Unit, need: Map<string, number>): boolean {
  const perDomain = new Map<string, number>();
  for (const m of unit.members) perDomain.set(m.domain, (perDomain.get(m.domain) ?? 0) + 1);
  for (const [d, n] of perDomain) if ((need.get(d) ?? 0) < n) return false;
  return true;
}
