// Links each question to the section of the learner's own notes that teaches it, or to nothing.
//
// The reliable signal is not the question's stem (a scenario about a bank or a museum) but the course-notes sections
// the question already links to: those links are authored and always right, and a whole course section holds far
// more text about the topic than a stem. So the linker compares whole sections with whole sections: every course
// section against every learner section, as TF-IDF vectors with cosine similarity. A learner section is read with
// its parent headings, which give short headings ("ROUGE" under "Evaluation metrics") their context, and a section
// without text of its own (only an image, say) cannot teach and is never a target.
//
// A question is linked to learner section S through one of its course sections C only when the two agree both
// ways: S is (nearly) the closest learner section to C, and C is among the course sections closest to S. That
// mutual check is what keeps a broad section ("Amazon Bedrock") from collecting every Bedrock question. It
// prefers no link to a wrong one; `npm run bank -- notes-eval` measures both.
//
// A learner section that lists several topics in bullets ("Business metrics": user satisfaction, ARPU, conversion
// rate...) is close to none of the narrow course sections as a whole. So the same mutual check is also made bullet
// by bullet: a bullet or paragraph whose closest course section is C, and that is C's closest passage, links C to
// its section.
//
// Course files overlap (prompt injection is taught in two of them), but a learner section is read against the file
// it matches best: a course section from another file links to it only when that section and the best match are
// about the same thing. That keeps "What is generative AI" from teaching "How AI, ML and deep learning relate".
//
// A question with several course links takes the first (main) one the notes teach, provided its own words agree.
import { terms } from './terms';

export interface LinkerSection {
  slug: string;
  title: string;
  level: number;
  /** The section's Markdown, heading line included. */
  body: string;
}

export interface CourseNotesFile {
  file: string;
  /** In file order. */
  sections: LinkerSection[];
}

export interface LinkableQuestion {
  /** Course-notes links, `file.md#anchor`, in the order authored (the first is the main one). */
  notes: string[];
  /** The question's own words: stem, options, explanation. */
  text: string;
}

export interface LearnerLink {
  slug: string;
  title: string;
  /** Cosine similarity of the course section and the learner section that made the link, 0..1. */
  score: number;
}

export interface Linker {
  link(q: LinkableQuestion): LearnerLink | null;
  /** The course sections a learner section teaches, best first (for the coverage map). */
  teaches(slug: string): string[];
}

/** Lowest cosine similarity of a course section and a learner section that can make a link. */
const MIN_SIMILARITY = 0.2;
/** The linked section must be this close to the best learner section for the question's own words. */
const QUESTION_AGREES = 0.6;
/** S must score at least this share of the best learner section for C: a near tie is still a fair link. */
const NEAR_BEST = 0.8;
/** C must score at least this share of S's best course section: S teaches what it is most about. */
const CLOSE_TO_TOP = 0.55;
/** How many words a section needs beyond its heading to teach anything. */
const MIN_TEXT_TERMS = 4;
/** A section's own heading counts this many times: it names what the section is about. */
const TITLE_WEIGHT = 2;
/** Lowest similarity of a course section and one passage (bullet or paragraph) of a learner section. */
const MIN_PASSAGE_SIMILARITY = 0.3;
/** The passage must score this share of its own best course section: a near tie is still its topic. */
const PASSAGE_NEAR_BEST = 0.9;
/** Words a passage needs to be read on its own; shorter bullets are read only as part of their section. */
const MIN_PASSAGE_TERMS = 6;
/** A course section from another file than a learner section's best match must be this similar to that match. */
const SAME_TOPIC = 0.3;

/** Markdown reduced to the words a reader sees: no images, HTML tags, URLs, code markers or link targets. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/[`*_~#>|[\]-]+/g, ' ');
}

/** The body of a section without its heading line. */
function ownText(body: string): string {
  const nl = body.indexOf('\n');
  return nl < 0 ? '' : body.slice(nl + 1);
}

/** A section's own text cut into its top-level bullets (with their sub-bullets) and paragraphs. */
export function passagesOf(body: string): string[] {
  const chunks: string[] = [];
  let open = false;
  for (const line of ownText(body).split('\n')) {
    if (!line.trim()) {
      open = false;
      continue;
    }
    if (!open || /^(?:[-*+]|\d+[.)])\s/.test(line)) chunks.push(line);
    else chunks[chunks.length - 1] += `\n${line}`;
    open = true;
  }
  return chunks;
}

function dot(a: Map<string, number>, b: Map<string, number>): number {
  let x = 0;
  for (const [w, v] of a) x += v * (b.get(w) ?? 0);
  return x;
}

interface Doc {
  key: string;
  title: string;
  vector: Map<string, number>;
  teaches: boolean;
}

