// Question-bank tools for authors: `validate [DIR]`, `stats [DIR]`, `schema`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { coverage, coverageTable, floorProblems } from '../packs/coverage';
import { packJsonSchema, questionsJsonSchema } from '../packs/json-schema';
import { formatProblem, loadPack } from '../packs/load';

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

const [command = 'help', dirArg] = process.argv.slice(2);
const dir = resolve(dirArg ?? join(root, 'questions', 'aif-c01'));
const commands: Record<string, () => number> = { validate: () => validate(dir), stats: () => stats(dir), schema };
if (!commands[command]) {
  console.error('usage: npm run bank -- validate [DIR] | stats [DIR] | schema');
  process.exit(2);
}
process.exit(commands[command]());
