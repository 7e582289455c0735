// Finds the section of a learner's own notes that best matches a question, so a review can point there as well
// as to the course notes. Okapi BM25 over section titles (weighted) and bodies, plus how much of a section's
// heading the question covers: small, dependable and explainable. A learner's notes file is a few hundred
// sections at most, so an in-memory index is built in milliseconds.
import type { NoteSection } from './sections';

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

export interface SectionMatch {
  slug: string;
  title: string;
  score: number;
}

/** What a question is about: its topic (the titles of the course notes it links to) and its own words. */
export interface MatchQuery {
  topic: string;
  text: string;
}

interface IndexedSection {
  slug: string;
  title: string;
  titleTerms: string[];
  tf: Map<string, number>;
  length: number;
}

const K1 = 1.2;
const B = 0.75;
/** A heading's words count this many times in its section: a section titled "Guardrails" is about guardrails. */
const TITLE_WEIGHT = 3;
/** The topic says what the question is about far better than its scenario does. */
const TOPIC_WEIGHT = 2;
/** Added in full when a question covers every word of a section's heading. */
const HEADING_BONUS = 10;
/** Summed idf of a heading's words at which it counts as fully distinctive. */
const DISTINCTIVE_HEADING = 6;
/**
 * The lowest score, per unit of log(sections + 1), that counts as a match: idf, and so every score, grows with the
 * log of the number of sections. Calibrated on the AIF-C01 bank against a real learner's notes (about 50
 * sections), where matches above it were on topic.
 */
const MIN_NORMALIZED_SCORE = 6.1;

export interface NoteIndex {
  best(query: MatchQuery): SectionMatch | null;
}

export function buildNoteIndex(sections: Pick<NoteSection, 'slug' | 'title' | 'body' | 'level'>[]): NoteIndex {
  // A file's top heading usually holds only its title and an outline of the rest: never the best place to send a
  // learner when there are real sections.
  const candidates = sections.some((s) => s.level > 1) ? sections.filter((s) => s.level > 1) : sections;
  const docs: IndexedSection[] = candidates.map((s) => {
    const titleTerms = terms(s.title);
    const words = [...Array<string[]>(TITLE_WEIGHT).fill(titleTerms).flat(), ...terms(s.body)];
    const tf = new Map<string, number>();
    for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
    return { slug: s.slug, title: s.title, titleTerms: [...new Set(titleTerms)], tf, length: words.length };
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const w of d.tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const avgLength = docs.reduce((n, d) => n + d.length, 0) / Math.max(1, docs.length);
  const idf = (w: string) => {
    const n = df.get(w) ?? 0;
    return Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
  };
  const bm25 = (d: IndexedSection, q: Set<string>) => {
    let score = 0;
    for (const w of q) {
      const f = d.tf.get(w);
      if (f) score += (idf(w) * f * (K1 + 1)) / (f + K1 * (1 - B + (B * d.length) / avgLength));
    }
    return score;
  };

  const scale = Math.log(1 + docs.length);

  return {
    best({ topic, text }) {
      const topicTerms = new Set(terms(topic));
      const textTerms = new Set(terms(text));
      let best: SectionMatch | null = null;
      for (const d of docs) {
        const headingWeight = d.titleTerms.reduce((n, w) => n + idf(w), 0);
        const covered = d.titleTerms.filter((w) => topicTerms.has(w) || textTerms.has(w)).reduce((n, w) => n + idf(w), 0);
        // A heading of only common words ("What is generative AI" in notes on generative AI) earns less bonus.
        const distinctive = Math.min(1, headingWeight / DISTINCTIVE_HEADING);
        const bonus = headingWeight ? (HEADING_BONUS * distinctive * covered) / headingWeight : 0;
        const score = (TOPIC_WEIGHT * bm25(d, topicTerms) + bm25(d, textTerms) + bonus) / scale;
        if (score >= MIN_NORMALIZED_SCORE && (!best || score > best.score)) best = { slug: d.slug, title: d.title, score };
      }
      return best;
    },
  };
}
