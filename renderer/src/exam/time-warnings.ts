// When the exam clock warns the learner. Pure: takes remaining times, says what to announce.

/** Minutes left at which a notice is shown and announced, as the real exam's clock does. */
export const WARNING_MINUTES = [15, 5] as const;
/** From here the clock changes colour. */
export const CRITICAL_MS = 60_000;

/** The warning whose threshold the clock crossed between two readings (`before` above it, `after` at or below). */
export function crossedWarning(before: number, after: number): number | null {
  let crossed: number | null = null;
  for (const m of WARNING_MINUTES) if (before > m * 60_000 && after <= m * 60_000) crossed = crossed === null ? m : Math.min(crossed, m);
  return crossed;
}

export const warningText = (minutes: number) => `${minutes} minutes left.`;

export const isCritical = (remaining: number) => remaining <= CRITICAL_MS;
