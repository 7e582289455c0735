// Coverage of a pack: questions per domain, task statement and type, notes sections per task statement, and the
// authoring floors from pack.yaml's `bank:` block.
import type { LoadedPack } from './load';
import type { QuestionType } from './question';

export const QUESTION_TYPES: QuestionType[] = ['single', 'multiple', 'ordering', 'matching'];

export interface Coverage {
  total: number;
  byDomain: Map<string, number>;
  byTask: Map<string, Record<QuestionType, number>>;
  byType: Record<QuestionType, number>;
  byDifficulty: Record<1 | 2 | 3, number>;
  cases: number;
  /** Questions that list at least one source. */
  sourced: number;
  notesByTask: Map<string, number>;
}

const zeroTypes = (): Record<QuestionType, number> => ({ single: 0, multiple: 0, ordering: 0, matching: 0 });

export function coverage(pack: LoadedPack): Coverage {
  const byDomain = new Map<string, number>();
  const byTask = new Map<string, Record<QuestionType, number>>();
  const notesByTask = new Map<string, number>();
  for (const d of pack.manifest.domains) {
    byDomain.set(d.id, 0);
    for (const t of d.tasks) {
      byTask.set(t.id, zeroTypes());
      notesByTask.set(t.id, 0);
    }
  }
  const byType = zeroTypes();
  const byDifficulty = { 1: 0, 2: 0, 3: 0 };
  for (const q of pack.questions) {
    byDomain.set(q.domain, (byDomain.get(q.domain) ?? 0) + 1);
    byTask.get(q.task)![q.type]++;
    byType[q.type]++;
    byDifficulty[q.difficulty]++;
  }
  for (const n of pack.notes) for (const s of n.sections) for (const t of s.tasks) notesByTask.set(t, (notesByTask.get(t) ?? 0) + 1);
  const cases = new Set(pack.questions.map((q) => q.caseId).filter(Boolean)).size;
  const sourced = pack.questions.filter((q) => (q.sources?.length ?? 0) > 0).length;
  return { total: pack.questions.length, byDomain, byTask, byType, byDifficulty, cases, sourced, notesByTask };
}

const sum = (r: Record<QuestionType, number>) => QUESTION_TYPES.reduce((s, t) => s + r[t], 0);

/** Floors from pack.yaml that the bank does not meet yet. */
export function floorProblems(pack: LoadedPack, c: Coverage = coverage(pack)): string[] {
  const floors = pack.manifest.bank;
  if (!floors) return [];
  const out: string[] = [];
  for (const [d, min] of Object.entries(floors.min_per_domain ?? {})) {
    const n = c.byDomain.get(d) ?? 0;
    if (n < min) out.push(`domain ${d} has ${n} questions; the floor is ${min}`);
  }
  if (floors.min_per_task !== undefined) {
    for (const [t, counts] of c.byTask) if (sum(counts) < floors.min_per_task) out.push(`task statement ${t} has ${sum(counts)} questions; the floor is ${floors.min_per_task}`);
  }
  for (const [type, min] of Object.entries(floors.min_per_type ?? {})) {
    const n = c.byType[type as QuestionType];
    if (n < (min ?? 0)) out.push(`${n} ${type} questions; the floor is ${min}`);
  }
  if (floors.min_cases !== undefined && c.cases < floors.min_cases) out.push(`${c.cases} case studies; the floor is ${floors.min_cases}`);
  return out;
}

export function coverageTable(pack: LoadedPack, c: Coverage = coverage(pack)): string {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const lines = [`${pack.manifest.code} ${pack.manifest.title}: ${c.total} questions, ${c.cases} case studies`, ''];
  lines.push(`task   ${QUESTION_TYPES.map((t) => pad(t, 9)).join('')}    total  notes`);
  for (const d of pack.manifest.domains) {
    for (const t of d.tasks) {
      const counts = c.byTask.get(t.id)!;
      lines.push(`${t.id.padEnd(6)} ${QUESTION_TYPES.map((k) => pad(counts[k], 9)).join('')} ${pad(sum(counts), 8)} ${pad(c.notesByTask.get(t.id) ?? 0, 6)}`);
    }
    lines.push(`domain ${d.id} (${d.weight}%): ${c.byDomain.get(d.id) ?? 0} questions`);
  }
  lines.push('', `types: ${QUESTION_TYPES.map((t) => `${t} ${c.byType[t]}`).join(', ')}`);
  lines.push(`sources: ${c.sourced} of ${c.total} questions list at least one`);
  lines.push(`difficulty: 1 easy ${c.byDifficulty[1]}, 2 medium ${c.byDifficulty[2]}, 3 hard ${c.byDifficulty[3]}`);
  return lines.join('\n');
}
