// Question-bank tools for authors: `validate [DIR]`, `stats [DIR]`, `schema`, `notes-eval NOTES LABELS [DIR]`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { coverage, coverageTable, floorProblems } from '../packs/coverage';
import { packJsonSchema, questionsJsonSchema } from '../packs/json-schema';
import { formatProblem, loadPack } from '../packs/load';
import { evaluateLinks, labelsSchema } from '../notes/eval';
import { buildLinker } from '../notes/linker';
import { questionText } from '../notes/links';
import { repairMojibake } from '../notes/mojibake';
import { splitSections } from '../notes/sections';

const root = resolve(__dirname, '../..');

function validate(dir: string): number {
  const { pack, errors, warnings } = loadPack(dir);
  for (const e of errors) console.error(`${dir}/${formatProblem(e)}`);
  for (const w of warnings) console.error(`${dir}/${formatProblem(w)} (warning)`);
  if (!pack) {
    console.error(`\n${errors.length} problem(s) in ${dir}. Nothing was imported.`);
    return 1;
  }
  const c = coverage(pack);
  const floors = floorProblems(pack, c);
  for (const f of floors) console.error(`${dir}/pack.yaml:1: bank floor: ${f}`);
  console.log(coverageTable(pack, c));
  if (floors.length || warnings.length) {
    console.error(`\n${floors.length} floor(s) not met, ${warnings.length} warning(s).`);
    return 1;
  }
  console.log(`\n${dir}: valid.`);
  return 0;
}

function stats(dir: string): number {
  const { pack, errors } = loadPack(dir);
  if (!pack) {
    for (const e of errors) console.error(`${dir}/${formatProblem(e)}`);
    return 1;
  }
  const c = coverage(pack);
  console.log(coverageTable(pack, c));
  const floors = floorProblems(pack, c);
  console.log(floors.length ? `\nFloors not met:\n${floors.map((f) => `- ${f}`).join('\n')}` : '\nEvery floor is met.');
  return 0;
}

function schema(): number {
  const out = join(root, 'questions', 'schema');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'pack.schema.json'), `${JSON.stringify(packJsonSchema(), null, 2)}\n`);
  writeFileSync(join(out, 'questions.schema.json'), `${JSON.stringify(questionsJsonSchema(), null, 2)}\n`);
  console.log(`Wrote ${out}/pack.schema.json and questions.schema.json`);
  return 0;
}

/** How well the learner-notes linker does on a notes file, against hand labels of what each section teaches. */
function notesEval(notesPath: string | undefined, labelsPath: string | undefined, packDir: string, verbose: boolean): number {
  if (!notesPath || !labelsPath) {
    console.error('usage: npm run bank -- notes-eval NOTES.md LABELS.json [PACK_DIR] [--verbose]');
    return 2;
  }
  const { pack, errors } = loadPack(packDir);
  if (!pack) {
    for (const e of errors) console.error(`${packDir}/${formatProblem(e)}`);
    return 1;
  }
  const notes = splitSections(repairMojibake(readFileSync(notesPath, 'utf8').replace(/^\uFEFF/, '')).text);
  const labels = labelsSchema.parse(JSON.parse(readFileSync(labelsPath, 'utf8')));
  const linker = buildLinker(pack.notes.map((n) => ({ file: n.file, sections: n.sections })), notes);
  const links = new Map(pack.questions.map((q) => [q.id, linker.link({ notes: q.notes, text: questionText(q) })?.slug ?? null]));
  const e = evaluateLinks(links, labels);
  if (verbose) {
    for (const w of e.wrong) console.log(`wrong   ${w.questionId} → #${w.linked}${w.teachers.length ? ` (taught in #${w.teachers.join(', #')})` : ''}`);
    for (const m of e.missed) console.log(`missed  ${m.questionId} (taught in #${m.teachers.join(', #')})`);
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`${notesPath}: ${pack.questions.length} questions, ${e.taught} taught by the notes (labels), ${e.linked} linked`);
  console.log(`precision ${pct(e.precision)} (${e.right} of ${e.linked} links land on a section that teaches the question)`);
  console.log(`recall    ${pct(e.recall)} (${e.right} of ${e.taught} taught questions get such a link)`);
  return 0;
}

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [command = 'help', dirArg, ...rest] = args.filter((a) => !a.startsWith('--'));
const dir = resolve(dirArg ?? join(root, 'questions', 'aif-c01'));
const commands: Record<string, () => number> = {
  validate: () => validate(dir),
  stats: () => stats(dir),
  schema,
  'notes-eval': () => notesEval(dirArg, rest[0], resolve(rest[1] ?? join(root, 'questions', 'aif-c01')), flags.has('--verbose')),
};
if (!commands[command]) {
  console.error('usage: npm run bank -- validate [DIR] | stats [DIR] | schema | notes-eval NOTES.md LABELS.json [PACK_DIR] [--verbose]');
  process.exit(2);
}
process.exit(commands[command]());
