// Words for matching notes: lower-case stems, with stopwords (and the words every exam question uses) left out.

const STOPWORDS = new Set(
  `a about after all also an and any are as at be because been before being between both but by can could did do
  does each for from had has have how if in into is it its may more most must no not of on one only or other our out
  over own same should so some such than that the their them then there these they this those through to too under
  up use used uses using very was we were what when where which while who why will with would you your company
  wants needs requirements meets meet solution following best option options select two three aws amazon`.split(/\s+/),
);

/** Lower-case word stems: plural "s" dropped, stopwords and one-letter tokens left out. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 2 || STOPWORDS.has(raw)) continue;
    out.push(raw.length > 3 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return out;
}
