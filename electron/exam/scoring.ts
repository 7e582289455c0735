// The exam's scaled-score estimate and the score report's per-domain label.

export interface Scale {
  min: number;
  max: number;
  pass: number;
  /** The fraction of questions correct that we take as the passing standard. */
  raw_pass: number;
}

/**
 * Estimated scaled score. AWS does not publish its raw-to-scaled conversion (forms are equated, the standard set by
 * a modified Angoff panel), so this is a two-piece linear map: 0 correct → min, `raw_pass` of the questions →
 * the passing score, all correct → max.
 */
export function scaledScore(correct: number, total: number, s: Scale): number {
  if (total <= 0) return s.min;
  const p = correct / total;
  const value =
    p <= s.raw_pass
      ? s.min + (p / s.raw_pass) * (s.pass - s.min)
      : s.pass + ((p - s.raw_pass) / (1 - s.raw_pass)) * (s.max - s.pass);
  return Math.round(value);
}

export type Competency = 'Meets competencies' | 'Needs improvement';

export function domainLabel(correct: number, total: number, rawPass: number): Competency {
  return total > 0 && correct / total >= rawPass ? 'Meets competencies' : 'Needs improvement';
}
