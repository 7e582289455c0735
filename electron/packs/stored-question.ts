// The stored form of a normalized question (questions.body, and inside every attempt snapshot), as a zod schema so a
// damaged copy is caught when it is read. Version 1 is the only one so far: a change to `Question` that old rows do
// not have must be optional here, or come with a migration that rewrites them.
import { z } from 'zod';
import type { Question } from './question';

const choice = { id: z.string(), text: z.string(), why: z.string() };
const base = {
  id: z.string(),
  domain: z.string(),
  task: z.string(),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  caseId: z.string().nullable(),
  stem: z.string(),
  explanation: z.string(),
  notes: z.array(z.string()),
  sources: z.array(z.string()).optional(),
};

export const storedQuestionSchema: z.ZodType<Question> = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.enum(['single', 'multiple']), options: z.array(z.object({ ...choice, correct: z.boolean() })) }),
  z.object({ ...base, type: z.literal('ordering'), items: z.array(z.object(choice)) }),
  z.object({
    ...base,
    type: z.literal('matching'),
    prompts: z.array(z.object({ ...choice, answerId: z.string() })),
    answers: z.array(z.object({ id: z.string(), text: z.string() })),
  }),
]);
