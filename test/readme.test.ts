// The README's examples and the CI integration files stay valid: they are what users copy.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadRubric } from '../src/rubric/load.js';
import { tempDir } from './helpers/temp.js';

const ROOT = join(import.meta.dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The text of a level-2 section, up to the next level-2 heading. */
function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  expect(start, `README section "${title}"`).toBeGreaterThanOrEqual(0);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end === -1 ? undefined : end);
}

/** The fenced ```yaml blocks of a piece of Markdown. */
function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((match) => match[1]);
}

const dir = tempDir();

describe('README', () => {
  it('the adapted rubric example under "Adapting the rubric" loads', () => {
    const block = yamlBlocks(section('Adapting the rubric')).find((text) => text.startsWith('# my-rubric.yaml'));
    expect(block).toBeDefined();
    const file = join(dir, 'my-rubric.yaml');
    writeFileSync(file, block!);
    const rubric = loadRubric(file);
    expect(rubric.id).toBe('my-org');
    expect(rubric.elements.map((element) => element.id)).toContain('coi.family-business');
    expect(rubric.elements.map((element) => element.id)).not.toContain('coc.distrust');
  });

  it('keeps "Use in CI" between "Adapting the rubric" and "Development", with YAML that parses', () => {
    const order = ['Quick start', 'Adapting the rubric', 'Use in CI', 'Development'].map((title) => README.indexOf(`\n## ${title}\n`));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const ci = section('Use in CI');
    for (const needle of ['policy-gap/policy-gap@v0', 'security-events: write', 'gitlab=gl-code-quality.json', 'codequality', '.pre-commit-config.yaml', '--baseline baseline.json', 'json=baseline.json']) {
      expect(ci).toContain(needle);
    }
    const blocks = yamlBlocks(ci);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const block of blocks) expect(() => parse(block)).not.toThrow();
  });
});

describe('README sample output', () => {
  // The quick start's check of the shipped sample: the README shows an excerpt ("…" marks lines
  // left out), and every line it shows must be printed, in that order, by the built CLI.
  it('is what `check fixtures/sample/policies` prints', () => {
    const block = /```text\n([\s\S]*?)^```$/m.exec(section('What the output looks like'))?.[1];
    expect(block).toBeDefined();
    const run = spawnSync(process.execPath, [join(ROOT, 'bin/policy-gap.js'), 'check', 'fixtures/sample/policies'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    expect(run.status).toBe(1);
    const printed = run.stdout.split('\n');
    let at = 0;
    for (const line of block!.split('\n').filter((l) => l.trim() !== '' && l.trim() !== '…')) {
      const found = printed.indexOf(line, at);
      expect(found, `README line not printed (in order): ${line}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
});

describe('CI integration files', () => {
  it('action.yml is a composite action with the documented inputs', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      name: string;
      inputs: Record<string, { default?: string }>;
      runs: { using: string; steps: Array<{ uses?: string; run?: string; if?: string; with?: Record<string, unknown> }> };
    };
    expect(action.name).toBe('policy-gap');
    expect(Object.keys(action.inputs).sort()).toEqual(['extra-args', 'fail-on', 'paths', 'rubric', 'sarif-file']);
    expect(action.inputs.paths.default).toBe('.');
    expect(action.inputs.rubric.default).toBe('ccr-ethical-principles');
    expect(action.inputs['fail-on'].default).toBe('missing');
    expect(action.inputs['sarif-file'].default).toBe('policy-gap.sarif');
    expect(action.runs.using).toBe('composite');
    const steps = action.runs.steps;
    expect(steps.find((step) => step.uses === 'actions/setup-node@v4')?.with?.['node-version']).toBe(20);
    expect(steps.some((step) => step.run?.includes('npm ci && npm run build'))).toBe(true);
    const check = steps.find((step) => step.run?.includes('bin/policy-gap.js'));
    expect(check?.run).toMatch(/check .*--rubric .*--fail-on .*--format github --format "sarif=/s);
    const upload = steps.find((step) => step.uses === 'github/codeql-action/upload-sarif@v3');
    expect(upload?.if).toBe('always()');
  });

  it('.pre-commit-hooks.yaml declares the policy-gap hook', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({
      id: 'policy-gap',
      language: 'node',
      entry: 'policy-gap check',
      files: '\\.(md|markdown|txt|html?|docx|pdf)$',
      pass_filenames: true,
      require_serial: true,
    });
    const pattern = new RegExp(hooks[0].files as string);
    expect(['a.md', 'b.html', 'c.docx', 'd.pdf', 'e.txt', 'f.htm'].every((name) => pattern.test(name))).toBe(true);
    expect(pattern.test('package.json')).toBe(false);
  });
});
