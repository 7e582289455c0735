// `npm run web -- [--port N] [--data-dir DIR]`: makes sure better-sqlite3 is built for Node, builds quietly, then
// runs the web-mode server, whose only output is the line with the URL.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    process.stderr.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    process.exit(r.status ?? 1);
  }
};
quiet(process.execPath, [join(root, 'scripts/ensure-native.mjs'), 'node']);
quiet(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build']);

const child = spawn(process.execPath, [join(root, 'out/main/web.js'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
