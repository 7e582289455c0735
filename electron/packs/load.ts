// Reads a course pack folder, validates every file, and reports each problem as `file:line: question-id: message`
// so an author can jump straight to it. Reading is all-or-nothing: a pack with any error is not imported, and the
// version already in the database stays as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isSeq, type Document, type YAMLSeq, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { splitSections, type NoteSection } from '../notes/sections';
import { packManifestSchema, questionFileSchema, questionSchema, type AuthoredQuestion, type PackManifest } from './schema';
import { choiceId, selectCountInStem, type Question } from './question';
import { nearDuplicateStems } from './similarity';
import { listFiles, PACK_LOADER_VERSION, packContentHash } from './content-hash';

export interface Problem {
  file: string;
  line: number;
  questionId?: string;
  message: string;
}

export interface NoteFile {
  file: string;
  markdown: string;
  sections: NoteSection[];
}

export interface LoadedPack {
  manifest: PackManifest;
  questions: Question[];
  cases: Map<string, string>;
  notes: NoteFile[];
  contentHash: string;
}

export interface LoadResult {
  pack: LoadedPack | null;
  errors: Problem[];
  warnings: Problem[];
}

export const formatProblem = (p: Problem): string =>
  `${p.file}:${p.line}: ${p.questionId ? `${p.questionId}: ` : ''}${p.message}`;

function zodMessages(error: z.ZodError): { path: PropertyKey[]; message: string }[] {
  return error.issues.map((i) => {
    const where = i.path.length ? `${i.path.join('.')}: ` : '';
    if (i.code === 'unrecognized_keys') return { path: i.path, message: `${where}unknown key(s) ${i.keys.join(', ')}` };
    return { path: i.path, message: `${where}${i.message}` };
  });
}

function lineOf(doc: Document, counter: LineCounter, path: PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true) as YamlNode | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) {
      return counter.linePos(node.range[0]).line;
    }
  }
  return 1;
}

function parseYaml(path: string, file: string, errors: Problem[]) {
  const counter = new LineCounter();
  const src = readFileSync(path, 'utf8');
  const doc = parseDocument(src, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) {
    errors.push({ file, line: e.linePos?.[0].line ?? 1, message: `YAML: ${e.message.split('\n')[0]}` });
  }
  return { doc, counter, src, ok: doc.errors.length === 0 };
}

function normalize(q: AuthoredQuestion, domain: string): Question {
  const base = {
    id: q.id,
    domain,
    task: q.task,
    difficulty: q.difficulty,
    caseId: q.case ?? null,
    stem: q.stem.trim(),
    explanation: q.explanation.trim(),
    notes: q.notes,
    sources: q.sources?.map((s) => s.url) ?? [],
  };
  switch (q.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        type: q.type,
        options: q.options.map((o, i) => ({ id: choiceId(i), text: o.text, why: o.why, correct: o.correct === true })),
      };
    case 'ordering':
      return { ...base, type: 'ordering', items: q.items.map((it, i) => ({ id: choiceId(i), text: it.text, why: it.why })) };
    case 'matching': {
      const answers = [...q.pairs.map((p) => p.answer), ...(q.distractors ?? [])].map((text, i) => ({ id: choiceId(i), text }));
      return {
        ...base,
        type: 'matching',
        prompts: q.pairs.map((p, i) => ({ id: `p${i + 1}`, text: p.prompt, why: p.why, answerId: choiceId(i) })),
        answers,
      };
    }
  }
}

