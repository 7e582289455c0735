import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyPack, MINI_PACK, ROOT } from '../helpers';

const bank = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'electron/cli/bank.ts'), ...args], { encoding: 'utf8' });

describe('npm run bank', () => {
  it('validate exits 0 and prints counts per domain, task statement and type for a valid pack', () => {
    const r = bank('validate', MINI_PACK);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('domain 1 (50%): 4 questions');
    expect(r.stdout).toMatch(/1\.1 +2 +1 +1 +0 +4 +1/);
    expect(r.stdout).toContain('types: single 5, multiple 1, ordering 1, matching 1');
  });

  it('validate exits 1 and lists every problem as file:line: question-id: message', () => {
    const { packDir } = copyPack();
    writeFileSync(join(packDir, 'questions/extra.yaml'), 'questions:\n  - id: Bad_Id\n    task: "1.1"\n    type: single\n');
    const r = bank('validate', packDir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${packDir}/questions/extra.yaml:2: Bad_Id: id: must be kebab-case`);
    expect(r.stderr).toMatch(/extra\.yaml:2: Bad_Id: .*stem/);
    expect(r.stderr).toContain('Nothing was imported.');
  });

  it('notes-eval prints precision and recall of note links against hand labels', () => {
    const r = bank('notes-eval', join(ROOT, 'tests/fixtures/learner-notes/second-style-notes.md'), join(ROOT, 'tests/fixtures/notes-labels/second-style-notes.labels.json'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/precision \d+\.\d% \(\d+ of \d+ links land on a section that teaches the question\)/);
    expect(r.stdout).toMatch(/recall +\d+\.\d% \(\d+ of 65 taught questions get such a link\)/);
    expect(bank('notes-eval').status).toBe(2);
  });

  it('rejects an unknown command with usage', () => {
    const r = bank('frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage:');
  });
});
