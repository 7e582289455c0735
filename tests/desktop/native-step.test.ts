// The native-module step: each npm script prepares better-sqlite3 for the runtime it is about to use, and any
// order of `npm test`, `npm start` and `npm run dist` ends with a module that loads. Driven through the real
// decision code (scripts/native-step.mjs) against a simulated install, so nothing is rebuilt.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureNative, preparedRuntime, REBUILD, type Runtime } from '../../scripts/native-step.mjs';
import { ROOT } from './harness';

const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** A node_modules whose better-sqlite3 is built for one runtime; the rebuild commands change that. */
function install(builtFor: Runtime | 'nothing') {
  const world = { builtFor, commands: [] as string[] };
  return {
    world,
    io: {
      loadsUnder: (r: Runtime) => world.builtFor === r,
      run: (cmd: string, args: string[]) => {
        world.commands.push([cmd.replace(/\.cmd$/, ''), ...args].join(' '));
        const target = (Object.keys(REBUILD) as Runtime[]).find((r) => REBUILD[r].cmd === cmd.replace(/\.cmd$/, '') && REBUILD[r].args.join(' ') === args.join(' '));
        if (target) world.builtFor = target;
        return 0;
      },
    },
  };
}

describe('the native-module step', () => {
  it('npm start and npm run dist prepare an Electron build; tests, web mode and the bench a Node one', () => {
    expect(preparedRuntime(scripts.start)).toBe('electron');
    expect(preparedRuntime(scripts.dist)).toBe('electron');
    expect(preparedRuntime(scripts.test)).toBe('node');
    expect(preparedRuntime(scripts['test:e2e'])).toBe('node');
    expect(preparedRuntime(scripts.bench)).toBe('node');
    expect(preparedRuntime(scripts.postinstall)).toBe('node');
  });

  it('rebuilds only on a mismatch, with the command for the target runtime', () => {
    const same = install('node');
    expect(ensureNative('node', same.io)).toBe(0);
    expect(same.world.commands).toEqual([]);

    const forElectron = install('node');
    expect(ensureNative('electron', forElectron.io)).toBe(0);
    expect(forElectron.world.commands).toEqual(['npx electron-builder install-app-deps']);

    const forNode = install('electron');
    expect(ensureNative('node', forNode.io)).toBe(0);
    expect(forNode.world.commands).toEqual(['npm rebuild better-sqlite3']);
  });

  it('fails when the rebuild fails or the module still does not load', () => {
    const broken = install('electron');
    expect(ensureNative('node', { ...broken.io, run: () => 1 })).toBe(1);
    const stubborn = install('electron');
    expect(ensureNative('node', { ...stubborn.io, run: () => 0 })).toBe(1);
    expect(() => ensureNative('python', install('node').io)).toThrow(/unknown runtime/);
  });

  it('any order of npm test, npm start and npm run dist works (the README’s claim)', () => {
    const steps = ['test', 'start', 'dist'] as const;
    const orders: (typeof steps)[number][][] = [];
    const permute = (rest: (typeof steps)[number][], acc: (typeof steps)[number][]) => {
      if (!rest.length) orders.push(acc);
      rest.forEach((s, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...acc, s]));
    };
    permute([...steps], []);
    expect(orders).toHaveLength(6);
    for (const start of ['node', 'electron', 'nothing'] as const) {
      for (const order of orders) {
        const { world, io } = install(start);
        for (const step of [...order, ...order]) {
          const runtime = preparedRuntime(scripts[step])!;
          expect(ensureNative(runtime, io), `${order.join(',')} from ${start}: ${step}`).toBe(0);
          expect(world.builtFor).toBe(runtime);
        }
      }
    }
  });
});
