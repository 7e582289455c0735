// Calendar days in the learner's local time: "due today", the exam date and the daily plan all count in days.
const pad = (n: number) => String(n).padStart(2, '0');

/** The local date of `t` as YYYY-MM-DD. */
export function dayKey(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Midnight at the start of the local day after `t`: anything due before it is due today. */
export function endOfDay(t: number): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/** Whole days from day `a` to day `b` (YYYY-MM-DD each); negative when `b` is earlier. */
export function daysBetween(a: string, b: string): number {
  const utc = (k: string) => {
    const [y, m, d] = k.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

/** The day `n` days after day `k`. */
export function addDays(k: string, n: number): string {
  const [y, m, d] = k.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Whether `k` is a real calendar date written as YYYY-MM-DD. */
export function isDayKey(k: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(k)) return false;
  return addDays(k, 0) === k;
}
