// Makes better-sqlite3's native module match the runtime about to load it.
// Tests, web mode and the bank CLI run under Node; `npm start` and `npm run dist` run under Electron,
// whose ABI differs. We probe the real runtime instead of trusting a marker file, and rebuild only on mismatch,
// so any order of `npm test`, `npm start` and `npm run dist` works.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const target = process.argv[2];
if (target !== 'node' && target !== 'electron') {
  console.error('usage: node scripts/ensure-native.mjs node|electron');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const probe = "require('better-sqlite3')(':memory:').prepare('select 1').get()";
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(cmd, args, env = process.env) {
  return spawnSync(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
}

function loadsUnder(runtime) {
  if (runtime === 'node') {
    const r = spawnSync(process.execPath, ['-e', probe], { stdio: 'pipe' });
    return r.status === 0;
  }
  let electronPath;
  try {
    electronPath = require('electron'); // the package's index resolves the binary path (downloading it if needed)
  } catch (err) {
    console.error(`Electron is not installed or its binary could not be fetched: ${err.message}`);
    process.exit(1);
  }
  const r = spawnSync(electronPath, ['-e', probe], {
    stdio: 'pipe',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  return r.status === 0;
}

if (loadsUnder(target)) process.exit(0);
console.log(`better-sqlite3 is not built for ${target}; rebuilding…`);
const r =
  target === 'node'
    ? run(npm, ['rebuild', 'better-sqlite3'])
    : run(npx, ['electron-builder', 'install-app-deps']);
if (r.status !== 0 || !loadsUnder(target)) {
  console.error(`Could not build better-sqlite3 for ${target}. See the README, "Native module".`);
  process.exit(1);
}