/** Heading paths: each section's ancestors' titles, nearest last; a file's single top heading is left out. */
function headingPaths(sections: LinkerSection[]): string[][] {
  const top = sections.filter((s) => s.level === 1).length === 1;
  const stack: LinkerSection[] = [];
  return sections.map((s) => {
    while (stack.length && stack[stack.length - 1]!.level >= s.level) stack.pop();
    const path = stack.filter((a) => !(top && a.level === 1)).map((a) => a.title);
    stack.push(s);
    return path;
  });
}

function termCounts(sections: LinkerSection[], keyOf: (s: LinkerSection) => string, titleWeight: number, minText: number): { key: string; title: string; tf: Map<string, number>; teaches: boolean }[] {
  const paths = headingPaths(sections);
  return sections.map((s, i) => {
    const own = terms(plainText(ownText(s.body)));
    const words = [...paths[i]!.flatMap((t) => terms(t)), ...Array<string[]>(titleWeight).fill(terms(s.title)).flat(), ...own];
    const tf = new Map<string, number>();
    for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
    return { key: keyOf(s), title: s.title, tf, teaches: own.length >= minText && s.level > 0 };
  });
}

function vectors(raw: ReturnType<typeof termCounts>, idf: (w: string) => number): Doc[] {
  return raw.map((d) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, f] of d.tf) {
      const x = (1 + Math.log(f)) * idf(w);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return { key: d.key, title: d.title, vector: v, teaches: d.teaches };
  });
}

export const LINKER_DEFAULTS = { MIN_SIMILARITY, QUESTION_AGREES, NEAR_BEST, CLOSE_TO_TOP, MIN_TEXT_TERMS, TITLE_WEIGHT, MIN_PASSAGE_SIMILARITY, PASSAGE_NEAR_BEST, MIN_PASSAGE_TERMS, SAME_TOPIC };
export type LinkerParams = typeof LINKER_DEFAULTS;

