// Runs the Electron security scanner over electron/ and renderer/ together (its global checks need the main
// process and the page in one tree) and fails on any HIGH finding; the tool itself always exits 0.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tree = mkdtempSync(join(tmpdir(), 'proctor-scan-'));
cpSync('electron', join(tree, 'electron'), { recursive: true });
cpSync('renderer', join(tree, 'renderer'), { recursive: true, filter: (src) => !src.includes('node_modules') });
mkdirSync('test-results', { recursive: true });
const out = 'test-results/electronegativity.csv';
const r = spawnSync('npx', ['electronegativity', '-i', tree, '-o', out, '-x', 'AvailableSecurityFixesGlobalCheck', '-r'], { encoding: 'utf8' });
if (r.status !== 0 || !existsSync(out)) {
  console.error(`electronegativity failed:\n${r.stdout}${r.stderr}`);
  process.exit(1);
}
let high = 0;
for (const row of readFileSync(out, 'utf8').split('\n').slice(1).filter((l) => /^[A-Z_]+,/.test(l))) {
  const [id, severity, , file, location] = row.split(',');
  console.log(`${severity.replace(/"/g, '').padEnd(6)} ${id} ${file.replace(/"/g, '')}:${location.replace(/"/g, '')}`);
  if (severity === '"HIGH"') high++;
}
console.log(high ? `${high} HIGH finding(s)` : 'electronegativity: no HIGH findings.');
process.exit(high ? 1 : 0);
