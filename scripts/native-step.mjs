// The decision behind scripts/ensure-native.mjs, without side effects so a test can drive it: better-sqlite3's
// native module must be built for the runtime about to load it (Node for tests, web mode and the bench; Electron
// for `npm start` and `npm run dist`). Probe the real runtime; rebuild only when it cannot load the module.

/** The rebuild command for each runtime. */
export const REBUILD = {
  node: { cmd: 'npm', args: ['rebuild', 'better-sqlite3'] },
  electron: { cmd: 'npx', args: ['electron-builder', 'install-app-deps'] },
};

/**
 * Makes the native module loadable under `target`. `loadsUnder(target)` probes the runtime; `run(cmd, args)`
 * runs a command and returns its exit status. Returns the process exit code: 0 when the module loads (after at
 * most one rebuild), 1 when it still does not.
 */
export function ensureNative(target, { loadsUnder, run, say = () => {} }) {
  if (target !== 'node' && target !== 'electron') throw new Error(`unknown runtime "${target}": use node or electron`);
  if (loadsUnder(target)) return 0;
  say(`better-sqlite3 is not built for ${target}; rebuilding…`);
  const { cmd, args } = REBUILD[target];
  const status = run(process.platform === 'win32' ? `${cmd}.cmd` : cmd, args);
  if (status !== 0 || !loadsUnder(target)) {
    say(`Could not build better-sqlite3 for ${target}. See the README, "Native module".`);
    return 1;
  }
  return 0;
}

/** The runtime an npm script prepares for: `node scripts/ensure-native.mjs <runtime>` at its start, if any. */
export function preparedRuntime(script) {
  return /^node scripts\/ensure-native\.mjs (node|electron)(?:\s|&&|$)/.exec(script ?? '')?.[1] ?? null;
}
