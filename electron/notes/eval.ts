// Precision and recall of note links against hand labels: which questions each section of a notes file teaches.
import { z } from 'zod';

export const labelsSchema = z.object({
  notes: z.string(),
  pack: z.string().optional(),
  method: z.string().optional(),
  sections: z.array(z.object({ slug: z.string(), teaches: z.array(z.string()).optional(), also: z.array(z.string()).optional(), questions: z.array(z.string()) })),
});
export type NoteLabels = z.infer<typeof labelsSchema>;

export interface LinkEvaluation {
  /** Questions given a link. */
  linked: number;
  /** Links that land on a section labelled as teaching the question. */
  right: number;
  /** Questions some section teaches. */
  taught: number;
  precision: number;
  recall: number;
  wrong: { questionId: string; linked: string; teachers: string[] }[];
  missed: { questionId: string; teachers: string[] }[];
}

/** `links`: question id → linked section slug (or null). */
export function evaluateLinks(links: Map<string, string | null>, labels: NoteLabels): LinkEvaluation {
  const teachers = new Map<string, string[]>();
  for (const s of labels.sections) for (const q of s.questions) teachers.set(q, [...(teachers.get(q) ?? []), s.slug]);
  let linked = 0;
  let right = 0;
  const wrong: LinkEvaluation['wrong'] = [];
  const missed: LinkEvaluation['missed'] = [];
  for (const [questionId, slug] of links) {
    const t = teachers.get(questionId) ?? [];
    if (slug) {
      linked++;
      if (t.includes(slug)) right++;
      else wrong.push({ questionId, linked: slug, teachers: t });
    } else if (t.length) missed.push({ questionId, teachers: t });
  }
  const taught = [...teachers.keys()].filter((q) => links.has(q)).length;
  return { linked, right, taught, precision: linked ? right / linked : 1, recall: taught ? right / taught : 1, wrong, missed };
}
