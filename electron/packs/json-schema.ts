// JSON Schemas for editors, generated from the zod schemas so the two can never disagree.
import { z } from 'zod';
import { packManifestSchema, questionSchema } from './schema';

export function packJsonSchema(): object {
  return z.toJSONSchema(packManifestSchema, { io: 'input' });
}

export function questionsJsonSchema(): object {
  const file = z
    .object({
      cases: z.array(z.object({ id: z.string(), scenario: z.string() }).strict()).optional(),
      questions: z.array(questionSchema),
    })
    .strict();
  return z.toJSONSchema(file, { io: 'input' });
}