/** Rules the schema alone cannot say: counts per type and the "Select N" wording. */
function shapeProblems(q: AuthoredQuestion): string[] {
  const out: string[] = [];
  if (q.type === 'single' || q.type === 'multiple') {
    const correct = q.options.filter((o) => o.correct).length;
    const texts = new Set(q.options.map((o) => o.text.trim().toLowerCase()));
    if (texts.size !== q.options.length) out.push('two options have the same text');
    const stated = selectCountInStem(q.stem);
    if (q.type === 'single') {
      if (q.options.length !== 4) out.push(`multiple choice needs exactly 4 options, has ${q.options.length}`);
      if (correct !== 1) out.push(`multiple choice needs exactly 1 correct option, has ${correct}`);
      if (stated !== null) out.push(`multiple choice stem must not say "Select ${stated}"`);
    } else {
      if (q.options.length < 5) out.push(`multiple response needs 5 or more options, has ${q.options.length}`);
      if (correct < 2) out.push(`multiple response needs 2 or more correct options, has ${correct}`);
      if (stated === null) out.push('multiple response stem must say how many to pick, like "(Select TWO.)"');
      else if (stated !== correct) out.push(`stem says "Select ${stated}" but ${correct} options are marked correct`);
    }
  } else if (q.type === 'ordering') {
    if (q.items.length < 3 || q.items.length > 5) out.push(`ordering needs 3–5 items, has ${q.items.length}`);
    if (new Set(q.items.map((i) => i.text)).size !== q.items.length) out.push('two items have the same text');
  } else {
    if (q.pairs.length < 3 || q.pairs.length > 7) out.push(`matching needs 3–7 prompts, has ${q.pairs.length}`);
    const answers = [...q.pairs.map((p) => p.answer), ...(q.distractors ?? [])].map((a) => a.trim().toLowerCase());
    if (new Set(answers).size !== answers.length) out.push('answers (including distractors) must be distinct');
    if (new Set(q.pairs.map((p) => p.prompt)).size !== q.pairs.length) out.push('two prompts have the same text');
  }
  return out;
}

/** Style rules that do not make a question unusable, but that `bank validate` reports until they are met. */
function styleProblems(q: AuthoredQuestion, rules: PackManifest['bank']): { path: PropertyKey[]; message: string }[] {
  const out: { path: PropertyKey[]; message: string }[] = [];
  if (rules?.require_sources && !q.sources?.length) out.push({ path: ['id'], message: 'no sources: list the AWS documentation pages that back the key' });
  if (rules?.require_matching_distractors && q.type === 'matching' && !q.distractors?.length) {
    out.push({ path: ['pairs'], message: 'matching needs at least one distractor, so the last pair does not fall out by elimination' });
  }
  return out;
}


