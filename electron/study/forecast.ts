// The readiness forecast. Pure: per-question statistics, the blueprint and the time in; an estimate out.
//
// Model, per task statement: the share of a fresh question answered right, with a beta posterior. Evidence is the
// first sighting of each question (fading slowly with age, so recent answers weigh more) plus repeats at a small
// weight (a question seen five times measures memory, not knowledge); a first sighting in a practice exam counts
// PRACTICE_WORTH of one under real conditions. The prior of a task statement is the
// learner's own accuracy elsewhere, worth PRIOR_ANSWERS answers, so a thin task statement is pulled towards the
// learner's average rather than towards 0 or 100%. Task statements add up to domains by their share of the bank
// and domains to the exam by the blueprint's question counts. The 80% range is the posterior's (normal
// approximation, with the shared prior's own uncertainty counted once for all task statements); the pass chance
// adds the luck of drawing one particular exam (binomial) to it.
import type { DomainForecast, Forecast, ScoreEstimate, StudySuggestion } from '../api/types';
import { domainCounts } from '../exam/blueprint';
import type { Scale } from '../exam/scoring';
import { fade, type QuestionStat } from './stats';

export interface ForecastBlueprint {
  questions: number;
  scale: Scale;
  domains: { id: string; title: string; weight: number; tasks: { id: string; title: string; bank: number }[] }[];
}

/** One question's evidence at the time of the forecast. */
export interface Evidence {
  domain: string;
  task: string;
  firstAt: number;
  /** 1 right, 0 wrong, 0.5 right by a guess. */
  firstCredit: number;
  /** The first sighting was in a practice exam (weighed by FORECAST.practiceWorth). */
  firstInPractice: boolean;
  /** Faded repeat counts (see stats.ts). */
  repeatWeight: number;
  repeatRight: number;
}

export const FORECAST: Readonly<{
  firstFadeDays: number; firstFloor: number; repeatWorth: number; practiceWorth: number; priorAnswers: number; populationMean: number;
  populationAnswers: number; minFirstSeen: number; minPerDomain: number; minDomainEstimate: number; studyTarget: number;
}> = {
  /** A first sighting loses weight with this time constant, down to FIRST_FLOOR. */
  firstFadeDays: 45,
  firstFloor: 0.3,
  /** What one repeat is worth against a first sighting. */
  repeatWorth: 0.05,
  /**
   * What a first sighting in a practice exam is worth against one under real conditions. The forecast predicts a
   * real sitting, and a practice exam is a looser measure of it: the clock can stop (time to think with no
   * deadline), and with checking on, the explanation of each answer can teach the questions after it in the same
   * sitting. A practice answer is still an honest first attempt, so it keeps some weight; half is the round figure
   * between "the same" and "nothing", so two practice first sightings count as one real one. Drills keep their
   * full weight, as before: the calibration simulation (drills and real-conditions mock exams) was built on that.
   */
  practiceWorth: 0.5,
  /** How many answers the learner's own average is worth as a task statement's prior. */
  priorAnswers: 12,
  /** The learner's average starts at this, worth this many answers. */
  populationMean: 0.6,
  populationAnswers: 4,
  /** An overall estimate needs this many first-seen questions, and this many in every domain. */
  minFirstSeen: 30,
  minPerDomain: 5,
  /** A domain's own estimate needs this many. */
  minDomainEstimate: 10,
  /** The best study is the task statement whose rise to this accuracy adds the most points. */
  studyTarget: 0.85,
};
export type ForecastParams = typeof FORECAST;

const Z80 = 1.2816;
const DAY = 86_400_000;

export function evidenceOf(s: QuestionStat, now: number): Evidence {
  const f = fade(s.lastAt, now);
  return {
    domain: s.domain,
    task: s.task,
    firstAt: s.firstAt,
    firstCredit: s.firstCorrect ? (s.firstConfidence === 'guess' ? 0.5 : 1) : 0,
    firstInPractice: s.firstSource === 'practice',
    repeatWeight: s.repeatWeight * f,
    repeatRight: s.repeatRight * f,
  };
}

/** The scaled score of a share right, unrounded (the two-piece map of exam/scoring.ts). */
export function scaledOf(p: number, s: Scale): number {
  const x = Math.min(1, Math.max(0, p));
  return x <= s.raw_pass ? s.min + (x / s.raw_pass) * (s.pass - s.min) : s.pass + ((x - s.raw_pass) / (1 - s.raw_pass)) * (s.max - s.pass);
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26, error < 1.5e-7). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(z) / Math.SQRT2);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}

