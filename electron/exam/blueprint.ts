// How many questions each domain gets: the weights applied to the exam length with the largest-remainder method,
// so 65 questions at 20/24/28/14/14 give 13/16/18/9/9 and the counts always add up to the exam length.
export interface DomainWeight {
  id: string;
  weight: number;
}

export function domainCounts(domains: DomainWeight[], total: number): Map<string, number> {
  const sum = domains.reduce((s, d) => s + d.weight, 0);
  const exact = domains.map((d) => ({ id: d.id, value: (d.weight / sum) * total }));
  const counts = new Map(exact.map((e) => [e.id, Math.floor(e.value)]));
  let left = total - [...counts.values()].reduce((s, n) => s + n, 0);
  const byRemainder = [...exact].sort((a, b) => b.value - Math.floor(b.value) - (a.value - Math.floor(a.value)));
  for (const e of byRemainder) {
    if (left-- <= 0) break;
    counts.set(e.id, counts.get(e.id)! + 1);
  }
  return counts;
}