export function loadPack(dir: string, loaderVersion = PACK_LOADER_VERSION): LoadResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const manifestPath = join(dir, 'pack.yaml');
  let manifest: PackManifest | null = null;
  try {
    const { doc, counter, ok } = parseYaml(manifestPath, 'pack.yaml', errors);
    if (ok) {
      const parsed = packManifestSchema.safeParse(doc.toJS());
      if (parsed.success) manifest = parsed.data;
      else for (const m of zodMessages(parsed.error)) errors.push({ file: 'pack.yaml', line: lineOf(doc, counter, m.path), message: m.message });
    }
  } catch (err) {
    errors.push({ file: 'pack.yaml', line: 1, message: `cannot read: ${(err as Error).message}` });
  }
  if (!manifest) return { pack: null, errors, warnings };

  const taskDomain = new Map<string, string>();
  for (const d of manifest.domains) for (const t of d.tasks) taskDomain.set(t.id, d.id);
  const weightSum = manifest.domains.reduce((s, d) => s + d.weight, 0);
  if (Math.abs(weightSum - 100) > 1e-9) errors.push({ file: 'pack.yaml', line: 1, message: `domain weights add up to ${weightSum}, not 100` });

  // Notes first: question links are checked against their anchors.
  const notesDir = join(dir, 'notes');
  const notes: NoteFile[] = listFiles(notesDir, '.md').map((file) => {
    const markdown = readFileSync(join(notesDir, file), 'utf8');
    return { file, markdown, sections: splitSections(markdown) };
  });
  const anchors = new Map(notes.map((n) => [n.file, new Set(n.sections.map((s) => s.slug))]));
  for (const n of notes) {
    for (const s of n.sections) {
      for (const t of s.tasks) {
        if (!taskDomain.has(t)) errors.push({ file: `notes/${n.file}`, line: s.line, message: `section "${s.title}" claims unknown task statement ${t}` });
      }
    }
  }

  const questions: Question[] = [];
  const cases = new Map<string, string>();
  const caseLines = new Map<string, Problem>();
  const seen = new Map<string, string>();
  const qDir = join(dir, 'questions');
  const qFiles = listFiles(qDir, '.yaml').concat(listFiles(qDir, '.yml')).sort();
  const locations = new Map<string, Omit<Problem, 'message'>>();
  if (qFiles.length === 0) errors.push({ file: 'questions/', line: 1, message: 'no question files (*.yaml) found' });

  for (const name of qFiles) {
    const file = `questions/${name}`;
    const { doc, counter, ok } = parseYaml(join(qDir, name), file, errors);
    if (!ok) continue;
    const top = questionFileSchema.safeParse(doc.toJS());
    if (!top.success) {
      for (const m of zodMessages(top.error)) errors.push({ file, line: lineOf(doc, counter, m.path), message: m.message });
      continue;
    }
    for (const c of top.data.cases ?? []) {
      const at = { file, line: lineOf(doc, counter, ['cases']), message: '' };
      if (cases.has(c.id)) errors.push({ ...at, message: `duplicate case id "${c.id}"` });
      cases.set(c.id, c.scenario.trim());
      caseLines.set(c.id, at);
    }
    const seq = doc.get('questions', true);
    const count = isSeq(seq) ? (seq as YAMLSeq).items.length : 0;
    for (let i = 0; i < count; i++) {
      const raw = top.data.questions[i] as Record<string, unknown> | null;
      const qid = raw && typeof raw === 'object' && typeof raw.id === 'string' ? raw.id : `#${i + 1}`;
      const at = (path: PropertyKey[] = []) => ({ file, line: lineOf(doc, counter, ['questions', i, ...path]), questionId: qid });
      const parsed = questionSchema.safeParse(raw);
      if (!parsed.success) {
        for (const m of zodMessages(parsed.error)) errors.push({ ...at(m.path), message: m.message });
        continue;
      }
      const q = parsed.data;
      if (seen.has(q.id)) errors.push({ ...at(['id']), message: `duplicate id (also in ${seen.get(q.id)})` });
      seen.set(q.id, file);
      const domain = taskDomain.get(q.task);
      if (!domain) errors.push({ ...at(['task']), message: `unknown task statement "${q.task}"` });
      for (const m of shapeProblems(q)) errors.push({ ...at(), message: m });
      for (const m of styleProblems(q, manifest.bank)) warnings.push({ ...at(m.path), message: m.message });
      q.notes.forEach((link, k) => {
        const [noteFile, anchor] = link.split('#') as [string, string];
        const known = anchors.get(noteFile);
        if (!known) errors.push({ ...at(['notes', k]), message: `note link ${link}: no file notes/${noteFile}` });
        else if (!known.has(anchor)) errors.push({ ...at(['notes', k]), message: `note link ${link}: no heading with anchor #${anchor} in notes/${noteFile}` });
      });
      if (domain) {
        questions.push(normalize(q, domain));
        locations.set(q.id, at());
      }
    }
  }

  // Cases: every reference resolves, and each case holds 2–4 questions.
  const perCase = new Map<string, number>();
  for (const q of questions) {
    if (!q.caseId) continue;
    if (!cases.has(q.caseId)) errors.push({ ...locations.get(q.id)!, message: `unknown case "${q.caseId}"` });
    perCase.set(q.caseId, (perCase.get(q.caseId) ?? 0) + 1);
  }
  for (const [cid, at] of caseLines) {
    const n = perCase.get(cid) ?? 0;
    if (n < 2 || n > 4) errors.push({ ...at, message: `case "${cid}" has ${n} question(s); a case study needs 2–4` });
  }

  // Every task statement is taught by at least one notes section.
  const claimed = new Set(notes.flatMap((n) => n.sections.flatMap((s) => s.tasks)));
  for (const t of taskDomain.keys()) {
    if (!claimed.has(t)) errors.push({ file: 'pack.yaml', line: 1, message: `task statement ${t} has no notes section that claims it ("*Task statements: ${t}*")` });
  }

  for (const [a, b] of nearDuplicateStems(questions)) {
    warnings.push({ ...locations.get(b.id)!, message: `stem is a near-duplicate of ${a.id} (${locations.get(a.id)!.file})` });
  }

  if (errors.length) return { pack: null, errors, warnings };
  return { pack: { manifest, questions, cases, notes, contentHash: packContentHash(dir, loaderVersion) }, errors, warnings };
}

