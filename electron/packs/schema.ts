// The course-pack format: the authors' interface. The JSON Schemas under questions/schema/ are generated from
// these zod schemas (`npm run schema`), so editors check the YAML while an author types.
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');
const text = z.string().trim().min(1, 'must not be empty');
const taskId = z.string().regex(/^\d+\.\d+$/, 'must look like "1.2"');
const noteLink = z
  .string()
  .regex(/^[\w./-]+\.md#[\p{L}\p{N}_-]+$/u, 'must be <file>.md#<heading-anchor>');

export const packManifestSchema = z
  .object({
    id,
    title: text,
    code: text,
    version: z.number().int().positive(),
    exam: z
      .object({
        questions: z.number().int().positive(),
        minutes: z.number().int().positive(),
        extra_minutes: z.number().int().nonnegative().default(0),
        scale: z
          .object({
            min: z.number().int(),
            max: z.number().int(),
            pass: z.number().int(),
            // Fraction of questions answered correctly that we treat as the passing standard. AWS does not publish
            // its raw-to-scaled mapping; this is the estimate's one assumption.
            raw_pass: z.number().gt(0).lt(1).default(0.7),
          })
          .strict()
          .refine((s) => s.min < s.pass && s.pass < s.max, 'scale needs min < pass < max'),
      })
      .strict(),
    domains: z
      .array(
        z
          .object({
            id: z.string().regex(/^\d+$/, 'must be a number in quotes, like "1"'),
            title: text,
            weight: z.number().positive(),
            tasks: z.array(z.object({ id: taskId, title: text }).strict()).min(1),
          })
          .strict(),
      )
      .min(1),
    // Authoring targets that `npm run bank -- validate` enforces; they do not block importing the pack.
    bank: z
      .object({
        min_per_domain: z.record(z.string(), z.number().int().nonnegative()).optional(),
        min_per_task: z.number().int().nonnegative().optional(),
        min_per_type: z.partialRecord(z.enum(['single', 'multiple', 'ordering', 'matching']), z.number().int().nonnegative()).optional(),
        min_cases: z.number().int().nonnegative().optional(),
        // Every question lists the AWS documentation pages that back its key.
        require_sources: z.boolean().optional(),
        // Every matching question has an answer that matches no prompt.
        require_matching_distractors: z.boolean().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const optionSchema = z
  .object({ text, correct: z.boolean().optional(), why: text })
  .strict();

// An AWS documentation page that backs a question's key, and the day an author checked it against the page.
const source = z
  .object({
    url: z
      .string()
      .regex(/^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\/[^\s]*$/, 'must be an https URL on docs.aws.amazon.com or aws.amazon.com'),
    checked: z.string().regex(/^20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be the date checked, like 2026-11-29'),
  })
  .strict();

const common = {
  id,
  task: taskId,
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  case: id.optional(),
  stem: text,
  explanation: text,
  notes: z.array(noteLink).min(1, 'needs at least one note link'),
  sources: z.array(source).min(1, 'list at least one source, or leave the key out').optional(),
};

export const singleQuestionSchema = z
  .object({ ...common, type: z.literal('single'), options: z.array(optionSchema) })
  .strict();
export const multipleQuestionSchema = z
  .object({ ...common, type: z.literal('multiple'), options: z.array(optionSchema) })
  .strict();
export const orderingQuestionSchema = z
  .object({
    ...common,
    type: z.literal('ordering'),
    items: z.array(z.object({ text, why: text }).strict()),
  })
  .strict();
export const matchingQuestionSchema = z
  .object({
    ...common,
    type: z.literal('matching'),
    pairs: z.array(z.object({ prompt: text, answer: text, why: text }).strict()),
    distractors: z.array(text).optional(),
  })
  .strict();

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  orderingQuestionSchema,
  matchingQuestionSchema,
]);

export const questionFileSchema = z
  .object({
    cases: z.array(z.object({ id, scenario: text }).strict()).optional(),
    questions: z.array(z.unknown()).min(1),
  })
  .strict();

export type PackManifest = z.infer<typeof packManifestSchema>;
export type AuthoredQuestion = z.infer<typeof questionSchema>;
export type AuthoredCase = { id: string; scenario: string };
