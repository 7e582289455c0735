// Writes a synthetic pack of N questions (for benchmarks only) into a temp folder and returns the packs dir.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../tests/helpers';

export function generateBank(n: number): string {
  const packsDir = tempDir('proctor-bench-');
  const dir = join(packsDir, 'bench');
  mkdirSync(join(dir, 'questions'), { recursive: true });
  mkdirSync(join(dir, 'notes'), { recursive: true });
  const domains = ['1', '2', '3', '4', '5'];
  const weights = [20, 24, 28, 14, 14];
  writeFileSync(
    join(dir, 'pack.yaml'),
    [
      'id: bench',
      'title: Benchmark pack',
      'code: BENCH',
      'version: 1',
      'exam: { questions: 65, minutes: 90, extra_minutes: 30, scale: { min: 100, max: 1000, pass: 700 } }',
      'domains:',
      ...domains.map((d, i) => `  - { id: "${d}", title: Domain ${d}, weight: ${weights[i]}, tasks: [{ id: "${d}.1", title: Task ${d}.1 }] }`),
    ].join('\n'),
  );
  writeFileSync(join(dir, 'notes/n.md'), `# Notes\n\n## Section\n\n*Task statements: ${domains.map((d) => `${d}.1`).join(', ')}*\n\nText.\n`);
  const lines = ['questions:'];
  for (let i = 0; i < n; i++) {
    const d = domains[i % 5];
    lines.push(
      `  - id: q${i}`,
      `    task: "${d}.1"`,
      '    type: single',
      '    difficulty: 2',
      `    stem: Synthetic question number ${i} about topic ${i * 7919} in area ${i % 13}?`,
      '    options:',
      '      - { text: Alpha, correct: true, why: Right. }',
      '      - { text: Beta, why: Wrong. }',
      '      - { text: Gamma, why: Wrong. }',
      '      - { text: Delta, why: Wrong. }',
      '    explanation: Alpha is right.',
      '    notes: [n.md#section]',
    );
  }
  writeFileSync(join(dir, 'questions/all.yaml'), lines.join('\n'));
  return packsDir;
}