export function buildLinker(course: CourseNotesFile[], learner: LinkerSection[], p: LinkerParams = LINKER_DEFAULTS): Linker {
  const { MIN_SIMILARITY, QUESTION_AGREES, NEAR_BEST, CLOSE_TO_TOP, MIN_TEXT_TERMS, TITLE_WEIGHT, MIN_PASSAGE_SIMILARITY, PASSAGE_NEAR_BEST, MIN_PASSAGE_TERMS, SAME_TOPIC } = p;
  const courseRaw = course.flatMap((f) => termCounts(f.sections, (s) => `${f.file}#${s.slug}`, TITLE_WEIGHT, MIN_TEXT_TERMS));
  const learnerRaw = termCounts(learner, (s) => s.slug, TITLE_WEIGHT, MIN_TEXT_TERMS);
  // Document frequencies over both sets: a word every course section uses says little, wherever it appears.
  const all = [...courseRaw, ...learnerRaw];
  const df = new Map<string, number>();
  for (const d of all) for (const w of d.tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log((all.length + 1) / ((df.get(w) ?? 0) + 0.5));
  const questionVector = (text: string) => {
    const tf = new Map<string, number>();
    for (const w of terms(text)) tf.set(w, (tf.get(w) ?? 0) + 1);
    return vectors([{ key: '', title: '', tf, teaches: true }], idf)[0]!.vector;
  };
  const courseDocs = vectors(courseRaw, idf).filter((d) => d.teaches);
  const learnerDocs = vectors(learnerRaw, idf).filter((d) => d.teaches);

  // Similarity of every course section to every teaching learner section, through an inverted index of the
  // learner sections: a few hundred by a few hundred, in milliseconds.
  const postings = new Map<string, { j: number; x: number }[]>();
  learnerDocs.forEach((l, j) => {
    for (const [w, x] of l.vector) {
      let list = postings.get(w);
      if (!list) postings.set(w, (list = []));
      list.push({ j, x });
    }
  });
  const similarities = (v: Map<string, number>): Float64Array => {
    const row = new Float64Array(learnerDocs.length);
    for (const [w, x] of v) for (const p of postings.get(w) ?? []) row[p.j]! += x * p.x;
    return row;
  };
  const sim = courseDocs.map((c) => similarities(c.vector));
  const bestForLearner = learnerDocs.map(() => 0);
  /** Each learner section's closest course section. */
  const bestCourseForLearner = learnerDocs.map(() => -1);
  sim.forEach((row, i) =>
    row.forEach((x, j) => {
      if (x <= bestForLearner[j]!) return;
      bestForLearner[j] = x;
      bestCourseForLearner[j] = i;
    }),
  );
  const fileOf = (i: number) => courseDocs[i]!.key.slice(0, courseDocs[i]!.key.indexOf('#'));
  /** Whether course section i may link to learner section j although j is closest to a section in another file. */
  const sameFileOrTopic = (i: number, j: number) => {
    const b = bestCourseForLearner[j]!;
    return b === i || fileOf(b) === fileOf(i) || dot(courseDocs[i]!.vector, courseDocs[b]!.vector) >= SAME_TOPIC;
  };
  const courseIndex = new Map(courseDocs.map((c, i) => [c.key, i]));

  const passageTarget = passageTargets();
  /** The learner section that teaches course section C, when both agree; null otherwise. */
  const target = courseDocs.map((_, i): LearnerLink | null => {
    const row = sim[i]!;
    let best = -1;
    for (let j = 0; j < row.length; j++) if (best < 0 || row[j]! > row[best]!) best = j;
    if (best < 0 || row[best]! < MIN_SIMILARITY) return passageTarget[i]!;
    // Among near ties, the one for which C is most central.
    let pick = -1;
    for (let j = 0; j < row.length; j++) {
      if (row[j]! < NEAR_BEST * row[best]! || row[j]! < CLOSE_TO_TOP * bestForLearner[j]!) continue;
      if (!sameFileOrTopic(i, j)) continue;
      if (pick < 0 || row[j]! / bestForLearner[j]! > row[pick]! / bestForLearner[pick]!) pick = j;
    }
    return pick < 0 ? passageTarget[i]! : { slug: learnerDocs[pick]!.key, title: learnerDocs[pick]!.title, score: row[pick]! };
  });

  /** For each course section, the learner section one of whose passages it agrees with both ways, or null. */
  function passageTargets(): (LearnerLink | null)[] {
    const bodies = new Map(learner.map((s) => [s.slug, s.body]));
    const passages: { j: number; vector: Map<string, number> }[] = [];
    learnerDocs.forEach((l, j) => {
      const parts = passagesOf(bodies.get(l.key) ?? '');
      if (parts.length < 2) return; // one passage is the section itself
      for (const part of parts) {
        const tf = new Map<string, number>();
        const words = terms(plainText(part));
        if (words.length < MIN_PASSAGE_TERMS) continue;
        for (const w of [...terms(l.title), ...words]) tf.set(w, (tf.get(w) ?? 0) + 1);
        passages.push({ j, vector: vectors([{ key: '', title: '', tf, teaches: true }], idf)[0]!.vector });
      }
    });
    // Through an inverted index of the passages, as for whole sections: a notes file of thousands of bullets costs
    // what the words they share with the course cost, not course sections × passages.
    const postingsOf = new Map<string, { k: number; x: number }[]>();
    passages.forEach((p, k) => {
      for (const [w, x] of p.vector) {
        let list = postingsOf.get(w);
        if (!list) postingsOf.set(w, (list = []));
        list.push({ k, x });
      }
    });
    const bestForPassage = new Float64Array(passages.length);
    const row = new Float64Array(passages.length);
    /** Each course section's closest passage and its similarity. */
    const closest = courseDocs.map((c) => {
      row.fill(0);
      for (const [w, x] of c.vector) for (const p of postingsOf.get(w) ?? []) row[p.k]! += x * p.x;
      let b = -1;
      for (let k = 0; k < row.length; k++) {
        if (row[k]! > bestForPassage[k]!) bestForPassage[k] = row[k]!;
        if (b < 0 || row[k]! > row[b]!) b = k;
      }
      return { k: b, score: b < 0 ? 0 : row[b]! };
    });
    return closest.map(({ k, score }) => {
      if (k < 0 || score < MIN_PASSAGE_SIMILARITY || score < PASSAGE_NEAR_BEST * bestForPassage[k]!) return null;
      const l = learnerDocs[passages[k]!.j]!;
      return { slug: l.key, title: l.title, score };
    });
  }

  const teachesBy = new Map<string, { link: string; score: number }[]>();
  courseDocs.forEach((c, i) => {
    const t = target[i];
    if (t) teachesBy.set(t.slug, [...(teachesBy.get(t.slug) ?? []), { link: c.key, score: t.score }]);
  });

  return {
    link(q) {
      const qv = questionVector(q.text);
      const row = similarities(qv);
      const qsim = new Map(learnerDocs.map((l, j) => [l.key, row[j]!]));
      const top = Math.max(0, ...qsim.values());
      for (const link of q.notes) {
        const i = courseIndex.get(link);
        const t = i === undefined ? null : target[i]!;
        if (!t || qsim.get(t.slug)! < QUESTION_AGREES * top) continue;
        // The authored order says which course section is the question's main topic.
        return t;
      }
      return null;
    },
    teaches(slug) {
      return (teachesBy.get(slug) ?? []).sort((a, b) => b.score - a.score).map((t) => t.link);
    },
  };
}