const domainBank = (d: ForecastBlueprint['domains'][number]) => d.tasks.reduce((s, t) => s + t.bank, 0);

interface TaskPosterior {
  mean: number;
  variance: number;
  /** How much of the mean comes from the shared prior. */
  shrink: number;
}

/** Mean and variance of a weighted sum of task statements, the shared prior's uncertainty counted once. */
function combine(parts: { w: number; t: TaskPosterior }[], priorVariance: number): { mean: number; variance: number } {
  let mean = 0;
  let own = 0;
  let shared = 0;
  for (const { w, t } of parts) {
    mean += w * t.mean;
    own += w * w * t.variance;
    shared += w * t.shrink;
  }
  return { mean, variance: own + shared * shared * priorVariance };
}

/** An estimate for an exam (or a domain's part of it) of `n` questions, needing `need` right. */
function estimate(mean: number, variance: number, n: number, need: number, scale: Scale): ScoreEstimate {
  const sd = Math.sqrt(variance);
  const luck = n * mean * (1 - mean);
  const z = (need - 0.5 - n * mean) / Math.sqrt(luck + n * n * variance || 1e-9);
  return {
    scaled: Math.round(scaledOf(mean, scale)),
    low: Math.round(scaledOf(mean - Z80 * sd, scale)),
    high: Math.round(scaledOf(mean + Z80 * sd, scale)),
    passChance: 1 - normalCdf(z),
    accuracy: mean,
  };
}

