// The process boundaries are enforced by tooling, and these tests show each rule biting on a small snippet placed,
// in memory, where it would break the boundary; and staying quiet where the code is allowed.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

const SLOW = { timeout: 120_000 };

describe('lint: who may import what', () => {
  const eslint = new ESLint({ cwd: ROOT });
  /** The rules that fire on `code` as if it were the file at `filePath`. */
  const rulesFiring = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
    return result!.messages.map((m) => m.ruleId ?? m.message);
  };
  const IMPORT_RULE = '@typescript-eslint/no-restricted-imports';

  it("refuses 'electron' outside electron/app/, as a value, a type or a dynamic import", SLOW, async () => {
    expect(await rulesFiring('electron/exam/probe.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([IMPORT_RULE]);
    expect(await rulesFiring('electron/exam/probe.ts', "import type { App } from 'electron';\nexport type A = App;\n")).toEqual([IMPORT_RULE]);
    expect(await rulesFiring('electron/db/probe.ts', "export const a = import('electron');\n")).toEqual(['no-restricted-syntax']);
    expect(await rulesFiring('renderer/src/probe.ts', "import type { App } from 'electron';\nexport type A = App;\n")).toEqual([IMPORT_RULE]);
    expect(await rulesFiring('renderer/src/probe.ts', "export const a = import('electron');\n")).toEqual(['no-restricted-syntax']);
  });

  it("lets electron/app/ import 'electron'", SLOW, async () => {
    expect(await rulesFiring('electron/app/probe.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
  });

  it('refuses runtime imports of backend code in the renderer, and allows its types', SLOW, async () => {
    const file = 'renderer/src/screens/Probe.tsx';
    expect(await rulesFiring(file, "import { splitSections } from '../../../electron/notes/sections';\nexport const s = splitSections;\n")).toEqual([IMPORT_RULE]);
    expect(await rulesFiring(file, "export { methods } from '../../../electron/api/contract';\n")).toEqual([IMPORT_RULE]);
    expect(await rulesFiring(file, "export const c = import('../../../electron/api/contract');\n")).toEqual(['no-restricted-syntax']);
    expect(await rulesFiring(file, "import type { ExamView } from '../../../electron/api/types';\nexport type E = ExamView;\n")).toEqual([]);
    expect(await rulesFiring(file, "import { type ExamView } from '../../../electron/api/types';\nexport type E = ExamView;\n")).toEqual([]);
  });
});

/** Type errors in `code` compiled as the file at `fileName` under one of the repo's tsconfig files. */
function typeErrors(config: string, fileName: string, code: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(ROOT, config), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error(`cannot read ${config}`);
  const probe = join(ROOT, fileName);
  const host = ts.createCompilerHost(parsed.options);
  const realGetSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === probe ? ts.createSourceFile(name, code, language) : realGetSourceFile(name, language, ...rest);
  const realFileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === probe || realFileExists(name);
  const program = ts.createProgram({ rootNames: [probe], options: parsed.options, host });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('tsconfig: the renderer gets the DOM, the backend gets Node', () => {
  it('renderer code cannot use Node', SLOW, () => {
    expect(typeErrors('tsconfig.renderer.json', 'renderer/src/probe.ts', 'export const home = process.env.HOME;\n')).toEqual([
      expect.stringContaining("Cannot find name 'process'"),
    ]);
    expect(typeErrors('tsconfig.renderer.json', 'renderer/src/probe.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n")).toEqual([
      expect.stringContaining("'node:fs'"),
    ]);
    expect(typeErrors('tsconfig.renderer.json', 'renderer/src/probe.ts', 'export const title = document.title;\n')).toEqual([]);
  });

  it('backend code cannot use the DOM', SLOW, () => {
    expect(typeErrors('tsconfig.node.json', 'electron/exam/probe.ts', 'export const title = document.title;\n')).toEqual([
      expect.stringContaining("Cannot find name 'document'"),
    ]);
    expect(typeErrors('tsconfig.node.json', 'electron/exam/probe.ts', 'export const home = process.env.HOME;\n')).toEqual([]);
  });
});
