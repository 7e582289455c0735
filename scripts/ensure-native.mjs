// Makes better-sqlite3's native module match the runtime about to load it.
// Tests, web mode and the bank CLI run under Node; `npm start` and `npm run dist` run under Electron,
// whose ABI differs. We probe the real runtime instead of trusting a marker file, and rebuild only on mismatch,
// so any order of `npm test`, `npm start` and `npm run dist` works. The decision is in native-step.mjs (tested).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { ensureNative } from './native-step.mjs';

const target = process.argv[2];
if (target !== 'node' && target !== 'electron') {
  console.error('usage: node scripts/ensure-native.mjs node|electron');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const probe = "require('better-sqlite3')(':memory:').prepare('select 1').get()";

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

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status;

process.exit(ensureNative(target, { loadsUnder, run, say: (m) => console.log(m) }));
