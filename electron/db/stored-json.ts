// Every JSON value read back from the database goes through a zod schema here. A file cut short, a disk error or a
// hand edit can leave one value unreadable while SQLite itself still reports the file as sound; such a value must
// be reported as damaged, in the place it belongs, and never crash a screen or lock the learner out.
import type { z } from 'zod';

export type Decoded<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Parses and checks one stored value; `what` names it in the problem ("the snapshot of question 12"). */
export function decodeStored<T>(schema: z.ZodType<T>, text: string | null | undefined, what: string): Decoded<T> {
  if (text === null || text === undefined) return { ok: false, problem: `${what} is missing` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, problem: `${what} is not readable JSON (${(err as Error).message})` };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  return { ok: false, problem: `${what} has an unexpected shape (${first ? `${first.path.join('.') || 'value'}: ${first.message}` : 'invalid'})` };
}

/** The value, or `fallback` when it is damaged; `onDamage` hears about it (for the log). */
export function storedOr<T>(schema: z.ZodType<T>, text: string | null | undefined, what: string, fallback: T, onDamage?: (problem: string) => void): T {
  const d = decodeStored(schema, text, what);
  if (d.ok) return d.value;
  onDamage?.(d.problem);
  return fallback;
}