/** The fewest right answers of `n` that reach the passing standard. */
function needed(n: number, scale: Scale): number {
  for (let c = 0; c <= n; c++) if (scaledOf(c / n, scale) >= scale.pass - 1e-9) return c;
  return n;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function trendOf(items: Evidence[]): DomainForecast['trend'] {
  if (items.length < 20) return null;
  const sorted = [...items].sort((a, b) => a.firstAt - b.firstAt);
  const half = Math.floor(sorted.length / 2);
  const acc = (xs: Evidence[]) => xs.reduce((s, e) => s + e.firstCredit, 0) / xs.length;
  const diff = acc(sorted.slice(half)) - acc(sorted.slice(0, half));
  return diff >= 0.1 ? 'up' : diff <= -0.1 ? 'down' : 'steady';
}

export function forecast(bp: ForecastBlueprint, evidence: Evidence[], now: number, F: ForecastParams = FORECAST): Forecast {
  const bankSize = bp.domains.reduce((s, d) => s + d.tasks.reduce((a, t) => a + t.bank, 0), 0);
  const byTask = new Map<string, { n: number; k: number; seen: number; right: number }>();
  for (const e of evidence) {
    const age = Math.max(F.firstFloor, Math.exp(-Math.max(0, now - e.firstAt) / (F.firstFadeDays * DAY)));
    const w = age * (e.firstInPractice ? F.practiceWorth : 1);
    const t = byTask.get(e.task) ?? { n: 0, k: 0, seen: 0, right: 0 };
    t.n += w + F.repeatWorth * e.repeatWeight;
    t.k += w * e.firstCredit + F.repeatWorth * e.repeatRight;
    t.seen += 1;
    t.right += e.firstCredit === 1 ? 1 : 0;
    byTask.set(e.task, t);
  }
  let N = 0;
  let K = 0;
  for (const t of byTask.values()) {
    N += t.n;
    K += t.k;
  }
  const m = (K + F.populationMean * F.populationAnswers) / (N + F.populationAnswers);
  const priorVariance = (m * (1 - m)) / (N + F.populationAnswers + 1);
  const posterior = (task: string): TaskPosterior => {
    const t = byTask.get(task) ?? { n: 0, k: 0 };
    const total = t.n + F.priorAnswers;
    const mean = (t.k + F.priorAnswers * m) / total;
    return { mean, variance: (mean * (1 - mean)) / (total + 1), shrink: F.priorAnswers / total };
  };

  const counts = domainCounts(bp.domains, bp.questions);
  const examParts: { w: number; t: TaskPosterior; task: string; title: string }[] = [];
  const domainSeen = new Map<string, Evidence[]>();
  for (const e of evidence) {
    const list = domainSeen.get(e.domain);
    if (list) list.push(e);
    else domainSeen.set(e.domain, [e]);
  }

  const domains: DomainForecast[] = bp.domains.map((d) => {
    const bank = d.tasks.reduce((s, t) => s + t.bank, 0);
    const n = counts.get(d.id) ?? 0;
    const parts = d.tasks.filter((t) => t.bank > 0).map((t) => ({ w: t.bank / bank, t: posterior(t.id), task: t.id, title: t.title }));
    for (const p of parts) examParts.push({ ...p, w: (p.w * n) / bp.questions });
    const seen = domainSeen.get(d.id) ?? [];
    const accuracy = seen.length ? seen.reduce((s, e) => s + e.firstCredit, 0) / seen.length : null;
    const trend = trendOf(seen);
    const label = `Domain ${d.id}`;
    const minimum = Math.min(F.minDomainEstimate, Math.ceil(bank / 2));
    if (seen.length < minimum || n === 0) {
      const more = minimum - seen.length;
      return {
        id: d.id, title: d.title, firstSeen: seen.length, accuracy, trend, estimate: null,
        line: `${label}: not enough data yet — answer ${more > 0 ? more : 'a few'} more new question${more === 1 ? '' : 's'} from it`,
      };
    }
    const c = combine(parts, priorVariance);
    const rawPassCount = Math.ceil(bp.scale.raw_pass * n - 1e-9);
    const trendText = trend === 'up' ? ', trending up' : trend === 'down' ? ', trending down' : trend === 'steady' ? ', steady' : '';
    return {
      id: d.id, title: d.title, firstSeen: seen.length, accuracy, trend,
      estimate: estimate(c.mean, c.variance, n, rawPassCount, bp.scale),
      line: `${label}: ${pct(accuracy!)} on ${seen.length} first-seen question${seen.length === 1 ? '' : 's'}${trendText}`,
    };
  });

  const firstSeen = evidence.length;
  const firstSeenInPractice = evidence.filter((e) => e.firstInPractice).length;
  // A small bank cannot give 30 first sightings: there, half of it (half of each domain) is enough.
  const short = bp.domains
    .filter((d) => (counts.get(d.id) ?? 0) > 0)
    .map((d) => ({ d, more: Math.min(F.minPerDomain, Math.ceil(domainBank(d) / 2)) - (domainSeen.get(d.id)?.length ?? 0) }))
    .filter((x) => x.more > 0);
  const moreOverall = Math.max(Math.min(F.minFirstSeen, Math.ceil(bankSize / 2)) - firstSeen, short.reduce((s, x) => s + x.more, 0));
  const unseen = Math.max(0, bankSize - firstSeen);
  if (moreOverall > 0) {
    const where = short.length ? ` (at least ${short.map((x) => `${x.more} from Domain ${x.d.id}`).join(', ')})` : '';
    const needText = `Answer ${moreOverall} more new question${moreOverall === 1 ? '' : 's'}${where} for a forecast.`;
    return { enough: false, needed: needText, overall: null, summary: `Not enough data yet. ${needText}`, domains, bestStudy: null, unseen, bankSize, firstSeen, firstSeenInPractice };
  }
  const overallC = combine(examParts, priorVariance);
  const overall = estimate(overallC.mean, overallC.variance, bp.questions, needed(bp.questions, bp.scale), bp.scale);

  let bestStudy: StudySuggestion | null = null;
  for (const p of examParts) {
    const lift = p.w * Math.max(0, F.studyTarget - p.t.mean);
    const gain = scaledOf(overall.accuracy + lift, bp.scale) - scaledOf(overall.accuracy, bp.scale);
    if (gain >= 1 && (!bestStudy || gain > bestStudy.gain)) {
      const t = byTask.get(p.task);
      const seen = t?.seen ?? 0;
      const right = t?.right ?? 0;
      const rounded = gain >= 10 ? Math.round(gain / 5) * 5 : Math.round(gain);
      bestStudy = {
        task: p.task, title: p.title, right, seen, gain: rounded,
        line: `Task ${p.task} — ${seen ? `${right} of ${seen}` : 'not met yet'} — would add about ${rounded} points`,
      };
    }
  }
  const summary = `Estimated ${overall.scaled} (80% range ${overall.low}–${overall.high}) · pass chance ${Math.round(overall.passChance * 100)}%`;
  return { enough: true, needed: null, overall, summary, domains, bestStudy, unseen, bankSize, firstSeen, firstSeenInPractice };
}
