import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadPack } from '../../electron/packs/load';
import { splitSections } from '../../electron/notes/sections';
import { copyPack, MINI_PACK } from '../helpers';

const messages = (dir: string) => loadPack(dir).errors.map(formatProblem);

function edit(packDir: string, file: string, from: string, to: string) {
  const path = join(packDir, file);
  const src = readFileSync(path, 'utf8');
  if (!src.includes(from)) throw new Error(`fixture text not found: ${from}`);
  writeFileSync(path, src.replace(from, to));
}

describe('loadPack', () => {
  it('loads a valid pack with every question type, a case study and notes', () => {
    const { pack, errors, warnings } = loadPack(MINI_PACK);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(pack!.questions.map((q) => q.type).sort()).toEqual(['matching', 'multiple', 'ordering', 'single', 'single', 'single', 'single', 'single']);
    expect(pack!.cases.get('picnic')).toContain('picnic');
    expect(pack!.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports each problem as file:line: question-id: message', () => {
    const { packDir } = copyPack();
    edit(packDir, 'questions/clouds.yaml', 'stem: Which clouds form high in the sky? (Select TWO.)', 'stem: Which clouds form high in the sky? (Select THREE.)');
    edit(packDir, 'questions/clouds.yaml', 'notes: [sky.md#cloud-types]\n  - id: high-clouds', 'notes: [sky.md#no-such-heading]\n  - id: high-clouds');
    edit(packDir, 'questions/weather.yaml', 'task: "2.1"\n    type: single\n    difficulty: 3', 'task: "9.9"\n    type: single\n    difficulty: 3');
    expect(messages(packDir)).toContain('questions/weather.yaml:27: wind-dirs: unknown task statement "9.9"');
    edit(packDir, 'questions/weather.yaml', 'id: wind-dirs', 'id: rain-cloud');
    edit(packDir, 'questions/weather.yaml', '    explanation: Cloud shape tells the weather.', '    explanation: Cloud shape tells the weather.\n    colour: blue');
    const out = messages(packDir);
    expect(out).toContain('questions/clouds.yaml:18: high-clouds: stem says "Select 3" but 2 options are marked correct');
    expect(out).toContain('questions/clouds.yaml:17: puffy-cloud: note link sky.md#no-such-heading: no heading with anchor #no-such-heading in notes/sky.md');
    expect(out.some((m) => /^questions\/weather\.yaml:\d+: weather-match: unknown key\(s\) colour$/.test(m))).toBe(true);
    expect(out.some((m) => /^questions\/weather\.yaml:\d+: rain-cloud: duplicate id \(also in questions\/weather\.yaml\)$/.test(m))).toBe(true);
  });

  it('checks the shape of each question type', () => {
    const { packDir } = copyPack();
    edit(packDir, 'questions/clouds.yaml', '      - { text: Fog, why: Fog is a cloud at ground level. }\n', '');
    edit(packDir, 'questions/weather.yaml', '      - { text: Nimbostratus, correct: true, why: It is the steady rain cloud. }', '      - { text: Nimbostratus, correct: true, why: It is the steady rain cloud. }\n      - { text: Stratus, correct: true, why: Also rain. }');
    const out = messages(packDir);
    expect(out).toContain('questions/clouds.yaml:6: puffy-cloud: multiple choice needs exactly 4 options, has 3');
    expect(out.some((m) => m.includes('rain-cloud: multiple choice needs exactly 4 options, has 5'))).toBe(true);
    expect(out.some((m) => m.includes('rain-cloud: multiple choice needs exactly 1 correct option, has 2'))).toBe(true);
  });

  it('reports broken YAML with its line and imports nothing', () => {
    const { packDir } = copyPack();
    writeFileSync(join(packDir, 'questions/broken.yaml'), 'questions:\n  - id: x\n    stem: [unclosed\n');
    const { pack, errors } = loadPack(packDir);
    expect(pack).toBeNull();
    expect(errors[0]!.file).toBe('questions/broken.yaml');
    expect(errors[0]!.message).toMatch(/^YAML: /);
  });

  it('requires every task statement to have a notes section that claims it', () => {
    const { packDir } = copyPack();
    edit(packDir, 'notes/sky.md', '*Task statements: 2.1*', '');
    expect(messages(packDir)).toContain('pack.yaml:1: task statement 2.1 has no notes section that claims it ("*Task statements: 2.1*")');
  });

  it('checks case studies have 2–4 questions', () => {
    const { packDir } = copyPack();
    edit(packDir, 'questions/clouds.yaml', '    case: picnic\n    type: single\n    difficulty: 2\n    stem: Which cloud would', '    type: single\n    difficulty: 2\n    stem: Which cloud would');
    expect(messages(packDir).some((m) => m.includes('case "picnic" has 1 question(s); a case study needs 2–4'))).toBe(true);
  });

  it('flags near-duplicate stems as warnings', () => {
    const { packDir } = copyPack();
    edit(packDir, 'questions/weather.yaml', 'stem: Where does a westerly wind blow from?', 'stem: Which cloud usually brings steady, long rain over a whole region and area?');
    const { warnings } = loadPack(packDir);
    expect(warnings.map(formatProblem).some((m) => m.includes('wind-dirs: stem is a near-duplicate of rain-cloud'))).toBe(true);
  });
});

describe('splitSections', () => {
  it('gives GitHub-style anchors, numbering repeats, ignoring fenced code', () => {
    const md = ['# Title', '## RAG & Vector Stores', '*Task statements: 3.1, 2.1*', 'text', '```', '# not a heading', '```', '## RAG & Vector Stores', '### `Code` and **bold** (v2)'].join('\n');
    const s = splitSections(md);
    expect(s.map((x) => x.slug)).toEqual(['title', 'rag--vector-stores', 'rag--vector-stores-1', 'code-and-bold-v2']);
    expect(s[1]!.tasks).toEqual(['3.1', '2.1']);
    expect(s[1]!.body).toContain('# not a heading');
    expect(s[1]!.line).toBe(2);
  });
});
