// Packaging, checked offline: electron-builder's unpacked-directory target with a stand-in Electron distribution
// (one executable carrying a fuse wire as Electron's binary does), then the result read back: what app.asar
// holds, what is unpacked beside it, where the course packs are, and which fuses the packaged binary has.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './harness';

// @electron/fuses' wire format: the sentinel, a version byte, a length byte, then one byte per fuse:
// '0' off, '1' on. Order (FuseV1Options): RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable,
// EnableNodeCliInspectArguments, EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar,
// LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
/** Electron's own defaults, as a freshly downloaded binary has them. */
const ELECTRON_DEFAULT_WIRE = '10110001';

function readFuses(binary: string): Record<string, boolean> {
  const bytes = readFileSync(binary);
  const at = bytes.indexOf(SENTINEL);
  if (at < 0) throw new Error(`no fuse wire in ${binary}`);
  const length = bytes[at + SENTINEL.length + 1]!;
  const wire = bytes.subarray(at + SENTINEL.length + 2, at + SENTINEL.length + 2 + length).toString('latin1');
  return Object.fromEntries(FUSES.map((name, i) => [name, wire[i] === '1']));
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  build: { electronFuses?: Record<string, boolean> };
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};

let resources: string;
let binary: string;
let asarFiles: string[];
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

beforeAll(() => {
  // out/ is built by the global setup. A stand-in for Electron's unpacked distribution.
  const dist = tempDir('proctor-electron-dist-');
  writeFileSync(
    join(dist, 'electron'),
    Buffer.concat([Buffer.from('#!/bin/sh\necho "stand-in for Electron"\n# '), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from(ELECTRON_DEFAULT_WIRE), Buffer.from('\n')]),
    { mode: 0o755 },
  );
  const output = tempDir('proctor-release-');
  scratch.push(dist, output);
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/electron-builder/cli.js'), '--linux', 'dir', `-c.electronDist=${dist}`, '-c.npmRebuild=false', `-c.directories.output=${output}`, '--publish', 'never'],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
  );
  if (r.status !== 0) throw new Error(`electron-builder failed:\n${r.stdout}\n${r.stderr}`);
  resources = join(output, 'linux-unpacked/resources');
  binary = join(output, 'linux-unpacked/proctor');
  asarFiles = listPackage(join(resources, 'app.asar'), { isPack: false }).map((f) => f.replace(/\\/g, '/'));
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
}, 240_000);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('the packaged app (electron-builder --linux dir, offline)', () => {
  it('app.asar holds the built app and package.json, and no sources, tests, maps or dev dependencies', () => {
    for (const f of ['/package.json', '/out/main/main.js', '/out/preload/preload.js', '/out/renderer/index.html']) expect(asarFiles).toContain(f);
    const packaged = JSON.parse(extractFile(join(resources, 'app.asar'), 'package.json').toString()) as { main: string };
    expect(asarFiles).toContain(`/${packaged.main}`);
    const ours = asarFiles.filter((f) => !f.startsWith('/node_modules'));
    expect(ours.filter((f) => /\.(ts|tsx|map|md|yaml)$/.test(f))).toEqual([]);
    expect(ours.filter((f) => /^\/(electron|renderer|tests|scripts|questions|bench|build|src)(\/|$)/.test(f))).toEqual([]);
    // No native sources or build leftovers: only the compiled module and the JavaScript that loads it.
    expect(asarFiles.filter((f) => /\.(c|cc|cpp|h|gyp|gypi|a|o|mk|ts)$|\/(deps|src|obj|obj\.target)\//.test(f))).toEqual([]);
    const modules = new Set(asarFiles.filter((f) => f.startsWith('/node_modules/')).map((f) => f.split('/')[2]));
    expect([...modules].sort()).toEqual(['better-sqlite3', 'bindings', 'file-uri-to-path']);
    for (const dev of Object.keys(pkg.devDependencies)) expect(modules.has(dev), dev).toBe(false);
    expect(asarFiles).not.toContain('/out/main/web.js');
  });

  it('unpacks only better-sqlite3’s .node file, and ships the course packs beside the asar', () => {
    const unpacked = walk(join(resources, 'app.asar.unpacked')).map((f) => relative(join(resources, 'app.asar.unpacked'), f));
    expect(unpacked).toEqual(['node_modules/better-sqlite3/build/Release/better_sqlite3.node']);
    expect(existsSync(join(resources, 'questions/aif-c01/pack.yaml'))).toBe(true);
    expect(walk(join(resources, 'questions')).filter((f) => f.includes('/_parts/'))).toEqual([]);
  });

  it('reports the asar size (a few MB at most)', () => {
    const asar = statSync(join(resources, 'app.asar')).size;
    const unpacked = walk(join(resources, 'app.asar.unpacked')).reduce((n, f) => n + statSync(f).size, 0);
    const line = `app.asar ${(asar / 1e6).toFixed(2)} MB; app.asar.unpacked ${(unpacked / 1e6).toFixed(2)} MB`;
    console.log(line);
    writeFileSync(join(ROOT, 'test-results/asar-size.txt'), `${line}\n`);
    expect(asar).toBeLessThan(4e6);
  });

  it('turns the fuses on in the build configuration and in the packaged binary', () => {
    const wanted = { runAsNode: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true, enableNodeOptionsEnvironmentVariable: false };
    expect(pkg.build.electronFuses).toMatchObject(wanted);
    expect(readFuses(binary)).toMatchObject(wanted);
    // Nothing left at Electron's default by accident: every fuse is decided in the config.
    expect(Object.keys(pkg.build.electronFuses ?? {}).sort()).toEqual([...FUSES].sort());
  });
});
