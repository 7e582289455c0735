// The forecast checked by simulation: 1,000 learners with a known true accuracy per task statement answer randomly
// drawn questions (repeats included, remembered better than first sightings) in drills and weekly mock exams over a
// few simulated weeks. The forecast's 80% range should hold each learner's true expected scaled score about 80% of
// the time, and its pass chance should predict a fresh exam better than "the last mock exam passed".
import { describe, expect, it } from 'vitest';
import { domainCounts } from '../../electron/exam/blueprint';
import { seededRng, type Rng } from '../../electron/exam/random';
import { evidenceOf, forecast, scaledOf, type ForecastBlueprint, type ForecastParams } from '../../electron/study/forecast';
import { foldAnswer, type QuestionStat } from '../../electron/study/stats';

const DAY = 86_400_000;
const scale = { min: 100, max: 1000, pass: 700, raw_pass: 0.7 };
// AIF-C01's shape: five domains weighted 20/24/28/14/14, fourteen task statements, 36 questions each.
const taskIds = [['1.1', '1.2', '1.3'], ['2.1', '2.2', '2.3'], ['3.1', '3.2', '3.3', '3.4'], ['4.1', '4.2'], ['5.1', '5.2']];
const weights = [20, 24, 28, 14, 14];
const blueprint: ForecastBlueprint = {
  questions: 65,
  scale,
  domains: taskIds.map((tasks, i) => ({ id: String(i + 1), title: `D${i + 1}`, weight: weights[i]!, tasks: tasks.map((id) => ({ id, title: id, bank: 36 })) })),
};
const bank = blueprint.domains.flatMap((d) => d.tasks.flatMap((t) => Array.from({ length: t.bank }, (_, k) => ({ id: `${t.id}-${k}`, domain: d.id, task: t.id }))));
const counts = domainCounts(blueprint.domains, 65);

function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(rng() || 1e-12)) * Math.cos(2 * Math.PI * rng());
}
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const pick = <T>(xs: T[], rng: Rng) => xs[Math.floor(rng() * xs.length)]!;

/** A fresh exam's questions: the blueprint's count per domain, task statements by their share of the bank. */
const pools = blueprint.domains.map((d) => ({ n: counts.get(d.id)!, pool: bank.filter((q) => q.domain === d.id) }));
function examDraw(rng: Rng) {
  return pools.flatMap(({ n, pool }) => Array.from({ length: n }, () => pick(pool, rng)));
}

interface Outcome {
  truth: number;
  low: number;
  high: number;
  passChance: number;
  lastMockPassed: boolean;
  passedReal: boolean;
  enough: boolean;
  est: number;
}

export function simulateLearner(rng: Rng, params?: ForecastParams): Outcome {
  const ability = clamp(0.66 + 0.12 * normal(rng), 0.25, 0.97);
  const truth = new Map(blueprint.domains.flatMap((d) => d.tasks.map((t) => [t.id, clamp(ability + 0.1 * normal(rng), 0.05, 0.99)] as const)));
  const stats = new Map<string, QuestionStat>();
  let t = Date.UTC(2026, 0, 1, 9);
  let lastMockPassed = false;
  // Drills and mock exams under real conditions: both carry full weight (practice exams are weighed in study-logic).
  const answer = (q: { id: string; domain: string; task: string }) => {
    const p = truth.get(q.task)!;
    // A question seen before is partly remembered: memory, not knowledge.
    const chance = stats.has(q.id) ? p + (1 - p) * 0.5 : p;
    const correct = rng() < chance;
    stats.set(q.id, foldAnswer(stats.get(q.id), { questionId: q.id, domain: q.domain, task: q.task, correct, confidence: null, at: t }, 'exam'));
    return correct;
  };
  const weeks = 2 + Math.floor(rng() * 5);
  for (let w = 0; w < weeks; w++) {
    for (let day = 0; day < 7; day++) {
      t += DAY;
      if (rng() < 0.5) for (let i = 0, n = 10 + Math.floor(rng() * 20); i < n; i++) answer(pick(bank, rng));
      if (day === 6) {
        const right = examDraw(rng).filter(answer).length;
        lastMockPassed = scaledOf(right / 65, scale) >= 700;
      }
    }
  }
  const expected = blueprint.domains.reduce(
    (s, d) => s + (counts.get(d.id)! / 65) * d.tasks.reduce((a, tk) => a + truth.get(tk.id)! / d.tasks.length, 0),
    0,
  );
  const realRight = examDraw(rng).filter((q) => rng() < truth.get(q.task)!).length;
  const f = forecast(blueprint, [...stats.values()].map((s) => evidenceOf(s, t)), t, params);
  const est = f.overall ? scaledOf(f.overall.accuracy, scale) : 0;
  return {
    truth: scaledOf(expected, scale),
    low: f.overall?.low ?? 0,
    high: f.overall?.high ?? 0,
    passChance: f.overall?.passChance ?? 0,
    lastMockPassed,
    passedReal: scaledOf(realRight / 65, scale) >= 700,
    enough: f.enough,
    est,
  };
}

describe('readiness forecast, by simulation', () => {
  it('holds the true expected score in its 80% range for 75–85% of 1,000 learners, and beats "last mock passed"', () => {
    const rng = seededRng(20261129);
    const outcomes = Array.from({ length: 1000 }, () => simulateLearner(rng));
    const rated = outcomes.filter((o) => o.enough);
    const coverage = rated.filter((o) => o.truth >= o.low && o.truth <= o.high).length / rated.length;
    const brier = rated.reduce((s, o) => s + (o.passChance - (o.passedReal ? 1 : 0)) ** 2, 0) / rated.length;
    const baseline = rated.reduce((s, o) => s + ((o.lastMockPassed ? 1 : 0) - (o.passedReal ? 1 : 0)) ** 2, 0) / rated.length;
    const width = rated.reduce((s, o) => s + (o.high - o.low), 0) / rated.length;
    console.log(
      `forecast calibration over ${outcomes.length} simulated learners (${rated.length} with a forecast): ` +
        `80% range holds the true expected score for ${(coverage * 100).toFixed(1)}% (mean width ${width.toFixed(0)} points); ` +
        `Brier score of the pass chance ${brier.toFixed(3)} vs ${baseline.toFixed(3)} for "last mock ≥ 700"`,
    );
    expect(rated.length).toBeGreaterThan(950);
    expect(coverage).toBeGreaterThanOrEqual(0.75);
    expect(coverage).toBeLessThanOrEqual(0.85);
    expect(brier).toBeLessThan(baseline);
  });
});
