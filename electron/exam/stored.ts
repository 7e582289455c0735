// The exam's stored JSON (attempt blueprints, item snapshots, display orders, responses) and how it is read back:
// always through these schemas, so one damaged row shows as a damaged question, scored as unanswered, while the
// rest of the exam, Home and start-up carry on.
import { z } from 'zod';
import { responseSchema } from '../api/contract';
import type { Response } from '../api/types';
import { decodeStored } from '../db/stored-json';
import type { Question } from '../packs/question';
import { storedQuestionSchema } from '../packs/stored-question';
import type { Blueprint, ItemRow, Snapshot } from './repo';

/** Snapshot v1: the question as asked and its case scenario. Written as `{ v: 1, … }`; rows from before carry no `v`. */
export const snapshotSchema: z.ZodType<Snapshot> = z.object({
  v: z.literal(1).optional(),
  question: storedQuestionSchema,
  scenario: z.string().nullable(),
});

const displayOrderSchema = z.array(z.string());
const storedResponseSchema = responseSchema as z.ZodType<Response>;

export const blueprintSchema: z.ZodType<Blueprint> = z.object({
  counts: z.record(z.string(), z.number()),
  minutes: z.number(),
  extraTime: z.boolean(),
  scale: z.object({ min: z.number(), max: z.number(), pass: z.number(), raw_pass: z.number() }),
});

export const decodeSnapshot = (text: string | undefined, position: number) =>
  decodeStored(snapshotSchema, text, `The stored copy of question ${position + 1}`);

const struckSchema = z.array(z.string());

/** Options struck out; a damaged list reads as none struck (it never affects the score). */
export const decodeStruck = (text: string | null): string[] =>
  text === null ? [] : (() => {
    const d = decodeStored(struckSchema, text, 'struck options');
    return d.ok ? d.value : [];
  })();

export const decodeResponse = (text: string | null, position: number) =>
  text === null ? ({ ok: true, value: null } as const) : decodeStored(storedResponseSchema, text, `Your saved answer to question ${position + 1}`);

/** An attempt item as read back: whole, or with what was damaged. */
export type ReadItem =
  | { ok: true; question: Question; scenario: string | null; displayOrder: string[]; response: Response | null; damage: string | null }
  | { ok: false; damage: string };

export function readItem(row: ItemRow, snapshot = decodeSnapshot(row.snapshot, row.position)): ReadItem {
  if (!snapshot.ok) return { ok: false, damage: snapshot.problem };
  const { question, scenario } = snapshot.value;
  const order = decodeStored(displayOrderSchema, row.display_order, `The shown order of question ${row.position + 1}`);
  const response = decodeResponse(row.response, row.position);
  // A damaged order is replaced by the authored one; a damaged answer counts as unanswered. Both are said.
  const damage = [order.ok ? null : order.problem, response.ok ? null : `${response.problem}; it counts as unanswered`]
    .filter(Boolean)
    .join('. ');
  return {
    ok: true,
    question,
    scenario,
    displayOrder: order.ok ? order.value : authoredOrder(question),
    response: response.ok ? response.value : null,
    damage: damage || null,
  };
}

function authoredOrder(q: Question): string[] {
  return q.type === 'ordering' ? q.items.map((i) => i.id) : q.type === 'matching' ? q.answers.map((a) => a.id) : q.options.map((o) => o.id);
}
